import { hasGrant, RoleGrantEntity } from '@pathways/api-identity';
import type { EntityManager } from 'typeorm';

/** A demo role, given directly as the demo accounts' own are (demo data is not a role change). */
export async function demoGrant(
  manager: EntityManager,
  personId: string,
  role: 'programme_lead' | 'line_manager',
  scopeType: 'programme' | 'intern',
  scopeId: string,
): Promise<void> {
  const key = { personId, role, scopeType, scopeId };
  if (!(await hasGrant(manager, key))) await manager.getRepository(RoleGrantEntity).insert(key);
}
