import { Injectable } from '@nestjs/common';
import { AuditService } from '@pathways/api-audit';
import { AuthenticatedUser } from '@pathways/api-core';
import { isoDate, isWindowOpen } from '@pathways/api-programmes';
import { DataSource, In } from 'typeorm';
import { CheckInEntity } from '../entities/check-in.entity';
import { InternshipApplicationEntity } from '../entities/internship-application.entity';
import { InternshipMatchEntity } from '../entities/internship-match.entity';
import { PlacementEntity } from '../entities/placement.entity';
import type { ApplicantStatus } from '../models/enums';
import type { IntakeApplicant, InternshipIntake, InternshipMatch } from '../models/intake.model';
import { placementPerson } from '../models/placement-person.model';
import { monthOf } from '../rules/calendar';
import { internshipSettingsOf } from '../rules/internship-settings';
import { internshipIntake } from './intake-lookup';
import { assertCoordinates } from './internship-access';
import { peopleById } from './people-lookup';
import { placementFields, placementSummary } from './placement-view';
import { loadReferenceNames } from './reference-names';

const SHOWN_MATCHES = ['suggested', 'offered', 'accepted', 'declined'] as const;

function applicantStatus(match: InternshipMatchEntity | undefined): ApplicantStatus {
  switch (match?.status) {
    case 'accepted':
      return 'placed';
    case 'offered':
      return 'offered';
    case 'suggested':
      return 'suggested';
    default:
      return 'waiting';
  }
}

/** The coordinator's whole view of an intake. */
@Injectable()
export class IntakeViewService {
  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Applicants appear without their care details; but applying says someone is a care
   * leaver, so showing them to the coordinator is recorded as a read of sensitive data.
   */
  async view(user: AuthenticatedUser, intakeId: string): Promise<InternshipIntake> {
    const manager = this.dataSource.manager;
    const { cohort, programme } = await internshipIntake(manager, intakeId);
    assertCoordinates(user, programme.code);
    const today = isoDate(new Date());
    const placements = await manager.getRepository(PlacementEntity).find({
      where: { cohortId: cohort.id },
      order: { startDate: 'ASC', createdAt: 'ASC' },
    });
    const applications = await manager.getRepository(InternshipApplicationEntity).find({
      where: { cohortId: cohort.id, status: 'active' },
      order: { createdAt: 'ASC' },
    });
    const matches = await manager.getRepository(InternshipMatchEntity).find({
      where: { cohortId: cohort.id, status: In([...SHOWN_MATCHES]) },
      order: { score: 'DESC', createdAt: 'ASC' },
    });
    const checkIns = placements.length
      ? await manager.getRepository(CheckInEntity).find({
          where: { placementId: In(placements.map((p) => p.id)) },
          order: { month: 'DESC' },
        })
      : [];
    const people = await peopleById(manager, [
      ...placements.flatMap((p) => [p.lineManagerPersonId, p.internPersonId]),
      ...applications.map((a) => a.personId),
    ]);
    const names = await loadReferenceNames(manager);
    if (applications.length) {
      await this.audit.record({
        actorPersonId: user.personId,
        action: 'sensitive_data.read',
        subjectPersonIds: [...new Set(applications.map((a) => a.personId))],
        detail: {
          view: 'internship_intake',
          intakeId: cohort.id,
          revealed: 'care_leaver_applicant',
        },
      });
    }
    const live = matches.filter((m) => m.status !== 'declined');
    const liveByPlacement = new Map(live.map((m) => [m.placementId, m]));
    const liveByApplication = new Map(live.map((m) => [m.applicationId, m]));
    const placementById = new Map(placements.map((p) => [p.id, p]));
    const applicants: IntakeApplicant[] = applications.flatMap((application) => {
      const person = people.get(application.personId);
      if (!person || person.erasedAt) return [];
      return [
        {
          applicationId: application.id,
          person: placementPerson(person),
          preferredRegions: application.preferredRegions.map(names.region),
          preferredWork: application.preferredWork.map(names.work),
          status: applicantStatus(liveByApplication.get(application.id)),
          appliedAt: application.createdAt,
        },
      ];
    });
    const matchViews: InternshipMatch[] = matches.flatMap((match) => {
      const person = people.get(match.personId);
      const placement = placementById.get(match.placementId);
      if (!person || !placement) return [];
      return [
        {
          id: match.id,
          status: match.status,
          score: match.score,
          explanation: match.explanation,
          candidate: placementPerson(person),
          placementId: placement.id,
          placementSummary: placementSummary(placement, names),
        },
      ];
    });
    const settings = internshipSettingsOf(programme.settings);
    return {
      id: cohort.id,
      code: cohort.code,
      name: cohort.name,
      applicationsOpen: cohort.applicationsOpen,
      applicationsClose: cohort.applicationsClose,
      startDate: cohort.startDate,
      isOpen: isWindowOpen(cohort, today),
      programmeId: programme.id,
      programmeCode: programme.code,
      programmeName: programme.name,
      settings,
      placements: placements.map((placement) => {
        const latest = checkIns.find((c) => c.placementId === placement.id);
        return {
          ...placementFields(placement, {
            people,
            names,
            today,
            liveMatch: liveByPlacement.get(placement.id),
          }),
          latestCheckIn: latest?.status ?? null,
          latestCheckInMonth: latest ? monthOf(latest.month) : null,
        };
      }),
      applicants,
      matches: matchViews,
      recordedOutcomes: placements.filter((p) => p.outcome !== null).length,
      trainingOutstanding: placements.filter((p) => p.trainingCompletedOn === null).length,
    };
  }
}
