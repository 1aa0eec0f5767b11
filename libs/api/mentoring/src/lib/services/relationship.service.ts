import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser, conflict } from '@pathways/api-core';
import { NotificationsService } from '@pathways/api-notifications';
import { isoDate } from '@pathways/api-programmes';
import { DataSource, In, Not, Repository } from 'typeorm';
import { RelationshipEntity } from '../entities/relationship.entity';
import { EndRelationshipInput } from '../inputs/relationship.inputs';
import { endParticipantEnrolment } from './enrolment-writer';
import { LeadAccessService } from './lead-access.service';
import { RelationshipAccessService, ViewedRelationship } from './relationship-access.service';

/** What the members see of their own relationships. */
const MEMBER_STATUSES = ['proposed', 'active', 'completed', 'ended_early'] as const;

@Injectable()
export class RelationshipService {
  constructor(
    @InjectRepository(RelationshipEntity)
    private readonly relationships: Repository<RelationshipEntity>,
    private readonly access: RelationshipAccessService,
    private readonly leads: LeadAccessService,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  /** As mentee or mentor, newest first. */
  mine(user: AuthenticatedUser): Promise<RelationshipEntity[]> {
    const status = In([...MEMBER_STATUSES]);
    return this.relationships.find({
      where: [
        { menteePersonId: user.personId, status },
        { mentorPersonId: user.personId, status },
      ],
      order: { createdAt: 'DESC' },
    });
  }

  /** Every pair of the cohort past suggestion, for its leads. */
  async forCohort(user: AuthenticatedUser, cohortId: string): Promise<RelationshipEntity[]> {
    await this.leads.leadCohort(user, cohortId);
    return this.relationships.find({
      where: { cohortId, status: Not(In(['suggested', 'discarded'])) },
      order: { createdAt: 'ASC' },
    });
  }

  complete(user: AuthenticatedUser, relationshipId: string): Promise<ViewedRelationship> {
    return this.finish(user, relationshipId, 'completed', null);
  }

  end(user: AuthenticatedUser, input: EndRelationshipInput): Promise<ViewedRelationship> {
    return this.finish(user, input.relationshipId, 'ended_early', input.reason.trim());
  }

  /** A member or the lead ends an active relationship; the participant's enrolment ends too. */
  private async finish(
    user: AuthenticatedUser,
    relationshipId: string,
    status: 'completed' | 'ended_early',
    reason: string | null,
  ): Promise<ViewedRelationship> {
    const viewed = await this.access.view(user, relationshipId);
    const relationship = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(RelationshipEntity);
      const locked = await repository.findOneOrFail({
        where: { id: relationshipId },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked.status !== 'active') {
        throw conflict('Only an active relationship can be completed or ended');
      }
      locked.status = status;
      locked.endedOn = isoDate(new Date());
      locked.endedBy = user.personId;
      locked.endReason = reason;
      await endParticipantEnrolment(manager, locked, locked.endedOn);
      const others = [locked.menteePersonId, locked.mentorPersonId].filter(
        (id) => id !== user.personId,
      );
      await this.notifications.notify(
        others,
        {
          kind: `relationship.${status}`,
          title:
            status === 'completed'
              ? 'Your mentoring relationship is complete'
              : 'Your mentoring relationship has ended early',
          body: 'Please answer the short close-out survey: it helps us improve the programme.',
          link: '/mentoring/surveys',
        },
        manager,
      );
      return repository.save(locked);
    });
    return { ...viewed, relationship };
  }
}
