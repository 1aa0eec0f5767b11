import { Injectable } from '@nestjs/common';
import { AuditService } from '@pathways/api-audit';
import { AuthenticatedUser } from '@pathways/api-core';
import { PersonEntity } from '@pathways/api-people';
import { isoDate } from '@pathways/api-programmes';
import { CsvValue, formatCsv } from '@pathways/domain-stats';
import { DataSource, In, Not } from 'typeorm';
import { MentoringSessionEntity } from '../entities/mentoring-session.entity';
import { RelationshipEntity } from '../entities/relationship.entity';
import { inactiveSince } from '../rules/inactivity';
import { LeadAccessService } from './lead-access.service';

export const COHORT_EXPORT_COLUMNS = [
  'relationship_id',
  'status',
  'mentee_staff_number',
  'mentee_name',
  'mentee_department',
  'mentee_grade',
  'mentor_staff_number',
  'mentor_name',
  'mentor_department',
  'mentor_grade',
  'score',
  'proposed_on',
  'started_on',
  'ended_on',
  'end_reason',
  'sessions',
  'session_minutes',
  'last_session_on',
  'session_topics',
  'inactive_since',
] as const;

interface SessionTotals {
  sessions: number;
  minutes: number;
  last: string | null;
  topics: string[];
}

/**
 * A cohort's pairs and their activity as CSV for its leads. Never SEB answers, eligibility
 * or private notes. Every export is audited with the people it names.
 */
@Injectable()
export class CohortExportService {
  constructor(
    private readonly leads: LeadAccessService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async csv(user: AuthenticatedUser, cohortId: string, now = new Date()): Promise<string> {
    const { cohort, programme } = await this.leads.leadCohort(user, cohortId);
    const relationships = await this.dataSource.getRepository(RelationshipEntity).find({
      where: { cohortId: cohort.id, status: Not(In(['suggested', 'discarded'])) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const personIds = [
      ...new Set(relationships.flatMap((r) => [r.menteePersonId, r.mentorPersonId])),
    ];
    const [people, totals] = await Promise.all([
      personIds.length
        ? this.dataSource.getRepository(PersonEntity).findBy({ id: In(personIds) })
        : Promise.resolve([]),
      this.sessionTotals(relationships.map((r) => r.id)),
    ]);
    const personOf = new Map(people.map((p) => [p.id, p]));
    const today = isoDate(now);
    const rows: CsvValue[][] = relationships.map((r) => {
      const mentee = personOf.get(r.menteePersonId);
      const mentor = personOf.get(r.mentorPersonId);
      const activity = totals.get(r.id) ?? { sessions: 0, minutes: 0, last: null, topics: [] };
      return [
        r.id,
        r.status,
        mentee?.staffNumber ?? null,
        mentee ? `${mentee.givenName} ${mentee.familyName}` : null,
        mentee?.departmentCode ?? null,
        mentee?.gradeCode ?? null,
        mentor?.staffNumber ?? null,
        mentor ? `${mentor.givenName} ${mentor.familyName}` : null,
        mentor?.departmentCode ?? null,
        mentor?.gradeCode ?? null,
        r.score,
        r.proposedAt ? isoDate(r.proposedAt) : null,
        r.startedOn,
        r.endedOn,
        r.endReason,
        activity.sessions,
        activity.minutes,
        activity.last,
        activity.topics.join(' '),
        inactiveSince(r, activity.last, today),
      ];
    });
    await this.audit.record({
      actorPersonId: user.personId,
      action: 'export.report',
      subjectPersonIds: personIds,
      detail: {
        report: 'cohort_matches_and_activity',
        programme: programme.code,
        cohort: cohort.code,
      },
    });
    return formatCsv([[...COHORT_EXPORT_COLUMNS], ...rows]);
  }

  private async sessionTotals(relationshipIds: string[]): Promise<Map<string, SessionTotals>> {
    if (relationshipIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(MentoringSessionEntity)
      .createQueryBuilder('s')
      .select('s.relationship_id', 'relationshipId')
      .addSelect('count(*)::int', 'sessions')
      .addSelect('coalesce(sum(s.duration_minutes), 0)::int', 'minutes')
      .addSelect(`to_char(max(s.held_on), 'YYYY-MM-DD')`, 'last')
      .addSelect(
        `array(SELECT DISTINCT t FROM mentoring_session s2, unnest(s2.topics) t
               WHERE s2.relationship_id = s.relationship_id ORDER BY t)`,
        'topics',
      )
      .where('s.relationship_id IN (:...ids)', { ids: relationshipIds })
      .groupBy('s.relationship_id')
      .getRawMany<{ relationshipId: string } & SessionTotals>();
    return new Map(rows.map((row) => [row.relationshipId, row]));
  }
}
