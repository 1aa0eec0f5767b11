import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput } from '@pathways/api-core';
import { NotificationsService } from '@pathways/api-notifications';
import {
  DepartmentEntity,
  PersonEntity,
  ProfessionEntity,
  RegionEntity,
} from '@pathways/api-people';
import { isoDate, isValidIsoDate } from '@pathways/api-programmes';
import { DataSource, EntityManager } from 'typeorm';
import { PlacementEntity } from '../entities/placement.entity';
import { OfferPlacementInput } from '../inputs/programme.inputs';
import { longDate, termEnd } from '../rules/calendar';
import { internshipSettingsOf, TERM_MONTHS_RANGE } from '../rules/internship-settings';
import { PLACEMENT_GRADES } from '../rules/placement-grades';
import { internshipIntake } from './intake-lookup';
import { assertCoordinates, assertMayOfferPlacement } from './internship-access';

/**
 * Who may offer through this call: the intake's coordinators only (their mutation answers
 * with the whole intake, applicants and all), or also the leads of the placement's department.
 */
export type OfferAccess = 'coordinators' | 'coordinators_and_department_leads';

@Injectable()
export class PlacementOfferService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  /** A placement in a department, named line manager and all; they are told straight away. */
  async offer(
    user: AuthenticatedUser,
    input: OfferPlacementInput,
    access: OfferAccess,
  ): Promise<PlacementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { cohort, programme } = await internshipIntake(manager, input.intakeId);
      if (access === 'coordinators') {
        assertCoordinates(user, programme.code);
      } else {
        const department = await manager
          .getRepository(DepartmentEntity)
          .findOne({ where: { code: input.departmentCode } });
        const name = department?.name ?? input.departmentCode;
        assertMayOfferPlacement(
          user,
          programme.code,
          { code: input.departmentCode, name },
          cohort,
          isoDate(new Date()),
        );
      }
      await checkReference(manager, input);
      const lineManager = await manager.getRepository(PersonEntity).findOne({
        where: { staffNumber: input.lineManagerStaffNumber.trim() },
      });
      if (!lineManager || lineManager.erasedAt) {
        throw badInput('No one has that staff number: check it', 'lineManagerStaffNumber');
      }
      if (!isValidIsoDate(input.startDate)) throw badInput('Enter a real start date', 'startDate');
      if (input.startDate < isoDate(new Date())) {
        throw badInput('The start date must be today or in the future', 'startDate');
      }
      const termMonths = input.termMonths ?? internshipSettingsOf(programme.settings).termMonths;
      if (termMonths < TERM_MONTHS_RANGE.min || termMonths > TERM_MONTHS_RANGE.max) {
        throw badInput(
          `Enter a term of ${TERM_MONTHS_RANGE.min} to ${TERM_MONTHS_RANGE.max} months`,
          'termMonths',
        );
      }
      const repository = manager.getRepository(PlacementEntity);
      const placement = await repository.save(
        repository.create({
          cohortId: cohort.id,
          programmeId: programme.id,
          departmentCode: input.departmentCode,
          team: input.team.trim(),
          gradeCode: input.gradeCode,
          regionCode: input.regionCode,
          workArea: input.workArea,
          lineManagerPersonId: lineManager.id,
          startDate: input.startDate,
          termMonths,
          endDate: termEnd(input.startDate, termMonths),
          offeredBy: user.personId,
          internPersonId: null,
          applicationId: null,
          trainingCompletedOn: null,
          outcome: null,
          outcomeEffectiveDate: null,
          outcomeRecordedBy: null,
          outcomeRecordedAt: null,
        }),
      );
      await this.notifications.notify(
        [lineManager.id],
        {
          kind: 'internship.line_manager_named',
          title: 'You will line manage a care leaver intern',
          body: `You are the line manager of a ${programme.name} placement starting on ${longDate(input.startDate)}. Complete line manager training before then.`,
          link: '/internships/placements',
        },
        manager,
      );
      return placement;
    });
  }
}

async function checkReference(manager: EntityManager, input: OfferPlacementInput): Promise<void> {
  if (!(PLACEMENT_GRADES as readonly string[]).includes(input.gradeCode)) {
    throw badInput('Select AO or EO', 'gradeCode');
  }
  const exists = {
    departmentCode: await manager
      .getRepository(DepartmentEntity)
      .exists({ where: { code: input.departmentCode } }),
    regionCode: await manager
      .getRepository(RegionEntity)
      .exists({ where: { code: input.regionCode } }),
    workArea: await manager
      .getRepository(ProfessionEntity)
      .exists({ where: { code: input.workArea } }),
  };
  if (!exists.departmentCode)
    throw badInput('Select the department from the list', 'departmentCode');
  if (!exists.regionCode) throw badInput('Select the region from the list', 'regionCode');
  if (!exists.workArea) throw badInput('Select the kind of work from the list', 'workArea');
}
