import { returnPathFrom, safeReturnPath } from '../return-path';
import { holdsRole, roleLabel, scopeLabel } from '../roles';

describe('safeReturnPath', () => {
  it('returns to paths of this app', () => {
    expect(safeReturnPath('/questions/check?change=check', '/account')).toBe(
      '/questions/check?change=check',
    );
  });

  it.each(['https://evil.example', '//evil.example', '/\\evil.example', '/sign-in', 42, undefined])(
    'falls back instead of going to %p',
    (candidate) => {
      expect(safeReturnPath(candidate, '/account')).toBe('/account');
    },
  );

  it('reads the path from router state', () => {
    expect(returnPathFrom({ from: '/admin' }, '/account')).toBe('/admin');
    expect(returnPathFrom(null, '/account')).toBe('/account');
  });
});

describe('roles', () => {
  it('names roles and scopes', () => {
    expect(roleLabel('programme_lead')).toBe('Programme lead');
    expect(roleLabel('new_role')).toBe('new_role');
    expect(
      scopeLabel({ role: 'programme_lead', scopeType: 'programme', scopeId: 'CATAPULT' }),
    ).toBe('Programme CATAPULT');
    expect(scopeLabel({ role: 'analyst', scopeType: 'all', scopeId: null })).toBe('All government');
    expect(scopeLabel({ role: 'mentor', scopeType: null })).toBe('None');
  });

  it('tells whether a role is held', () => {
    expect(holdsRole([{ role: 'admin' }], 'admin')).toBe(true);
    expect(holdsRole([{ role: 'mentor' }], 'admin')).toBe(false);
    expect(holdsRole(undefined, 'admin')).toBe(false);
  });
});
