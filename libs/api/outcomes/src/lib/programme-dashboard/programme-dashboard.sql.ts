import { sebGroupSql } from '../sql/seb-group.sql';

/**
 * Participants of a programme by SEB group: how many, how many in an active relationship
 * (started, and not ended by today), and their end-of-programme survey answers.
 * $1 programme id, $2 today.
 */
export const PROGRAMME_PARTICIPATION_SQL = `
SELECT ${sebGroupSql('latest.seb_occupation')} AS seb_group,
       count(*)::int AS participants,
       count(*) FILTER (WHERE e.start_date <= $2 AND (e.end_date IS NULL OR e.end_date > $2))::int
         AS active,
       count(*) FILTER (WHERE e.met_expectations)::int AS met_expectations_yes,
       count(e.met_expectations)::int AS met_expectations_answered,
       count(*) FILTER (WHERE e.sessions_interesting)::int AS sessions_interesting_yes,
       count(e.sessions_interesting)::int AS sessions_interesting_answered
FROM enrolment e
LEFT JOIN LATERAL (
  SELECT s.seb_occupation FROM person_snapshot s
  WHERE s.person_id = e.person_id
  ORDER BY s.snapshot_date DESC LIMIT 1
) latest ON true
WHERE e.programme_id = $1 AND e.role = 'participant'
GROUP BY 1`;

/** Mentoring sessions logged in the programme, by the mentee's SEB group. $1 programme id. */
export const PROGRAMME_SESSIONS_SQL = `
SELECT ${sebGroupSql('latest.seb_occupation')} AS seb_group, count(*)::int AS sessions
FROM mentoring_session ms
JOIN mentoring_relationship r ON r.id = ms.relationship_id
JOIN cohort c ON c.id = r.cohort_id
LEFT JOIN LATERAL (
  SELECT s.seb_occupation FROM person_snapshot s
  WHERE s.person_id = r.mentee_person_id
  ORDER BY s.snapshot_date DESC LIMIT 1
) latest ON true
WHERE c.programme_id = $1
GROUP BY 1`;
