import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@pathways/api-audit';
import { AuthenticatedUser } from '@pathways/api-core';
import { PersonAnswersEntity } from '@pathways/api-people';
import { fairnessBySebGroup, FairnessRow } from '@pathways/domain-matching';
import { In, Repository } from 'typeorm';
import { MatchingRunEntity } from '../entities/matching-run.entity';
import { MenteeApplicationEntity } from '../entities/mentee-application.entity';
import { LIVE_STATUSES, RelationshipEntity } from '../entities/relationship.entity';
import { sebStatusOf } from './applicant-facts.service';
import { LeadAccessService } from './lead-access.service';

export interface MatchingBoard {
  run: MatchingRunEntity;
  pairs: RelationshipEntity[];
  unmatched: MenteeApplicationEntity[];
}

const STATUS_ORDER: Record<string, number> = { active: 0, proposed: 1, suggested: 2 };

/** What a lead reviews after a run: the pairs as they stand, and the fairness view. */
@Injectable()
export class MatchingReviewService {
  constructor(
    @InjectRepository(MatchingRunEntity) private readonly runs: Repository<MatchingRunEntity>,
    @InjectRepository(RelationshipEntity)
    private readonly relationships: Repository<RelationshipEntity>,
    @InjectRepository(MenteeApplicationEntity)
    private readonly applications: Repository<MenteeApplicationEntity>,
    @InjectRepository(PersonAnswersEntity)
    private readonly answers: Repository<PersonAnswersEntity>,
    private readonly leads: LeadAccessService,
    private readonly audit: AuditService,
  ) {}

  async board(user: AuthenticatedUser, cohortId: string): Promise<MatchingBoard | null> {
    await this.leads.leadCohort(user, cohortId);
    const run = await this.latestRun(cohortId);
    if (!run) return null;
    const [pairs, applications, finished] = await Promise.all([
      this.relationships.find({ where: { cohortId, status: In([...LIVE_STATUSES]) } }),
      this.applications.find({
        where: { cohortId, status: 'active' },
        order: { createdAt: 'ASC' },
      }),
      this.relationships.find({
        where: { cohortId, status: In(['completed', 'ended_early']) },
        select: { menteeApplicationId: true },
      }),
    ]);
    pairs.sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        b.score - a.score ||
        a.id.localeCompare(b.id),
    );
    const placed = new Set([...pairs, ...finished].map((r) => r.menteeApplicationId));
    return { run, pairs, unmatched: applications.filter((a) => !placed.has(a.id)) };
  }

  /**
   * Match rate and mean score of the latest run by the mentees' SEB group, with disclosure
   * control: the lead never sees anyone's group. Computing it reads sensitive answers, so the
   * read is audited (with no subjects: nothing about a person is revealed).
   */
  async fairness(
    user: AuthenticatedUser,
    cohortId: string,
  ): Promise<{ run: MatchingRunEntity; rows: FairnessRow[] } | null> {
    await this.leads.leadCohort(user, cohortId);
    const run = await this.latestRun(cohortId);
    if (!run) return null;
    const applicationIds = [
      ...run.result.pairs.map((pair) => pair.mentee),
      ...run.result.unmatched,
    ];
    const applications = applicationIds.length
      ? await this.applications.find({
          where: { id: In(applicationIds) },
          select: { id: true, personId: true },
        })
      : [];
    const personOf = new Map(applications.map((a) => [a.id, a.personId]));
    const answers = applications.length
      ? await this.answers.findBy({ personId: In(applications.map((a) => a.personId)) })
      : [];
    const answersOf = new Map(answers.map((row) => [row.personId, row]));
    const mentees = applicationIds.map((id) => {
      const status = sebStatusOf(answersOf.get(personOf.get(id) ?? '') ?? null);
      return { id, sebGroup: status.status === 'answered' ? status.group : 'unknown' };
    });
    await this.audit.record({
      actorPersonId: user.personId,
      action: 'sensitive_data.read',
      detail: {
        view: 'matching_fairness',
        cohortId,
        runId: run.id,
        revealed: 'suppressed_aggregates',
      },
    });
    return { run, rows: fairnessBySebGroup(mentees, run.result) };
  }

  private latestRun(cohortId: string): Promise<MatchingRunEntity | null> {
    return this.runs.findOne({ where: { cohortId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }
}
