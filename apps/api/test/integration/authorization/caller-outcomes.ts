import { ROLES } from '@pathways/api-core';
import type { Role } from '@pathways/api-core';

/**
 * Who calls: nobody signed in, the demo account of a role, or a lead of another department
 * than the demo department lead's (DWP rather than MOJ).
 */
export type Caller = Role | 'anonymous' | 'other_department_lead';

/**
 * allowed: the operation answers with data.
 * denied: UNAUTHENTICATED (anonymous) or FORBIDDEN (signed in), and no data.
 * empty: no error, but null: the operation tells this caller nothing about anyone.
 * not_found: NOT_FOUND (UNAUTHENTICATED when anonymous), and no data: the thing is someone
 * else's, and the answer does not say whether it exists.
 */
export type Outcome = 'allowed' | 'denied' | 'empty' | 'not_found';

export const CALLERS: readonly Caller[] = ['anonymous', ...ROLES, 'other_department_lead'];

/** The starting points every feature's cases build on; each caller is spelt out. */
export const NOBODY: Record<Caller, Outcome> = {
  anonymous: 'denied',
  participant: 'denied',
  mentor: 'denied',
  line_manager: 'denied',
  programme_lead: 'denied',
  department_lead: 'denied',
  other_department_lead: 'denied',
  network_lead: 'denied',
  analyst: 'denied',
  admin: 'denied',
};

/** Any signed-in person, for their own data. */
export const SIGNED_IN: Record<Caller, Outcome> = {
  anonymous: 'denied',
  participant: 'allowed',
  mentor: 'allowed',
  line_manager: 'allowed',
  programme_lead: 'allowed',
  department_lead: 'allowed',
  other_department_lead: 'allowed',
  network_lead: 'allowed',
  analyst: 'allowed',
  admin: 'allowed',
};

export const ADMIN_ONLY: Record<Caller, Outcome> = { ...NOBODY, admin: 'allowed' };
