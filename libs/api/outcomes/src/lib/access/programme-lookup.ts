import { notFound } from '@pathways/api-core';
import type { EntityManager } from 'typeorm';

export interface ProgrammeRef {
  readonly id: string;
  readonly code: string;
}

/** The programme with this code, or NOT_FOUND naming it. */
export async function programmeByCode(manager: EntityManager, code: string): Promise<ProgrammeRef> {
  const [programme]: ProgrammeRef[] = await manager.query(
    'SELECT id, code FROM programme WHERE code = $1',
    [code],
  );
  if (!programme) throw notFound(`No programme has the code ${code}`);
  return programme;
}
