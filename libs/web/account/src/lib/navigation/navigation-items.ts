import { holdsRole, type RoleGrantLike } from '../session/roles';

export interface NavigationItem {
  href: string;
  text: string;
  current: boolean;
}

/** The header links a person sees: more with each role; signed out, only sign-in links. */
export function navigationItems(
  signedIn: boolean,
  roles: readonly RoleGrantLike[],
  pathname: string,
): NavigationItem[] {
  const links = signedIn
    ? [
        { href: '/questions/mine', text: 'Your answers', section: '/questions' },
        { href: '/account', text: 'Account', section: '/account' },
        ...(holdsRole(roles, 'admin')
          ? [{ href: '/admin', text: 'Admin', section: '/admin' }]
          : []),
      ]
    : [
        { href: '/sign-in', text: 'Sign in', section: '/sign-in' },
        { href: '/sign-up', text: 'Create an account', section: '/sign-up' },
      ];
  return links.map(({ href, text, section }) => ({
    href,
    text,
    current: pathname === section || pathname.startsWith(`${section}/`),
  }));
}
