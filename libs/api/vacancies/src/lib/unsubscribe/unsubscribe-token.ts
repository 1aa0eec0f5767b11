import { createHmac, timingSafeEqual } from 'node:crypto';

/** Whose e-mails to stop: one rule's, or (ruleId null) every vacancy e-mail of the person. */
export interface UnsubscribeScope {
  personId: string;
  ruleId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ALL = 'all';

const signature = (secret: string, personId: string, rule: string) =>
  createHmac('sha256', secret).update(`pathways.unsubscribe.v1:${personId}:${rule}`).digest();

/** A token that needs no sign-in and never expires: it can only turn e-mails off. */
export function signUnsubscribeToken(
  secret: string,
  { personId, ruleId }: UnsubscribeScope,
): string {
  const rule = ruleId ?? ALL;
  return `${personId}.${rule}.${signature(secret, personId, rule).toString('base64url')}`;
}

/** The scope a token was signed for, or null when it is malformed or tampered with. */
export function verifyUnsubscribeToken(secret: string, token: unknown): UnsubscribeScope | null {
  if (typeof token !== 'string') return null;
  const [personId, rule, given, ...rest] = token.split('.');
  if (rest.length > 0 || !personId || !rule || !given) return null;
  if (!UUID.test(personId) || (rule !== ALL && !UUID.test(rule))) return null;
  const expected = signature(secret, personId, rule);
  const actual = Buffer.from(given, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { personId, ruleId: rule === ALL ? null : rule };
}
