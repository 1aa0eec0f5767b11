import { signUnsubscribeToken, verifyUnsubscribeToken } from '../unsubscribe/unsubscribe-token';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const PERSON = '5b0b7e2c-3f0e-4c4e-9a55-1f3d2b8c9e01';
const RULE = 'c2d1f7a4-8b6e-4d3a-a0f1-2e9b7c5d4a10';

describe(signUnsubscribeToken.name, () => {
  it('makes a token that verifies to the same person and rule', () => {
    const token = signUnsubscribeToken(SECRET, { personId: PERSON, ruleId: RULE });
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ personId: PERSON, ruleId: RULE });
  });

  it('covers every rule of the person when no rule is named', () => {
    const token = signUnsubscribeToken(SECRET, { personId: PERSON, ruleId: null });
    expect(token).toMatch(new RegExp(`^${PERSON}\\.all\\.[\\w-]{43}$`));
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ personId: PERSON, ruleId: null });
  });

  it('is URL-safe', () => {
    const token = signUnsubscribeToken(SECRET, { personId: PERSON, ruleId: RULE });
    expect(encodeURIComponent(token)).toBe(token);
  });
});

describe(verifyUnsubscribeToken.name, () => {
  const token = signUnsubscribeToken(SECRET, { personId: PERSON, ruleId: RULE });
  const [person, rule, signature] = token.split('.');

  it.each([
    ['another secret', () => verifyUnsubscribeToken(`${SECRET}!`, token)],
    [
      'a changed signature',
      () => verifyUnsubscribeToken(SECRET, `${person}.${rule}.${signature.slice(0, -1)}A`),
    ],
    ['another person', () => verifyUnsubscribeToken(SECRET, `${RULE}.${rule}.${signature}`)],
    ['another rule', () => verifyUnsubscribeToken(SECRET, `${person}.${PERSON}.${signature}`)],
    [
      'every rule instead of one',
      () => verifyUnsubscribeToken(SECRET, `${person}.all.${signature}`),
    ],
    ['a short signature', () => verifyUnsubscribeToken(SECRET, `${person}.${rule}.abc`)],
    ['an extra part', () => verifyUnsubscribeToken(SECRET, `${token}.x`)],
    ['no token', () => verifyUnsubscribeToken(SECRET, undefined)],
    ['an array', () => verifyUnsubscribeToken(SECRET, [token])],
    ['an empty string', () => verifyUnsubscribeToken(SECRET, '')],
  ])('refuses %s', (_case, verify) => {
    expect(verify()).toBeNull();
  });
});
