import { RoleGrantEntity } from '@pathways/api-identity';
import type { EntityManager } from 'typeorm';

/** The programme's leads, to tell when something needs the coordinator. */
export async function coordinatorIds(
  manager: EntityManager,
  programmeCode: string,
): Promise<string[]> {
  const grants = await manager.getRepository(RoleGrantEntity).find({
    where: { role: 'programme_lead', scopeType: 'programme', scopeId: programmeCode },
    select: { personId: true },
  });
  return [...new Set(grants.map((grant) => grant.personId))];
}
