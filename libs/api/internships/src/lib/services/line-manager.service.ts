import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput, notFound } from '@pathways/api-core';
import { NotificationsService } from '@pathways/api-notifications';
import { CohortEntity, isoDate, isValidIsoDate, ProgrammeEntity } from '@pathways/api-programmes';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CheckInEntity } from '../entities/check-in.entity';
import { PlacementEntity } from '../entities/placement.entity';
import {
  RecordInternCheckInInput,
  RecordLineManagerTrainingInput,
} from '../inputs/line-manager.inputs';
import type { ManagedPlacement } from '../models/placement.model';
import { longMonth, monthOf } from '../rules/calendar';
import { coordinatorIds } from './coordinator-contacts';
import { assertLineManages, assertManagesIntern } from './internship-access';
import { peopleById } from './people-lookup';
import { placementFields } from './placement-view';
import { loadReferenceNames } from './reference-names';

/** Months from the start to today (or the end, if sooner), newest first. */
export function checkInMonths(placement: PlacementEntity, today: string): string[] {
  if (!placement.internPersonId || today < placement.startDate) return [];
  const last = monthOf(today < placement.endDate ? today : placement.endDate);
  const months: string[] = [];
  let [year, month] = monthOf(placement.startDate).split('-').map(Number);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) break;
    months.unshift(current);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The line manager's side of a placement: their view, training and monthly check-ins. */
@Injectable()
export class LineManagerService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  /** Placements the user line manages, soonest start first; nobody else's. */
  async managed(user: AuthenticatedUser): Promise<ManagedPlacement[]> {
    const placements = await this.dataSource.getRepository(PlacementEntity).find({
      where: { lineManagerPersonId: user.personId },
      order: { startDate: 'ASC', createdAt: 'ASC' },
    });
    return this.views(this.dataSource.manager, placements);
  }

  async one(user: AuthenticatedUser, placementId: string): Promise<ManagedPlacement> {
    const placement = await this.find(this.dataSource.manager, placementId);
    assertLineManages(user, placement);
    const [view] = await this.views(this.dataSource.manager, [placement]);
    return view;
  }

  /**
   * Training is the line manager's, so it counts for every placement of theirs in the intake
   * that does not have it yet.
   */
  async recordTraining(
    user: AuthenticatedUser,
    input: RecordLineManagerTrainingInput,
  ): Promise<ManagedPlacement> {
    const placement = await this.find(this.dataSource.manager, input.placementId);
    assertLineManages(user, placement);
    if (!isValidIsoDate(input.completedOn)) throw badInput('Enter a real date', 'completedOn');
    if (input.completedOn > isoDate(new Date())) {
      throw badInput(
        'The date you completed the training must be today or in the past',
        'completedOn',
      );
    }
    await this.dataSource.getRepository(PlacementEntity).update(
      {
        lineManagerPersonId: user.personId,
        cohortId: placement.cohortId,
        trainingCompletedOn: IsNull(),
      },
      { trainingCompletedOn: input.completedOn },
    );
    return this.one(user, placement.id);
  }

  /** One per month: recording a month again replaces it. "Needs support" tells the coordinators. */
  async recordCheckIn(
    user: AuthenticatedUser,
    input: RecordInternCheckInInput,
  ): Promise<ManagedPlacement> {
    await this.dataSource.transaction(async (manager) => {
      const placement = await this.find(manager, input.placementId);
      assertManagesIntern(user, placement);
      if (!checkInMonths(placement, isoDate(new Date())).includes(input.month)) {
        throw badInput('Select a month of the placement, up to this month', 'month');
      }
      await manager.getRepository(CheckInEntity).upsert(
        {
          placementId: placement.id,
          month: `${input.month}-01`,
          status: input.status,
          notes: input.notes.trim(),
          recordedBy: user.personId,
        },
        { conflictPaths: ['placementId', 'month'] },
      );
      if (input.status === 'needs_support') {
        const programme = await manager
          .getRepository(ProgrammeEntity)
          .findOneByOrFail({ id: placement.programmeId });
        await this.notifications.notify(
          await coordinatorIds(manager, programme.code),
          {
            kind: 'internship.needs_support',
            title: 'An intern needs support',
            body: `${programme.name}: a line manager says their intern needs support (${longMonth(input.month)} check-in).`,
            link: `/internships/manage/intakes/${placement.cohortId}`,
          },
          manager,
        );
      }
    });
    return this.one(user, input.placementId);
  }

  private async find(manager: EntityManager, id: string): Promise<PlacementEntity> {
    const placement = await manager.getRepository(PlacementEntity).findOne({ where: { id } });
    if (!placement) throw notFound('No such placement');
    return placement;
  }

  private async views(
    manager: EntityManager,
    placements: PlacementEntity[],
  ): Promise<ManagedPlacement[]> {
    if (placements.length === 0) return [];
    const today = isoDate(new Date());
    const people = await peopleById(
      manager,
      placements.flatMap((p) => [p.lineManagerPersonId, p.internPersonId]),
    );
    const names = await loadReferenceNames(manager);
    const cohorts = await manager.getRepository(CohortEntity).find({
      where: { id: In(placements.map((p) => p.cohortId)) },
      relations: { programme: true },
    });
    const cohortOf = new Map(cohorts.map((c) => [c.id, c]));
    const checkIns = await manager.getRepository(CheckInEntity).find({
      where: { placementId: In(placements.map((p) => p.id)) },
      order: { month: 'DESC' },
    });
    return placements.map((placement) => {
      const cohort = cohortOf.get(placement.cohortId);
      return {
        ...placementFields(placement, { people, names, today }),
        programmeName: cohort?.programme?.name ?? '',
        intakeName: cohort?.name ?? '',
        checkIns: checkIns
          .filter((c) => c.placementId === placement.id)
          .map((c) => ({
            month: monthOf(c.month),
            status: c.status,
            notes: c.notes,
            recordedAt: c.updatedAt,
          })),
        canRecordOutcome:
          placement.internPersonId !== null &&
          placement.outcome === null &&
          today >= placement.startDate,
        checkInMonths: checkInMonths(placement, today),
      };
    });
  }
}
