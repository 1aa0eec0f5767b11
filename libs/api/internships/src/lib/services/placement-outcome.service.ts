import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput, conflict, notFound } from '@pathways/api-core';
import { NotificationsService } from '@pathways/api-notifications';
import { CareerEventEntity } from '@pathways/api-outcomes';
import {
  EnrolmentEntity,
  isoDate,
  isValidIsoDate,
  ProgrammeEntity,
} from '@pathways/api-programmes';
import { isGradeCode } from '@pathways/domain-seb';
import { DataSource } from 'typeorm';
import { PlacementEntity } from '../entities/placement.entity';
import { RecordPlacementOutcomeInput } from '../inputs/line-manager.inputs';
import { longDate } from '../rules/calendar';
import { outcomeEvent, PLACEMENT_OUTCOME_LABELS } from '../rules/placement-outcomes';
import { coordinatorIds } from './coordinator-contacts';
import { assertManagesIntern } from './internship-access';

/** The end-of-placement outcome and the career event it means, recorded together. */
@Injectable()
export class PlacementOutcomeService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Once the placement has started, the line manager records the outcome once. Every
   * outcome but "completed" writes the matching career event (lead-recorded, confirmed),
   * dated at the effective date (the placement's end date unless given), in the same
   * transaction; someone who left has their enrolment end then too.
   */
  async record(user: AuthenticatedUser, input: RecordPlacementOutcomeInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await manager.getRepository(PlacementEntity).findOne({
        where: { id: input.placementId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!placement) throw notFound('No such placement');
      const intern = assertManagesIntern(user, placement);
      if (placement.outcome) throw conflict('The outcome of this placement is already recorded');
      if (isoDate(new Date()) < placement.startDate) {
        throw badInput(
          `You can record the outcome once the placement has started on ${longDate(placement.startDate)}`,
          'outcome',
        );
      }
      const effectiveDate = input.effectiveDate ?? placement.endDate;
      if (!isValidIsoDate(effectiveDate)) throw badInput('Enter a real date', 'effectiveDate');
      if (effectiveDate < placement.startDate) {
        throw badInput(
          'The outcome cannot take effect before the placement started',
          'effectiveDate',
        );
      }
      if (input.promotedTo && !isGradeCode(input.promotedTo)) {
        throw badInput('Select a grade from the list', 'promotedTo');
      }
      await manager.getRepository(PlacementEntity).update(placement.id, {
        outcome: input.outcome,
        outcomeEffectiveDate: effectiveDate,
        outcomeRecordedBy: user.personId,
        outcomeRecordedAt: new Date(),
      });
      const event = outcomeEvent(input.outcome, placement, input.promotedTo);
      if (event) {
        await manager.getRepository(CareerEventEntity).insert({
          eventId: `internship-outcome:${placement.id}`,
          source: 'lead_recorded',
          personId: intern,
          ...event,
          effectiveDate,
          confirmed: true,
          recordedBy: user.personId,
          confirmedBy: user.personId,
        });
      }
      if (input.outcome === 'left') {
        await manager
          .getRepository(EnrolmentEntity)
          .update(
            { cohortId: placement.cohortId, personId: intern, role: 'participant' },
            { endDate: effectiveDate },
          );
      }
      const programme = await manager
        .getRepository(ProgrammeEntity)
        .findOneByOrFail({ id: placement.programmeId });
      await this.notifications.notify(
        await coordinatorIds(manager, programme.code),
        {
          kind: 'internship.outcome',
          title: 'A placement outcome was recorded',
          body: `${programme.name}: ${PLACEMENT_OUTCOME_LABELS[input.outcome].toLowerCase()}, from ${longDate(effectiveDate)}.`,
          link: `/internships/manage/intakes/${placement.cohortId}`,
        },
        manager,
      );
      return placement.id;
    });
  }
}
