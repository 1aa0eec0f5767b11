import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, conflict, DomainError, notFound } from '@pathways/api-core';
import { RolesService } from '@pathways/api-identity';
import { NotificationsService } from '@pathways/api-notifications';
import { EnrolmentEntity } from '@pathways/api-programmes';
import { DataSource, EntityManager } from 'typeorm';
import { InternshipApplicationEntity } from '../entities/internship-application.entity';
import { InternshipMatchEntity } from '../entities/internship-match.entity';
import { PlacementEntity } from '../entities/placement.entity';
import { RespondToInternshipOfferInput } from '../inputs/candidate.inputs';
import { longDate } from '../rules/calendar';
import { coordinatorIds } from './coordinator-contacts';
import { internshipIntake } from './intake-lookup';

/** The candidate's answer to an offer. */
@Injectable()
export class OfferResponseService {
  constructor(
    private readonly roles: RolesService,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Accepting fills the placement and enrols the intern (start = the placement's start,
   * end = its term end) so outcome reports count them; then the line manager is granted the
   * line manager role for this intern, through RolesService so the grant is audited.
   * Declining puts the candidate back in the pool, with a little priority next run.
   */
  async respond(
    user: AuthenticatedUser,
    input: RespondToInternshipOfferInput,
  ): Promise<InternshipMatchEntity> {
    const { match, placement } = await this.dataSource.transaction(async (manager) => {
      const match = await manager.getRepository(InternshipMatchEntity).findOne({
        where: { id: input.matchId, personId: user.personId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!match || !['offered', 'accepted', 'declined'].includes(match.status)) {
        throw notFound('No such offer');
      }
      if (match.status !== 'offered') throw conflict('You have already answered this offer');
      const placement = await manager.getRepository(PlacementEntity).findOneOrFail({
        where: { id: match.placementId },
        lock: { mode: 'pessimistic_write' },
      });
      const { programme } = await internshipIntake(manager, match.cohortId);
      match.status = input.accept ? 'accepted' : 'declined';
      match.respondedAt = new Date();
      await manager.getRepository(InternshipMatchEntity).save(match);
      if (input.accept) {
        await this.fill(manager, placement, match, programme.id);
      } else {
        await manager
          .getRepository(InternshipApplicationEntity)
          .update({ id: match.applicationId }, { previouslyUnmatched: true });
      }
      await this.tell(manager, programme.code, programme.name, placement, input);
      return { match, placement };
    });
    if (input.accept) await this.grantLineManager(placement);
    return match;
  }

  private async fill(
    manager: EntityManager,
    placement: PlacementEntity,
    match: InternshipMatchEntity,
    programmeId: string,
  ): Promise<void> {
    if (placement.internPersonId) throw conflict('This placement has been filled');
    placement.internPersonId = match.personId;
    placement.applicationId = match.applicationId;
    await manager
      .getRepository(PlacementEntity)
      .update(placement.id, { internPersonId: match.personId, applicationId: match.applicationId });
    await manager.getRepository(EnrolmentEntity).upsert(
      {
        cohortId: placement.cohortId,
        programmeId,
        personId: match.personId,
        role: 'participant',
        startDate: placement.startDate,
        endDate: placement.endDate,
        mentorPersonId: null,
        source: 'app',
      },
      { conflictPaths: ['cohortId', 'personId', 'role'] },
    );
  }

  private async tell(
    manager: EntityManager,
    programmeCode: string,
    programmeName: string,
    placement: PlacementEntity,
    input: RespondToInternshipOfferInput,
  ): Promise<void> {
    const coordinators = await coordinatorIds(manager, programmeCode);
    if (input.accept) {
      await this.notifications.notify(
        [placement.lineManagerPersonId],
        {
          kind: 'internship.accepted',
          title: 'Your intern has accepted the placement',
          body: `${programmeName}: your intern starts on ${longDate(placement.startDate)}. Record your line manager training before then, if you have not yet.`,
          link: `/internships/placements/${placement.id}`,
        },
        manager,
      );
    }
    await this.notifications.notify(
      coordinators,
      {
        kind: input.accept ? 'internship.accepted' : 'internship.declined',
        title: input.accept
          ? 'A candidate accepted a placement'
          : 'A candidate declined a placement',
        body: input.accept
          ? `${programmeName}: the placement is filled.`
          : `${programmeName}: the placement and the candidate are back in the pool for the next matching run.`,
        link: `/internships/manage/intakes/${placement.cohortId}`,
      },
      manager,
    );
  }

  private async grantLineManager(placement: PlacementEntity): Promise<void> {
    try {
      await this.roles.grant(null, {
        personId: placement.lineManagerPersonId,
        role: 'line_manager',
        scopeType: 'intern',
        scopeId: placement.internPersonId,
      });
    } catch (error) {
      // Managing this intern already (an earlier placement): nothing to add.
      if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
    }
  }
}
