import { navigationItems } from '../navigation-items';

const texts = (items: { text: string }[]) => items.map((item) => item.text);

describe('navigationItems', () => {
  it('offers sign-in and sign-up when signed out', () => {
    expect(texts(navigationItems(false, [], '/'))).toEqual(['Sign in', 'Create an account']);
  });

  it('shows answers and account to everyone signed in, and admin to admins only', () => {
    expect(texts(navigationItems(true, [{ role: 'participant' }], '/'))).toEqual([
      'Mentoring',
      'Internships',
      'Accelerator roles',
      'Networks',
      'Notifications',
      'Outbox',
      'Your answers',
      'Account',
    ]);
    expect(texts(navigationItems(true, [{ role: 'participant' }, { role: 'admin' }], '/'))).toEqual(
      [
        'Mentoring',
        'Internships',
        'Accelerator roles',
        'Networks',
        'Workforce',
        'Notifications',
        'Outbox',
        'Your answers',
        'Account',
        'Admin',
      ],
    );
  });

  it('shows programmes and outcomes to programme leads, and the unread count in notifications', () => {
    expect(texts(navigationItems(true, [{ role: 'programme_lead' }], '/', 3))).toEqual([
      'Mentoring',
      'Internships',
      'Accelerator roles',
      'Networks',
      'Programmes',
      'Outcomes',
      'Notifications (3 unread)',
      'Outbox',
      'Your answers',
      'Account',
    ]);
    expect(texts(navigationItems(true, [], '/', 250))).toContain('Notifications (99+ unread)');
  });

  it('shows the workforce dashboard to analysts', () => {
    expect(texts(navigationItems(true, [{ role: 'analyst' }], '/'))).toContain('Workforce');
    expect(texts(navigationItems(true, [{ role: 'participant' }], '/'))).not.toContain('Workforce');
  });

  it('marks the section being shown as current', () => {
    const items = navigationItems(true, [{ role: 'admin' }], '/admin/people/1');
    expect(items.filter((item) => item.current).map((item) => item.href)).toEqual(['/admin']);
    expect(navigationItems(true, [], '/questions/seb_fsm').find((item) => item.current)?.href).toBe(
      '/questions/mine',
    );
    expect(
      navigationItems(true, [], '/mentoring/proposals').find((item) => item.current)?.href,
    ).toBe('/mentoring');
    expect(navigationItems(true, [], '/vacancies/alerts').find((item) => item.current)?.href).toBe(
      '/vacancies',
    );
    expect(navigationItems(true, [], '/networks/1').find((item) => item.current)?.href).toBe(
      '/networks',
    );
    expect(
      navigationItems(true, [], '/internships/department').find((item) => item.current)?.href,
    ).toBe('/internships');
    expect(navigationItems(true, [], '/accounting').some((item) => item.current)).toBe(false);
  });
});
