import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput, conflict } from '@pathways/api-core';
import { NotificationsService } from '@pathways/api-notifications';
import { PersonEntity } from '@pathways/api-people';
import { solveAssignment } from '@pathways/domain-matching';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { InternshipApplicationEntity } from '../entities/internship-application.entity';
import { InternshipMatchEntity } from '../entities/internship-match.entity';
import { PlacementEntity } from '../entities/placement.entity';
import { ApproveInternshipMatchesInput } from '../inputs/coordinator.inputs';
import { longDate } from '../rules/calendar';
import { placementEdges } from '../rules/placement-scoring';
import { internshipIntake } from './intake-lookup';
import { assertCoordinates } from './internship-access';
import { loadReferenceNames } from './reference-names';

/** Offers and acceptances hold a candidate and a placement; a run leaves them be. */
const HELD = ['offered', 'accepted'] as const;

/** Proposing placements with the exact engine, and the coordinator's approval. */
@Injectable()
export class InternshipMatchingService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Solves the intake again: each free placement (capacity 1) for at most one waiting
   * candidate, most placed first, then the best total fit. Earlier suggestions are replaced;
   * a declined pair is never suggested again. One run per intake at a time.
   */
  async run(user: AuthenticatedUser, intakeId: string): Promise<InternshipMatchEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const { cohort, programme } = await internshipIntake(manager, intakeId);
      assertCoordinates(user, programme.code);
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `internships:${cohort.id}`,
      ]);
      const matches = manager.getRepository(InternshipMatchEntity);
      await matches.update({ cohortId: cohort.id, status: 'suggested' }, { status: 'discarded' });
      const earlier = await matches.find({
        where: { cohortId: cohort.id, status: In([...HELD, 'declined']) },
      });
      const held = earlier.filter((m) => (HELD as readonly string[]).includes(m.status));
      const heldApplications = new Set(held.map((m) => m.applicationId));
      const heldPlacements = new Set(held.map((m) => m.placementId));
      const applications = (await this.waiting(manager, cohort.id)).filter(
        (a) => !heldApplications.has(a.id),
      );
      const placements = (
        await manager.getRepository(PlacementEntity).find({
          where: { cohortId: cohort.id, internPersonId: IsNull() },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      ).filter((p) => !heldPlacements.has(p.id));
      const names = await loadReferenceNames(manager);
      const edges = placementEdges(
        applications.map((a) => ({
          applicationId: a.id,
          regions: a.preferredRegions,
          work: a.preferredWork,
          previouslyUnmatched: a.previouslyUnmatched,
        })),
        placements.map((p) => ({
          placementId: p.id,
          regionCode: p.regionCode,
          workArea: p.workArea,
        })),
        earlier
          .filter((m) => m.status === 'declined')
          .map((m) => ({ mentee: m.applicationId, mentor: m.placementId })),
        names,
      );
      const result = solveAssignment({
        mentees: applications.map((a) => ({ id: a.id })),
        mentors: placements.map((p) => ({ id: p.id, capacity: 1 })),
        edges,
      });
      const explanationOf = new Map(edges.map((e) => [`${e.mentee}|${e.mentor}`, e.explanation]));
      const personOf = new Map(applications.map((a) => [a.id, a.personId]));
      const fresh = result.pairs.map((pair) =>
        matches.create({
          cohortId: cohort.id,
          placementId: pair.mentor,
          applicationId: pair.mentee,
          personId: personOf.get(pair.mentee) ?? '',
          status: 'suggested',
          score: pair.score,
          explanation: explanationOf.get(`${pair.mentee}|${pair.mentor}`) ?? [],
          offeredAt: null,
          respondedAt: null,
        }),
      );
      if (result.unmatched.length) {
        await manager
          .getRepository(InternshipApplicationEntity)
          .update({ id: In(result.unmatched) }, { previouslyUnmatched: true });
      }
      return matches.save(fresh);
    });
  }

  /** Suggested → offered: each candidate is told and asked to accept or decline. */
  async approve(
    user: AuthenticatedUser,
    input: ApproveInternshipMatchesInput,
  ): Promise<InternshipMatchEntity[]> {
    const ids = [...new Set(input.matchIds ?? [])];
    if (!input.all && ids.length === 0) {
      throw badInput('Choose the matches to approve, or approve all', 'matchIds');
    }
    return this.dataSource.transaction(async (manager) => {
      const { cohort, programme } = await internshipIntake(manager, input.intakeId);
      assertCoordinates(user, programme.code);
      const repository = manager.getRepository(InternshipMatchEntity);
      const chosen = await repository.find({
        where: input.all
          ? { cohortId: cohort.id, status: 'suggested' }
          : { cohortId: cohort.id, id: In(ids) },
        lock: { mode: 'pessimistic_write' },
      });
      if (
        !input.all &&
        (chosen.length !== ids.length || chosen.some((m) => m.status !== 'suggested'))
      ) {
        throw conflict('Only suggested matches of this intake can be approved', 'matchIds');
      }
      if (chosen.length === 0) return [];
      const offeredAt = new Date();
      await repository.update(
        { id: In(chosen.map((m) => m.id)) },
        { status: 'offered', offeredAt },
      );
      const placements = await manager
        .getRepository(PlacementEntity)
        .findBy({ id: In(chosen.map((m) => m.placementId)) });
      const startOf = new Map(placements.map((p) => [p.id, p.startDate]));
      for (const match of chosen) {
        const start = startOf.get(match.placementId);
        await this.notifications.notify(
          [match.personId],
          {
            kind: 'internship.offered',
            title: 'You have been offered an internship placement',
            body: `${programme.name}: a placement${start ? ` starting on ${longDate(start)}` : ''} is yours if you want it. Accept or decline it.`,
            link: '/internships',
          },
          manager,
        );
      }
      return chosen.map((m) => Object.assign(m, { status: 'offered' as const, offeredAt }));
    });
  }

  /** Active applications of people not erased. */
  private async waiting(
    manager: EntityManager,
    cohortId: string,
  ): Promise<InternshipApplicationEntity[]> {
    const applications = await manager.getRepository(InternshipApplicationEntity).find({
      where: { cohortId, status: 'active' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (applications.length === 0) return [];
    const people = await manager.getRepository(PersonEntity).findBy({
      id: In(applications.map((a) => a.personId)),
    });
    const present = new Set(people.filter((p) => !p.erasedAt).map((p) => p.id));
    return applications.filter((a) => present.has(a.personId));
  }
}
