import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataHolder, PersonalDataSections } from '@pathways/api-privacy';
import { EntityManager, In } from 'typeorm';
import { CheckInEntity } from './entities/check-in.entity';
import { InternshipApplicationEntity } from './entities/internship-application.entity';
import { PlacementEntity } from './entities/placement.entity';

/**
 * What internships hold about a person: their applications (with what they told us about
 * their time in care), and their placements and check-ins as an intern. Membership of the
 * peer network is the vacancies feature's (networks), which exports and erases it.
 */
@Injectable()
@HoldsPersonalData(60)
export class InternshipDataHolder implements PersonalDataHolder {
  async exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections> {
    const applications = await manager
      .getRepository(InternshipApplicationEntity)
      .find({ where: { personId }, order: { createdAt: 'ASC' } });
    const placements = await manager
      .getRepository(PlacementEntity)
      .find({ where: { internPersonId: personId }, order: { startDate: 'ASC' } });
    const checkIns = placements.length
      ? await manager.getRepository(CheckInEntity).find({
          where: { placementId: In(placements.map((p) => p.id)) },
          order: { month: 'ASC' },
        })
      : [];
    // Someone who never applied or interned has no internships section at all.
    if (applications.length === 0 && placements.length === 0) return {};
    return {
      internships: {
        applications: applications.map((a) => ({
          intakeId: a.cohortId,
          weeksInCare: a.weeksInCare,
          inCareAfterSixteen: a.inCareAfterSixteen,
          preferredRegions: a.preferredRegions,
          preferredWork: a.preferredWork,
          status: a.status,
          appliedAt: a.createdAt,
        })),
        placements: placements.map((p) => ({
          department: p.departmentCode,
          team: p.team,
          grade: p.gradeCode,
          region: p.regionCode,
          startDate: p.startDate,
          endDate: p.endDate,
          outcome: p.outcome,
          outcomeEffectiveDate: p.outcomeEffectiveDate,
          checkIns: checkIns
            .filter((c) => c.placementId === p.id)
            .map((c) => ({ month: c.month, status: c.status, notes: c.notes })),
        })),
      },
    };
  }

  /** Care details and notes go; placements and outcomes stay, anonymous, for the counts. */
  async eraseFor(personId: string, manager: EntityManager): Promise<void> {
    await manager
      .getRepository(InternshipApplicationEntity)
      .update(
        { personId },
        { weeksInCare: null, inCareAfterSixteen: null, preferredRegions: [], preferredWork: [] },
      );
    const placements = await manager
      .getRepository(PlacementEntity)
      .find({ where: { internPersonId: personId }, select: { id: true } });
    if (placements.length) {
      await manager
        .getRepository(CheckInEntity)
        .update({ placementId: In(placements.map((p) => p.id)) }, { notes: '' });
    }
  }
}
