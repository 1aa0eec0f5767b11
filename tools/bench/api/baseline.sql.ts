// The rest of the programme dashboard in hand-written SQL; the progression part is the outcome
// report, whose hand-written SQL bench:outcomes already has.
import { SEB } from '../outcomes/baseline.sql';

/** $1 programme code, $2 today. */
export const BASELINE_PARTICIPATION_SQL = `
WITH latest AS (
  SELECT DISTINCT ON (person_id) person_id, seb_occupation
  FROM person_snapshot ORDER BY person_id, snapshot_date DESC
)
SELECT ${SEB('latest.seb_occupation')} AS seb_group, count(*)::int AS participants,
       count(*) FILTER (WHERE e.start_date <= $2 AND (e.end_date IS NULL OR e.end_date > $2))::int
         AS active,
       count(*) FILTER (WHERE e.met_expectations)::int AS met_expectations_yes,
       count(e.met_expectations)::int AS met_expectations_answered,
       count(*) FILTER (WHERE e.sessions_interesting)::int AS sessions_interesting_yes,
       count(e.sessions_interesting)::int AS sessions_interesting_answered
FROM enrolment e JOIN programme p ON p.id = e.programme_id
LEFT JOIN latest USING (person_id)
WHERE p.code = $1 AND e.role = 'participant'
GROUP BY 1`;

/** $1 programme code. */
export const BASELINE_SESSIONS_SQL = `
WITH latest AS (
  SELECT DISTINCT ON (person_id) person_id, seb_occupation
  FROM person_snapshot ORDER BY person_id, snapshot_date DESC
)
SELECT ${SEB('latest.seb_occupation')} AS seb_group, count(*)::int AS sessions
FROM mentoring_session ms
JOIN mentoring_relationship r ON r.id = ms.relationship_id
JOIN cohort c ON c.id = r.cohort_id JOIN programme p ON p.id = c.programme_id
LEFT JOIN latest ON latest.person_id = r.mentee_person_id
WHERE p.code = $1
GROUP BY 1`;
