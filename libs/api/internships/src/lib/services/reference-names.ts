import { DepartmentEntity, ProfessionEntity, RegionEntity } from '@pathways/api-people';
import type { EntityManager } from 'typeorm';
import type { Vocabulary } from '../rules/placement-scoring';

export interface ReferenceNames extends Vocabulary {
  department(code: string): string;
}

/** Names of departments, regions and professions, for people to read; the code when unknown. */
export async function loadReferenceNames(manager: EntityManager): Promise<ReferenceNames> {
  const departments = await manager.getRepository(DepartmentEntity).find();
  const regions = await manager.getRepository(RegionEntity).find();
  const professions = await manager.getRepository(ProfessionEntity).find();
  const lookup = (rows: { code: string; name: string }[]) => {
    const names = new Map(rows.map((row) => [row.code, row.name]));
    return (code: string) => names.get(code) ?? code;
  };
  return {
    department: lookup(departments),
    region: lookup(regions),
    work: lookup(professions),
  };
}
