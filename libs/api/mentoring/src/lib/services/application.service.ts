import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@pathways/api-audit';
import { AuthenticatedUser, badInput, conflict, notFound } from '@pathways/api-core';
import { NotificationsService } from '@pathways/api-notifications';
import { RegionEntity } from '@pathways/api-people';
import {
  CohortService,
  isoDate,
  isWindowOpen,
  MATCHED_PROGRAMME_TYPES,
} from '@pathways/api-programmes';
import { DataSource, In, Repository } from 'typeorm';
import { MenteeApplicationEntity } from '../entities/mentee-application.entity';
import { RelationshipEntity } from '../entities/relationship.entity';
import { ApplyToCohortInput, WithdrawApplicationInput } from '../inputs/mentee.inputs';
import { evaluateEligibility } from '../rules/eligibility';
import { ApplicantFactsService } from './applicant-facts.service';
import { isUniqueViolation } from './database-errors';
import { LeadAccessService } from './lead-access.service';

export interface ApplicantWithEligibility {
  application: MenteeApplicationEntity;
  eligible: boolean;
}

@Injectable()
export class ApplicationService {
  constructor(
    @InjectRepository(MenteeApplicationEntity)
    private readonly applications: Repository<MenteeApplicationEntity>,
    private readonly cohorts: CohortService,
    private readonly facts: ApplicantFactsService,
    private readonly leads: LeadAccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  mine(user: AuthenticatedUser): Promise<MenteeApplicationEntity[]> {
    return this.applications.find({
      where: { personId: user.personId },
      order: { createdAt: 'DESC' },
    });
  }

  /** Eligibility is checked again here, on the server, from the caller's own answers. */
  async apply(
    user: AuthenticatedUser,
    input: ApplyToCohortInput,
  ): Promise<MenteeApplicationEntity> {
    const { cohort, programme } = await this.cohorts.withProgramme(input.cohortId);
    if (!(MATCHED_PROGRAMME_TYPES as readonly string[]).includes(programme.type)) {
      throw badInput('This programme does not take mentee applications', 'cohortId');
    }
    const today = isoDate(new Date());
    if (!isWindowOpen(cohort, today)) {
      throw conflict('Applications for this cohort are closed', 'cohortId');
    }
    const verdict = evaluateEligibility(
      programme.eligibility,
      await this.facts.forPerson(user.personId),
      cohort.startDate ?? today,
    );
    if (!verdict.eligible) {
      throw badInput(
        `You are not eligible for this programme. ${verdict.reasons.join(' ')}`,
        'cohortId',
      );
    }
    const region = input.region?.trim() || null;
    if (
      region &&
      !(await this.dataSource.getRepository(RegionEntity).exists({ where: { code: region } }))
    ) {
      throw badInput('Choose a region from the list', 'region');
    }
    if (
      await this.applications.exists({
        where: { cohortId: cohort.id, personId: user.personId, status: 'active' },
      })
    ) {
      throw conflict('You have already applied to this cohort', 'cohortId');
    }
    try {
      return await this.applications.save(
        this.applications.create({
          cohortId: cohort.id,
          personId: user.personId,
          goals: input.goals.trim(),
          topics: [...new Set(input.topics)],
          professionPreference: input.professionPreference,
          departmentPreference: input.departmentPreference,
          region,
          availability: input.availability.trim(),
          status: 'active',
          previouslyUnmatched: false,
          withdrawnAt: null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('You have already applied to this cohort', 'cohortId');
      throw error;
    }
  }

  /** Pending pairs of the mentee are withdrawn too; an active relationship must be ended instead. */
  async withdraw(
    user: AuthenticatedUser,
    input: WithdrawApplicationInput,
  ): Promise<MenteeApplicationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.getRepository(MenteeApplicationEntity).findOne({
        where: { id: input.applicationId, personId: user.personId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw notFound('No such application');
      if (application.status === 'withdrawn') return application;
      const relationships = manager.getRepository(RelationshipEntity);
      const live = await relationships.find({
        where: {
          menteeApplicationId: application.id,
          status: In(['suggested', 'proposed', 'active']),
        },
      });
      if (live.some((relationship) => relationship.status === 'active')) {
        throw conflict('You have an active mentoring relationship: end it instead of withdrawing');
      }
      if (live.length) {
        await relationships.update({ id: In(live.map((r) => r.id)) }, { status: 'withdrawn' });
      }
      const mentorsToTell = live
        .filter((r) => r.status === 'proposed')
        .map((r) => r.mentorPersonId);
      await this.notifications.notify(
        mentorsToTell,
        {
          kind: 'proposal.withdrawn',
          title: 'A mentoring proposal was withdrawn',
          body: 'The mentee has withdrawn their application, so the proposal no longer stands.',
          link: '/mentoring/proposals',
        },
        manager,
      );
      application.status = 'withdrawn';
      application.withdrawnAt = new Date();
      return manager.getRepository(MenteeApplicationEntity).save(application);
    });
  }

  /**
   * The cohort's applicants with eligible yes / no for the lead. Working that out reads their
   * sensitive answers on the lead's behalf, so the read is audited.
   */
  async forCohort(user: AuthenticatedUser, cohortId: string): Promise<ApplicantWithEligibility[]> {
    const { cohort, programme } = await this.leads.leadCohort(user, cohortId);
    const applications = await this.applications.find({
      where: { cohortId: cohort.id, status: 'active' },
      order: { createdAt: 'ASC' },
    });
    if (applications.length === 0) return [];
    const onDate = cohort.startDate ?? isoDate(new Date());
    const facts = await this.facts.forPeople(applications.map((a) => a.personId));
    await this.audit.record({
      actorPersonId: user.personId,
      action: 'sensitive_data.read',
      subjectPersonIds: [...new Set(applications.map((a) => a.personId))],
      detail: { view: 'cohort_applications', cohortId: cohort.id, revealed: 'eligible_yes_no' },
    });
    return applications.map((application, i) => {
      const found = facts[i];
      return {
        application,
        eligible: found
          ? evaluateEligibility(programme.eligibility, found, onDate).eligible
          : false,
      };
    });
  }
}
