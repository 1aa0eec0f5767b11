import { EnrolmentEntity } from '@pathways/api-programmes';
import { EntityManager } from 'typeorm';
import type { RelationshipEntity } from '../entities/relationship.entity';

/**
 * What outcome reports count: when a relationship becomes active, a participant enrolment
 * for the mentee (with their mentor) and a mentor enrolment, in the caller's transaction.
 * A mentor with several mentees in a cohort keeps one enrolment, from their first start.
 */
export async function writeEnrolments(
  manager: EntityManager,
  relationship: RelationshipEntity,
  programmeId: string,
  startDate: string,
): Promise<void> {
  const repository = manager.getRepository(EnrolmentEntity);
  await repository.upsert(
    {
      cohortId: relationship.cohortId,
      programmeId,
      personId: relationship.menteePersonId,
      role: 'participant',
      startDate,
      endDate: null,
      mentorPersonId: relationship.mentorPersonId,
      source: 'app',
    },
    { conflictPaths: ['cohortId', 'personId', 'role'] },
  );
  await repository
    .createQueryBuilder()
    .insert()
    .values({
      cohortId: relationship.cohortId,
      programmeId,
      personId: relationship.mentorPersonId,
      role: 'mentor',
      startDate,
      source: 'app',
    })
    .orIgnore()
    .execute();
}

/** The participant's enrolment ends with the relationship. */
export async function endParticipantEnrolment(
  manager: EntityManager,
  relationship: RelationshipEntity,
  endDate: string,
): Promise<void> {
  await manager.getRepository(EnrolmentEntity).update(
    {
      cohortId: relationship.cohortId,
      personId: relationship.menteePersonId,
      role: 'participant',
    },
    { endDate },
  );
}

/** The close-out survey's two yes/no answers, as the outcome report reads them. */
export async function recordCloseOut(
  manager: EntityManager,
  relationship: RelationshipEntity,
  answers: { metExpectations: boolean; sessionsInteresting: boolean },
): Promise<void> {
  await manager.getRepository(EnrolmentEntity).update(
    {
      cohortId: relationship.cohortId,
      personId: relationship.menteePersonId,
      role: 'participant',
    },
    answers,
  );
}
