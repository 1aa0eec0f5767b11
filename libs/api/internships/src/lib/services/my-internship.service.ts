import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@pathways/api-core';
import { CohortEntity } from '@pathways/api-programmes';
import { DataSource, In } from 'typeorm';
import { InternshipApplicationEntity } from '../entities/internship-application.entity';
import { InternshipMatchEntity } from '../entities/internship-match.entity';
import { PlacementEntity } from '../entities/placement.entity';
import type { InternshipOffer, MyInternshipApplication } from '../models/candidate.model';
import { fullName, peopleById } from './people-lookup';
import { loadReferenceNames } from './reference-names';

/** Only ever the caller's own applications and offers. */
@Injectable()
export class MyInternshipService {
  constructor(private readonly dataSource: DataSource) {}

  async applications(user: AuthenticatedUser): Promise<MyInternshipApplication[]> {
    const manager = this.dataSource.manager;
    const applications = await manager.getRepository(InternshipApplicationEntity).find({
      where: { personId: user.personId, status: 'active' },
      order: { createdAt: 'DESC' },
    });
    if (applications.length === 0) return [];
    const cohorts = await manager.getRepository(CohortEntity).find({
      where: { id: In(applications.map((a) => a.cohortId)) },
      relations: { programme: true },
    });
    const matches = await manager.getRepository(InternshipMatchEntity).find({
      where: { personId: user.personId, status: In(['offered', 'accepted']) },
    });
    const placements = matches.length
      ? await manager
          .getRepository(PlacementEntity)
          .findBy({ id: In(matches.map((m) => m.placementId)) })
      : [];
    const people = await peopleById(
      manager,
      placements.map((p) => p.lineManagerPersonId),
    );
    const names = await loadReferenceNames(manager);
    const cohortOf = new Map(cohorts.map((c) => [c.id, c]));
    const placementOf = new Map(placements.map((p) => [p.id, p]));
    return applications.map((application) => {
      const cohort = cohortOf.get(application.cohortId);
      const match = matches.find((m) => m.applicationId === application.id);
      const placement = match ? placementOf.get(match.placementId) : undefined;
      const offer: InternshipOffer | null =
        match && placement
          ? {
              matchId: match.id,
              status: match.status,
              departmentName: names.department(placement.departmentCode),
              team: placement.team,
              gradeCode: placement.gradeCode,
              regionName: names.region(placement.regionCode),
              workAreaName: names.work(placement.workArea),
              startDate: placement.startDate,
              endDate: placement.endDate,
              termMonths: placement.termMonths,
              lineManagerName: fullName(people.get(placement.lineManagerPersonId)),
              explanation: match.explanation,
            }
          : null;
      return {
        id: application.id,
        intakeId: application.cohortId,
        intakeName: cohort?.name ?? '',
        programmeName: cohort?.programme?.name ?? '',
        startDate: cohort?.startDate ?? null,
        weeksInCare: application.weeksInCare,
        inCareAfterSixteen: application.inCareAfterSixteen,
        preferredRegions: application.preferredRegions,
        preferredWork: application.preferredWork,
        appliedAt: application.createdAt,
        offer,
      };
    });
  }
}
