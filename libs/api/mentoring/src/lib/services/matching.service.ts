import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@pathways/api-core';
import { PersonEntity } from '@pathways/api-people';
import { CohortEntity, engineRulesOf, ProgrammeEntity } from '@pathways/api-programmes';
import type { AssignmentResult, ScoringWeights } from '@pathways/domain-matching';
import { scorePair } from '@pathways/domain-matching';
import { DataSource, EntityManager, In } from 'typeorm';
import { MatchingRunEntity } from '../entities/matching-run.entity';
import { MenteeApplicationEntity } from '../entities/mentee-application.entity';
import { MentorOfferEntity } from '../entities/mentor-offer.entity';
import { RelationshipEntity } from '../entities/relationship.entity';
import {
  KeptPair,
  MatchingPool,
  PoolMentee,
  PoolMentor,
  PreparedMatching,
  prepareMatching,
} from '../matching/matching-input';
import { solveOffThread } from '../matching/solve-off-thread';
import { LeadAccessService } from './lead-access.service';

/** Pairs a re-run keeps as they are: in flight or running, or paired by hand. */
const KEPT_STATUSES = ['proposed', 'active'] as const;
/** Pairs a run never proposes again. */
const EXCLUDED_STATUSES = ['declined', 'returned'] as const;
/** Mentees done with this cohort. */
const FINISHED_STATUSES = ['completed', 'ended_early'] as const;

