import { Injectable } from '@nestjs/common';
import { AuditService } from '@pathways/api-audit';
import { AuthenticatedUser } from '@pathways/api-core';
import { DepartmentEntity } from '@pathways/api-people';
import { CohortEntity, isoDate, ProgrammeEntity } from '@pathways/api-programmes';
import { DataSource, EntityManager, In } from 'typeorm';
import { PlacementEntity } from '../entities/placement.entity';
import type {
  DepartmentIntake,
  DepartmentInternships,
  DepartmentPlacement,
} from '../models/department.model';
import { internshipSettingsOf } from '../rules/internship-settings';
import { isTakingPlacements } from '../rules/placement-offering';
import { departmentsLed } from './internship-access';
import { fullName, peopleById } from './people-lookup';
import { trainingStatusOf } from './placement-view';
import { loadReferenceNames } from './reference-names';

/** A department lead's view: intakes to offer placements to, and their departments' placements. */
@Injectable()
export class DepartmentInternshipsService {
  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async view(user: AuthenticatedUser): Promise<DepartmentInternships> {
    const manager = this.dataSource.manager;
    const today = isoDate(new Date());
    const led = departmentsLed(user);
    const departments = await manager
      .getRepository(DepartmentEntity)
      .find({ where: led === 'all' ? {} : { code: In(led) }, order: { name: 'ASC' } });
    const placements = await manager.getRepository(PlacementEntity).find({
      where: led === 'all' ? {} : { departmentCode: In(led) },
      order: { startDate: 'DESC', createdAt: 'ASC' },
    });
    const programmes = await manager.getRepository(ProgrammeEntity).find({
      where: { type: 'internship' },
    });
    const programmeById = new Map(programmes.map((p) => [p.id, p]));
    const cohorts = programmes.length
      ? await manager.getRepository(CohortEntity).find({
          where: { programmeId: In(programmes.map((p) => p.id)) },
          order: { startDate: { direction: 'ASC', nulls: 'LAST' }, code: 'ASC' },
        })
      : [];
    const cohortById = new Map(cohorts.map((c) => [c.id, c]));
    const intakes: DepartmentIntake[] =
      departments.length === 0
        ? []
        : cohorts
            .filter((cohort) => isTakingPlacements(cohort, today))
            .map((cohort) => {
              const programme = programmeById.get(cohort.programmeId);
              return {
                id: cohort.id,
                code: cohort.code,
                name: cohort.name,
                programmeName: programme?.name ?? '',
                applicationsOpen: cohort.applicationsOpen,
                applicationsClose: cohort.applicationsClose,
                startDate: cohort.startDate,
                termMonths: internshipSettingsOf(programme?.settings ?? {}).termMonths,
              };
            });
    const views = await this.placementViews(manager, placements, cohortById, programmeById);
    await this.auditInterns(user, placements);
    return {
      departments: departments.map(({ code, name }) => ({ code, name })),
      intakes,
      placements: views,
    };
  }

  /** A placement just offered (so no intern yet), as its department's leads see it. */
  async placement(placement: PlacementEntity): Promise<DepartmentPlacement> {
    const manager = this.dataSource.manager;
    const cohort = await manager
      .getRepository(CohortEntity)
      .findOneByOrFail({ id: placement.cohortId });
    const programme = await manager
      .getRepository(ProgrammeEntity)
      .findOneByOrFail({ id: placement.programmeId });
    const [view] = await this.placementViews(
      manager,
      [placement],
      new Map([[cohort.id, cohort]]),
      new Map([[programme.id, programme]]),
    );
    return view;
  }

  private async placementViews(
    manager: EntityManager,
    placements: PlacementEntity[],
    cohortById: Map<string, CohortEntity>,
    programmeById: Map<string, ProgrammeEntity>,
  ): Promise<DepartmentPlacement[]> {
    const today = isoDate(new Date());
    const names = await loadReferenceNames(manager);
    const people = await peopleById(
      manager,
      placements.flatMap((p) => [p.lineManagerPersonId, p.internPersonId]),
    );
    return placements.map((placement) => {
      const intern = placement.internPersonId ? people.get(placement.internPersonId) : undefined;
      return {
        id: placement.id,
        intakeId: placement.cohortId,
        intakeName: cohortById.get(placement.cohortId)?.name ?? '',
        programmeName: programmeById.get(placement.programmeId)?.name ?? '',
        departmentCode: placement.departmentCode,
        departmentName: names.department(placement.departmentCode),
        team: placement.team,
        gradeCode: placement.gradeCode,
        regionName: names.region(placement.regionCode),
        workAreaName: names.work(placement.workArea),
        lineManagerName: fullName(people.get(placement.lineManagerPersonId)),
        startDate: placement.startDate,
        termMonths: placement.termMonths,
        endDate: placement.endDate,
        filled: placement.internPersonId !== null,
        trainingStatus: trainingStatusOf(placement, today),
        trainingCompletedOn: placement.trainingCompletedOn,
        outcome: placement.outcome,
        outcomeEffectiveDate: placement.outcomeEffectiveDate,
        // The intern has joined the department as a member of its staff, so the department
        // knows who they are; their name is all it gets here (no care or SEB details), and
        // only for its own filled placements, never for applicants or unfilled ones.
        internName: intern && !intern.erasedAt ? fullName(intern) : null,
      };
    });
  }

  /** Being an intern of the scheme says someone is a care leaver: showing the name is audited. */
  private async auditInterns(user: AuthenticatedUser, placements: PlacementEntity[]) {
    const interns = [
      ...new Set(placements.flatMap((p) => (p.internPersonId ? [p.internPersonId] : []))),
    ];
    if (interns.length === 0) return;
    await this.audit.record({
      actorPersonId: user.personId,
      action: 'sensitive_data.read',
      subjectPersonIds: interns,
      detail: { view: 'department_placements', revealed: 'care_leaver_intern' },
    });
  }
}
