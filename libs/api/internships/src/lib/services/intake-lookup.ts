import { notFound } from '@pathways/api-core';
import { CohortEntity, type ProgrammeEntity } from '@pathways/api-programmes';
import type { EntityManager } from 'typeorm';

export interface InternshipIntakeRef {
  cohort: CohortEntity;
  programme: ProgrammeEntity;
}

/** An intake of an internship programme, or NOT_FOUND. */
export async function internshipIntake(
  manager: EntityManager,
  intakeId: string,
): Promise<InternshipIntakeRef> {
  const cohort = await manager
    .getRepository(CohortEntity)
    .findOne({ where: { id: intakeId }, relations: { programme: true } });
  const programme = cohort?.programme;
  if (!cohort || !programme || programme.type !== 'internship') {
    throw notFound('No such internship intake');
  }
  delete cohort.programme;
  return { cohort, programme };
}
