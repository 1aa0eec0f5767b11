import { holdsRole, type RoleGrantLike } from '../session/roles';

export interface NavigationItem {
  href: string;
  text: string;
  current: boolean;
}

/** The count is part of the link's name, so screen readers announce it too. */
export function notificationsText(unread: number): string {
  return unread > 0 ? `Notifications (${unread > 99 ? '99+' : unread} unread)` : 'Notifications';
}

/** The header links a person sees: more with each role; signed out, only sign-in links. */
export function navigationItems(
  signedIn: boolean,
  roles: readonly RoleGrantLike[],
  pathname: string,
  unreadNotifications = 0,
): NavigationItem[] {
  const links = signedIn
    ? [
        { href: '/mentoring', text: 'Mentoring', section: '/mentoring' },
        // Care leavers apply here; coordinators, department leads and line managers work here.
        { href: '/internships', text: 'Internships', section: '/internships' },
        { href: '/vacancies', text: 'Accelerator roles', section: '/vacancies' },
        { href: '/networks', text: 'Networks', section: '/networks' },
        ...(holdsRole(roles, 'programme_lead')
          ? [
              { href: '/programmes', text: 'Programmes', section: '/programmes' },
              { href: '/outcomes', text: 'Outcomes', section: '/outcomes' },
            ]
          : []),
        ...(holdsRole(roles, 'analyst') || holdsRole(roles, 'admin')
          ? [{ href: '/workforce', text: 'Workforce', section: '/workforce' }]
          : []),
        {
          href: '/notifications',
          text: notificationsText(unreadNotifications),
          section: '/notifications',
        },
        // The e-mails sent to you, while the local outbox stands in for sending them.
        { href: '/outbox', text: 'Outbox', section: '/outbox' },
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
