import { navigationItems } from '../navigation-items';

const texts = (items: { text: string }[]) => items.map((item) => item.text);

describe('navigationItems', () => {
  it('offers sign-in and sign-up when signed out', () => {
    expect(texts(navigationItems(false, [], '/'))).toEqual(['Sign in', 'Create an account']);
  });

  it('shows answers and account to everyone signed in, and admin to admins only', () => {
    expect(texts(navigationItems(true, [{ role: 'participant' }], '/'))).toEqual([
      'Your answers',
      'Account',
    ]);
    expect(texts(navigationItems(true, [{ role: 'participant' }, { role: 'admin' }], '/'))).toEqual(
      ['Your answers', 'Account', 'Admin'],
    );
  });

  it('marks the section being shown as current', () => {
    const items = navigationItems(true, [{ role: 'admin' }], '/admin/people/1');
    expect(items.filter((item) => item.current).map((item) => item.href)).toEqual(['/admin']);
    expect(navigationItems(true, [], '/questions/seb_fsm')[0].current).toBe(true);
    expect(navigationItems(true, [], '/accounting').some((item) => item.current)).toBe(false);
  });
});
