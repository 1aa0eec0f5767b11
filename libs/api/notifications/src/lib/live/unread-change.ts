import type { EntityManager } from 'typeorm';

/** The PostgreSQL channel that says whose unread count may have changed. */
export const UNREAD_CHANNEL = 'pathways_unread_notifications';

// A NOTIFY payload stops at 8,000 bytes: 200 ids of 36 characters and a comma fit.
const IDS_PER_MESSAGE = 200;

/** Comma-separated person ids, a payload per 200. */
export function unreadChangePayloads(personIds: readonly string[]): string[] {
  const ids = [...new Set(personIds)];
  const payloads: string[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_MESSAGE)
    payloads.push(ids.slice(start, start + IDS_PER_MESSAGE).join(','));
  return payloads;
}

/**
 * Tells every API process whose unread count changed. Inside a transaction PostgreSQL delivers
 * the NOTIFY only when it commits, so listeners never count a message that was rolled back.
 */
export async function announceUnreadChange(
  manager: EntityManager,
  personIds: readonly string[],
): Promise<void> {
  const payloads = unreadChangePayloads(personIds);
  if (payloads.length === 0) return;
  await manager.query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload', [
    UNREAD_CHANNEL,
    payloads,
  ]);
}