@Injectable()
export class MatchingService {
  constructor(
    private readonly leads: LeadAccessService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Solves the cohort again. One run per cohort at a time (an advisory lock), and the whole
   * run commits or none of it: earlier unlocked suggestions are discarded, new ones stored.
   */
  async run(user: AuthenticatedUser, cohortId: string): Promise<MatchingRunEntity> {
    const { cohort, programme } = await this.leads.leadCohort(user, cohortId);
    return this.runFor(cohort, programme, user.personId);
  }

  /** Without an access check: for callers that have made their own (the demo seeder). */
  runFor(
    cohort: CohortEntity,
    programme: ProgrammeEntity,
    runBy: string | null,
  ): Promise<MatchingRunEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`matching:${cohort.id}`]);
      const pool = await this.loadPool(manager, cohort, programme);
      const prepared = prepareMatching(pool);
      const result = await solveOffThread(prepared.input);
      return this.store(manager, runBy, cohort, pool, prepared, result);
    });
  }

  private async loadPool(
    manager: EntityManager,
    cohort: CohortEntity,
    programme: ProgrammeEntity,
  ): Promise<MatchingPool> {
    // One after another: queries on a transaction's connection cannot overlap.
    const applications = await manager.getRepository(MenteeApplicationEntity).find({
      where: { cohortId: cohort.id, status: 'active' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const offers = await manager.getRepository(MentorOfferEntity).find({
      where: { cohortId: cohort.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const relationships = await manager.getRepository(RelationshipEntity).find({
      where: {
        cohortId: cohort.id,
        status: In([...KEPT_STATUSES, ...EXCLUDED_STATUSES, ...FINISHED_STATUSES, 'suggested']),
      },
    });
    const people = await manager.getRepository(PersonEntity).findBy({
      id: In([...new Set([...applications, ...offers].map((row) => row.personId))]),
    });
    const personOf = new Map(people.map((person) => [person.id, person]));
    const finished = new Set(
      relationships
        .filter((r) => (FINISHED_STATUSES as readonly string[]).includes(r.status))
        .map((r) => r.menteeApplicationId),
    );
    const kept: KeptPair[] = relationships
      .filter(
        (r) =>
          (KEPT_STATUSES as readonly string[]).includes(r.status) ||
          (r.status === 'suggested' && r.locked),
      )
      .map((r) => ({
        applicationId: r.menteeApplicationId,
        offerId: r.mentorOfferId,
        score: r.score,
      }));
    const mentors = offers.flatMap((offer): PoolMentor[] => {
      const person = personOf.get(offer.personId);
      if (!person || person.erasedAt) return [];
      const { capacity, topics, professions, paused } = offer;
      return [
        {
          offerId: offer.id,
          personId: offer.personId,
          person,
          capacity,
          topics,
          professions,
          paused,
        },
      ];
    });
    // A mentee whose kept pair lost its mentor (e.g. erased) sits this run out rather than
    // being proposed twice.
    const mentorIds = new Set(mentors.map((m) => m.offerId));
    const stranded = new Set(
      kept.filter((p) => !mentorIds.has(p.offerId)).map((p) => p.applicationId),
    );
    const mentees = applications.flatMap((application): PoolMentee[] => {
      const person = personOf.get(application.personId);
      if (!person || person.erasedAt || finished.has(application.id)) return [];
      if (stranded.has(application.id)) return [];
      return [
        {
          applicationId: application.id,
          personId: application.personId,
          person,
          topics: application.topics,
          professionPreference: application.professionPreference,
          departmentPreference: application.departmentPreference,
          region: application.region,
          previouslyUnmatched: application.previouslyUnmatched,
        },
      ];
    });
    return {
      mentees,
      mentors,
      kept,
      excluded: relationships
        .filter((r) => (EXCLUDED_STATUSES as readonly string[]).includes(r.status))
        .map((r) => ({ mentee: r.menteeApplicationId, mentor: r.mentorOfferId })),
      rules: engineRulesOf(programme),
      weights: (programme.matchingWeights ?? {}) as Partial<ScoringWeights>,
    };
  }

  private async store(
    manager: EntityManager,
    runBy: string | null,
    cohort: CohortEntity,
    pool: MatchingPool,
    prepared: PreparedMatching,
    result: AssignmentResult,
  ): Promise<MatchingRunEntity> {
    const relationships = manager.getRepository(RelationshipEntity);
    await relationships.update(
      { cohortId: cohort.id, status: 'suggested', locked: false },
      { status: 'discarded' },
    );
    const run = await manager.getRepository(MatchingRunEntity).save(
      manager.getRepository(MatchingRunEntity).create({
        cohortId: cohort.id,
        runBy,
        menteeCount: pool.mentees.length,
        mentorCount: pool.mentors.length,
        matchedCount: result.matched,
        totalScore: result.total_score,
        result,
      }),
    );
    const keptMentees = new Set(pool.kept.map((pair) => pair.applicationId));
    const menteeById = new Map(pool.mentees.map((m) => [m.applicationId, m]));
    const mentorById = new Map(pool.mentors.map((m) => [m.offerId, m]));
    const fresh = result.pairs.filter((pair) => !keptMentees.has(pair.mentee));
    if (fresh.length) {
      await relationships.insert(
        fresh.map((pair) => {
          const mentee = menteeById.get(pair.mentee) as PoolMentee;
          const mentor = mentorById.get(pair.mentor) as PoolMentor;
          return {
            cohortId: cohort.id,
            matchingRunId: run.id,
            menteeApplicationId: mentee.applicationId,
            menteePersonId: mentee.personId,
            mentorOfferId: mentor.offerId,
            mentorPersonId: mentor.personId,
            status: 'suggested' as const,
            score: pair.score,
            explanation: explain(prepared, pool, pair.mentee, pair.mentor),
            locked: false,
          };
        }),
      );
    }
    if (result.unmatched.length) {
      await manager
        .getRepository(MenteeApplicationEntity)
        .update({ id: In(result.unmatched) }, { previouslyUnmatched: true });
    }
    return run;
  }
}

/** Explanations only for the proposed pairs: far cheaper than explaining every candidate. */
function explain(
  prepared: PreparedMatching,
  pool: MatchingPool,
  menteeId: string,
  mentorId: string,
): string[] {
  const mentee = prepared.menteeProfiles.get(menteeId);
  const mentor = prepared.mentorProfiles.get(mentorId);
  if (!mentee || !mentor) return [];
  const scored = scorePair(mentee, { ...mentor, paused: false }, pool.rules, pool.weights);
  return scored.allowed ? scored.explanation : [scored.reason];
}
