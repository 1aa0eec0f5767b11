import { PROGRESSION_TYPES_SQL, sebGroupSql } from '../sql/seb-group.sql';

/**
 * The counts of the outcome report per SEB group (contracts.md, Outcome report).
 * $1 programme id, $2 as-of date.
 *
 * A comparison person counts once per cohort they compare with, judged from that cohort's
 * start C; only mature cohorts need one. A cohort's snapshot is the latest snapshot date on or
 * before C. Progression is a probe per (cohort, person) into the small partial index
 * career_event_progression: index-only, and a plan that does not depend on row estimates.
 */
export const OUTCOME_COUNTS_SQL = `
WITH participant AS (
  SELECT person_id, cohort_id, start_date, met_expectations, sessions_interesting
  FROM enrolment
  WHERE programme_id = $1 AND role = 'participant'
),
cohort_start AS (
  SELECT cohort_id, start_date,
         (SELECT max(snapshot_date) FROM person_snapshot WHERE snapshot_date <= start_date)
           AS snapshot_date
  FROM (SELECT cohort_id, min(start_date) AS start_date FROM participant GROUP BY cohort_id) c
  WHERE start_date + 365 <= $2::date
),
cell AS (
  SELECT DISTINCT cs.cohort_id, cs.start_date, cs.snapshot_date, s.department_code, s.grade_code
  FROM cohort_start cs
  JOIN participant p ON p.cohort_id = cs.cohort_id
  JOIN person_snapshot s ON s.person_id = p.person_id AND s.snapshot_date = cs.snapshot_date
),
comparison AS (
  SELECT s.person_id, cell.start_date
  FROM cell
  JOIN person_snapshot s
    ON s.snapshot_date = cell.snapshot_date
   AND s.department_code = cell.department_code
   AND s.grade_code = cell.grade_code
  WHERE s.person_id NOT IN (SELECT person_id FROM enrolment WHERE programme_id = $1)
),
member AS (
  SELECT p.person_id, true AS is_participant, p.met_expectations, p.sessions_interesting,
         p.start_date + 365 <= $2::date AS mature,
         EXISTS (
           SELECT 1 FROM career_event ev
           WHERE ev.person_id = p.person_id AND ev.confirmed
             AND ev.type IN ${PROGRESSION_TYPES_SQL}
             AND ev.effective_date > p.start_date AND ev.effective_date <= p.start_date + 365
         ) AS progressed
  FROM participant p
  UNION ALL
  SELECT c.person_id, false, NULL, NULL, true,
         EXISTS (
           SELECT 1 FROM career_event ev
           WHERE ev.person_id = c.person_id AND ev.confirmed
             AND ev.type IN ${PROGRESSION_TYPES_SQL}
             AND ev.effective_date > c.start_date AND ev.effective_date <= c.start_date + 365
         )
  FROM comparison c
),
latest AS (
  SELECT DISTINCT ON (s.person_id) s.person_id, s.seb_occupation
  FROM person_snapshot s
  WHERE s.person_id IN (SELECT person_id FROM member)
  ORDER BY s.person_id, s.snapshot_date DESC
)
SELECT ${sebGroupSql('latest.seb_occupation')} AS seb_group,
       count(*) FILTER (WHERE is_participant)::int AS participants,
       count(*) FILTER (WHERE is_participant AND mature)::int AS mature,
       count(*) FILTER (WHERE is_participant AND mature AND progressed)::int AS progressed,
       count(*) FILTER (WHERE NOT is_participant AND mature)::int AS comparison_mature,
       count(*) FILTER (WHERE NOT is_participant AND mature AND progressed)::int
         AS comparison_progressed,
       count(*) FILTER (WHERE met_expectations)::int AS met_expectations_yes,
       count(met_expectations)::int AS met_expectations_answered,
       count(*) FILTER (WHERE sessions_interesting)::int AS sessions_interesting_yes,
       count(sessions_interesting)::int AS sessions_interesting_answered
FROM member
LEFT JOIN latest ON latest.person_id = member.person_id
GROUP BY 1`;
