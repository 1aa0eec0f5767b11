import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput, conflict, notFound } from '@pathways/api-core';
import { NotificationsService } from '@pathways/api-notifications';
import { PersonEntity } from '@pathways/api-people';
import { engineRulesOf } from '@pathways/api-programmes';
import type { ScoringWeights } from '@pathways/domain-matching';
import { scorePair } from '@pathways/domain-matching';
import { DataSource, EntityManager, In } from 'typeorm';
import { MenteeApplicationEntity } from '../entities/mentee-application.entity';
import { MentorOfferEntity } from '../entities/mentor-offer.entity';
import { LIVE_STATUSES, RelationshipEntity } from '../entities/relationship.entity';
import { ApproveProposalsInput, ReplacePairInput } from '../inputs/lead.inputs';
import { menteeProfile, mentorProfile } from '../matching/matching-input';
import { isUniqueViolation } from './database-errors';
import { LeadAccessService } from './lead-access.service';

const MANUAL = 'Paired by hand by the programme lead';

/** The lead's decisions on a run: approve suggestions, or pair by hand. */
@Injectable()
export class ProposalApprovalService {
  constructor(
    private readonly leads: LeadAccessService,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  /** Suggested → proposed; both members are told and asked to answer within 10 days. */
  async approve(
    user: AuthenticatedUser,
    input: ApproveProposalsInput,
  ): Promise<RelationshipEntity[]> {
    const { cohort, programme } = await this.leads.leadCohort(user, input.cohortId);
    const ids = input.relationshipIds ?? [];
    if (!input.all && ids.length === 0) {
      throw badInput('Choose the pairs to approve, or approve all', 'relationshipIds');
    }
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(RelationshipEntity);
      const chosen = await repository.find({
        where: input.all
          ? { cohortId: cohort.id, status: 'suggested' }
          : { cohortId: cohort.id, id: In(ids) },
        lock: { mode: 'pessimistic_write' },
      });
      if (
        !input.all &&
        (chosen.length !== new Set(ids).size || chosen.some((r) => r.status !== 'suggested'))
      ) {
        throw conflict('Only suggested pairs of this cohort can be approved', 'relationshipIds');
      }
      if (chosen.length === 0) return [];
      const proposedAt = new Date();
      await repository.update(
        { id: In(chosen.map((r) => r.id)) },
        { status: 'proposed', proposedAt },
      );
      await this.notifications.notify(
        chosen.map((r) => r.mentorPersonId),
        {
          kind: 'proposal.approved',
          title: 'You have a new mentoring proposal',
          body: `You have been proposed as a mentor on ${programme.name}. Accept or decline within 10 days.`,
          link: '/mentoring/proposals',
        },
        manager,
      );
      await this.notifications.notify(
        chosen.map((r) => r.menteePersonId),
        {
          kind: 'proposal.approved',
          title: 'You have been matched with a mentor',
          body: `Your match on ${programme.name} is ready. Accept or decline within 10 days.`,
          link: '/mentoring',
        },
        manager,
      );
      return chosen.map((r) => Object.assign(r, { status: 'proposed' as const, proposedAt }));
    });
  }

  /**
   * Pairs a mentee with a mentor by hand, replacing the mentee's suggested pair. The new pair
   * is locked so re-runs keep it. A pair breaking a hard rule is allowed (the lead decides)
   * but scores 0 and says which rule it breaks.
   */
  async replacePair(user: AuthenticatedUser, input: ReplacePairInput): Promise<RelationshipEntity> {
    const application = await this.dataSource.getRepository(MenteeApplicationEntity).findOne({
      where: { id: input.menteeApplicationId },
    });
    if (!application || application.status !== 'active') throw notFound('No such application');
    const { programme } = await this.leads.leadCohort(user, application.cohortId);
    return this.dataSource
      .transaction(async (manager) => {
        const offer = await manager.getRepository(MentorOfferEntity).findOne({
          where: { id: input.mentorOfferId, cohortId: application.cohortId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!offer) throw notFound('No such mentor in this cohort');
        if (offer.personId === application.personId) {
          throw badInput('A person cannot mentor themselves', 'mentorOfferId');
        }
        const repository = manager.getRepository(RelationshipEntity);
        const current = await repository.findOne({
          where: { menteeApplicationId: application.id, status: In([...LIVE_STATUSES]) },
          lock: { mode: 'pessimistic_write' },
        });
        if (current && current.status !== 'suggested') {
          throw conflict(
            'This mentee already has a proposed or active mentor',
            'menteeApplicationId',
          );
        }
        if (current) await repository.update({ id: current.id }, { status: 'discarded' });
        const seatsUsed = await repository.count({
          where: { mentorOfferId: offer.id, status: In([...LIVE_STATUSES]) },
        });
        if (seatsUsed >= offer.capacity) {
          throw conflict(
            'This mentor has no free places: replace one of their pairs first',
            'mentorOfferId',
          );
        }
        const { score, explanation } = await this.scoreByHand(
          manager,
          application,
          offer,
          programme,
        );
        return repository.save(
          repository.create({
            cohortId: application.cohortId,
            matchingRunId: null,
            menteeApplicationId: application.id,
            menteePersonId: application.personId,
            mentorOfferId: offer.id,
            mentorPersonId: offer.personId,
            status: 'suggested',
            score,
            explanation,
            locked: true,
          }),
        );
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw conflict(
            'This mentee was paired meanwhile: reload and try again',
            'menteeApplicationId',
          );
        }
        throw error;
      });
  }

  private async scoreByHand(
    manager: EntityManager,
    application: MenteeApplicationEntity,
    offer: MentorOfferEntity,
    programme: Parameters<typeof engineRulesOf>[0],
  ): Promise<{ score: number; explanation: string[] }> {
    const people = await manager
      .getRepository(PersonEntity)
      .findBy({ id: In([application.personId, offer.personId]) });
    const menteePerson = people.find((p) => p.id === application.personId);
    const mentorPerson = people.find((p) => p.id === offer.personId);
    if (!menteePerson || !mentorPerson) throw notFound('No such person');
    const scored = scorePair(
      menteeProfile({ ...application, applicationId: application.id, person: menteePerson }),
      { ...mentorProfile({ ...offer, offerId: offer.id, person: mentorPerson }), paused: false },
      engineRulesOf(programme),
      (programme.matchingWeights ?? {}) as Partial<ScoringWeights>,
    );
    return scored.allowed
      ? { score: scored.score, explanation: [MANUAL, ...scored.explanation] }
      : { score: 0, explanation: [MANUAL, `Breaks a programme rule: ${scored.reason}`] };
  }
}
