import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser, conflict, notFound } from '@pathways/api-core';
import { NotificationsService } from '@pathways/api-notifications';
import { CohortEntity, isoDate } from '@pathways/api-programmes';
import { DataSource, EntityManager, IsNull, Not, Repository } from 'typeorm';
import { MenteeApplicationEntity } from '../entities/mentee-application.entity';
import { MentorOfferEntity } from '../entities/mentor-offer.entity';
import { RelationshipEntity } from '../entities/relationship.entity';
import { DeclineProposalInput } from '../inputs/mentor.inputs';
import { writeEnrolments } from './enrolment-writer';
import { LeadAccessService } from './lead-access.service';

type Side = 'mentor' | 'mentee';

/** The members' answers to a proposal: the relationship starts when both have accepted. */
@Injectable()
export class ProposalResponseService {
  constructor(
    @InjectRepository(RelationshipEntity)
    private readonly relationships: Repository<RelationshipEntity>,
    private readonly leads: LeadAccessService,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  /** Proposals waiting for the mentor's answer. */
  mentorProposals(user: AuthenticatedUser): Promise<RelationshipEntity[]> {
    return this.relationships.find({
      where: { mentorPersonId: user.personId, status: 'proposed', mentorAcceptedAt: IsNull() },
      order: { proposedAt: 'ASC' },
    });
  }

  /**
   * The mentor's accept takes a seat, so it locks their offer row first: racing accepts for
   * the same mentor queue on that lock and each counts the seats the earlier ones took.
   * Lock order is always offer, then relationship.
   */
  async accept(user: AuthenticatedUser, relationshipId: string): Promise<RelationshipEntity> {
    const side = await this.sideOf(user, relationshipId);
    return this.dataSource.transaction(async (manager) => {
      const offerId = side.relationship.mentorOfferId;
      const offer =
        side.side === 'mentor'
          ? await manager.getRepository(MentorOfferEntity).findOne({
              where: { id: offerId },
              lock: { mode: 'pessimistic_write' },
            })
          : null;
      const relationship = await this.lockProposed(manager, relationshipId);
      const now = new Date();
      const alreadyAccepted =
        side.side === 'mentor' ? relationship.mentorAcceptedAt : relationship.menteeAcceptedAt;
      if (alreadyAccepted) return relationship;
      if (side.side === 'mentor' && offer) {
        const seatsTaken = await manager.getRepository(RelationshipEntity).count({
          where: [
            { mentorOfferId: offerId, status: 'active', id: Not(relationship.id) },
            {
              mentorOfferId: offerId,
              status: 'proposed',
              mentorAcceptedAt: Not(IsNull()),
              id: Not(relationship.id),
            },
          ],
        });
        if (seatsTaken >= offer.capacity) {
          throw conflict(
            `You have no places left: you offered ${offer.capacity}. Raise your capacity or decline.`,
          );
        }
        relationship.mentorAcceptedAt = now;
      }
      if (side.side === 'mentee') relationship.menteeAcceptedAt = now;
      if (relationship.mentorAcceptedAt && relationship.menteeAcceptedAt) {
        await this.activate(manager, relationship, now);
      } else {
        await this.tellOtherSide(manager, relationship, side.side);
      }
      return manager.getRepository(RelationshipEntity).save(relationship);
    });
  }

  /** Back in the pool with a priority bonus; the lead hears why, the other member only that it ended. */
  async decline(user: AuthenticatedUser, input: DeclineProposalInput): Promise<RelationshipEntity> {
    const side = await this.sideOf(user, input.relationshipId);
    return this.dataSource.transaction(async (manager) => {
      const relationship = await this.lockProposed(manager, input.relationshipId);
      relationship.status = 'declined';
      relationship.declinedBy = user.personId;
      relationship.declineReason = input.reason.trim();
      await manager
        .getRepository(MenteeApplicationEntity)
        .update({ id: relationship.menteeApplicationId }, { previouslyUnmatched: true });
      const cohort = await manager
        .getRepository(CohortEntity)
        .findOne({ where: { id: relationship.cohortId }, relations: { programme: true } });
      if (cohort?.programme) {
        await this.notifications.notify(
          await this.leads.leadIds(cohort.programme, manager),
          {
            kind: 'proposal.declined',
            title: `A ${side.side} declined a proposal`,
            body: `A proposal in ${cohort.programme.name} (${cohort.code}) was declined. The mentee is back in the pool.`,
            link: `/programmes/cohorts/${cohort.id}/matching`,
          },
          manager,
        );
      }
      await this.notifications.notify(
        [side.side === 'mentor' ? relationship.menteePersonId : relationship.mentorPersonId],
        side.side === 'mentor'
          ? {
              kind: 'proposal.declined',
              title: 'Your proposed mentor cannot take you on',
              body: 'You are back in the pool, with priority in the next matching run.',
              link: '/mentoring',
            }
          : {
              kind: 'proposal.declined',
              title: 'A proposed mentee has declined',
              body: 'The proposal no longer stands.',
              link: '/mentoring/proposals',
            },
        manager,
      );
      return manager.getRepository(RelationshipEntity).save(relationship);
    });
  }

  private async sideOf(
    user: AuthenticatedUser,
    relationshipId: string,
  ): Promise<{ side: Side; relationship: RelationshipEntity }> {
    const relationship = await this.relationships.findOne({ where: { id: relationshipId } });
    if (relationship?.mentorPersonId === user.personId) return { side: 'mentor', relationship };
    if (relationship?.menteePersonId === user.personId) return { side: 'mentee', relationship };
    throw notFound('No such proposal');
  }

  private async lockProposed(manager: EntityManager, id: string): Promise<RelationshipEntity> {
    const relationship = await manager.getRepository(RelationshipEntity).findOne({
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!relationship) throw notFound('No such proposal');
    if (relationship.status !== 'proposed') {
      throw conflict(
        `This proposal is no longer open (it is ${relationship.status.replace('_', ' ')})`,
      );
    }
    return relationship;
  }

  private async activate(
    manager: EntityManager,
    relationship: RelationshipEntity,
    now: Date,
  ): Promise<void> {
    const cohort = await manager.getRepository(CohortEntity).findOneOrFail({
      where: { id: relationship.cohortId },
    });
    relationship.status = 'active';
    relationship.startedOn = isoDate(now);
    await writeEnrolments(manager, relationship, cohort.programmeId, relationship.startedOn);
    await this.notifications.notify(
      [relationship.menteePersonId, relationship.mentorPersonId],
      {
        kind: 'relationship.started',
        title: 'Your mentoring relationship has started',
        body: 'You have both accepted. Arrange your first session and log it here.',
        link: `/mentoring/relationships/${relationship.id}`,
      },
      manager,
    );
  }

  private async tellOtherSide(
    manager: EntityManager,
    relationship: RelationshipEntity,
    side: Side,
  ): Promise<void> {
    const waitingOn =
      side === 'mentor' && !relationship.menteeAcceptedAt
        ? { id: relationship.menteePersonId, link: '/mentoring' }
        : side === 'mentee' && !relationship.mentorAcceptedAt
          ? { id: relationship.mentorPersonId, link: '/mentoring/proposals' }
          : null;
    if (!waitingOn) return;
    await this.notifications.notify(
      [waitingOn.id],
      {
        kind: 'proposal.accepted',
        title: `Your proposed ${side} has accepted`,
        body: 'Accept the proposal too to start the relationship.',
        link: waitingOn.link,
      },
      manager,
    );
  }
}
