// Hand-written SQL for the same numbers as the services, written the plain way: DISTINCT ON
// for each person's latest snapshot, EXISTS for progression, one GROUP BY per breakdown.

export const SEB = (column: string) => `CASE
  WHEN ${column} IN ('professional', 'manager') THEN 'professional'
  WHEN ${column} IN ('clerical', 'small_business') THEN 'intermediate'
  WHEN ${column} IN ('technical_craft', 'routine', 'long_term_unemployed') THEN 'lower'
  ELSE 'unknown' END`;

/** $1 programme code, $2 as-of date. */
export const BASELINE_REPORT_SQL = `
WITH programme_enrolment AS (
  SELECT e.* FROM enrolment e JOIN programme p ON p.id = e.programme_id WHERE p.code = $1
),
part AS (SELECT * FROM programme_enrolment WHERE role = 'participant'),
cohort_start AS (
  SELECT cohort_id, min(start_date) AS c FROM part GROUP BY cohort_id
),
cohort_snapshot AS (
  SELECT cohort_id, c,
         (SELECT max(snapshot_date) FROM person_snapshot WHERE snapshot_date <= c) AS snap
  FROM cohort_start
),
cells AS (
  SELECT DISTINCT cs.cohort_id, cs.c, cs.snap, ps.department_code, ps.grade_code
  FROM cohort_snapshot cs
  JOIN part p ON p.cohort_id = cs.cohort_id
  JOIN person_snapshot ps ON ps.person_id = p.person_id AND ps.snapshot_date = cs.snap
),
comparison AS (
  SELECT s.person_id, cells.c AS start_date
  FROM cells
  JOIN person_snapshot s ON s.snapshot_date = cells.snap
   AND s.department_code = cells.department_code AND s.grade_code = cells.grade_code
  WHERE NOT EXISTS (SELECT 1 FROM programme_enrolment x WHERE x.person_id = s.person_id)
),
everyone AS (
  SELECT person_id, start_date, true AS participant, met_expectations, sessions_interesting
  FROM part
  UNION ALL
  SELECT person_id, start_date, false, NULL, NULL FROM comparison
),
flagged AS (
  SELECT m.*, m.start_date + 365 <= $2::date AS mature,
         EXISTS (SELECT 1 FROM career_event ev WHERE ev.person_id = m.person_id AND ev.confirmed
                 AND ev.type IN ('promotion', 'temporary_promotion', 'lateral_move')
                 AND ev.effective_date > m.start_date AND ev.effective_date <= m.start_date + 365)
           AS progressed
  FROM everyone m
),
latest AS (
  SELECT DISTINCT ON (person_id) person_id, seb_occupation
  FROM person_snapshot ORDER BY person_id, snapshot_date DESC
)
SELECT ${SEB('latest.seb_occupation')} AS seb_group,
       count(*) FILTER (WHERE participant)::int AS participants,
       count(*) FILTER (WHERE participant AND mature)::int AS mature,
       count(*) FILTER (WHERE participant AND mature AND progressed)::int AS progressed,
       count(*) FILTER (WHERE NOT participant AND mature)::int AS comparison_mature,
       count(*) FILTER (WHERE NOT participant AND mature AND progressed)::int
         AS comparison_progressed,
       count(*) FILTER (WHERE met_expectations)::int AS met_expectations_yes,
       count(met_expectations)::int AS met_expectations_answered,
       count(*) FILTER (WHERE sessions_interesting)::int AS sessions_interesting_yes,
       count(sessions_interesting)::int AS sessions_interesting_answered
FROM flagged LEFT JOIN latest USING (person_id)
GROUP BY 1 ORDER BY 1`;

const BREAKDOWNS = [
  ['grade', 'grade_code'],
  ['department', 'department_code'],
  ['department_grade', "department_code || '/' || grade_code"],
  ['profession', 'profession_code'],
  ['region', 'region_code'],
  ['gender', 'gender'],
  ['ethnicity', 'ethnicity'],
  ['disability', 'disability'],
  ['sexual_orientation', 'sexual_orientation'],
];

/** $1 as-of date. */
export const BASELINE_WORKFORCE_SQL = `
WITH latest AS (
  SELECT DISTINCT ON (person_id) * FROM person_snapshot ORDER BY person_id, snapshot_date DESC
),
last_left AS (
  SELECT person_id, max(effective_date) AS d FROM career_event
  WHERE confirmed AND type = 'left' AND effective_date <= $1::date GROUP BY person_id
),
recent AS (
  SELECT person_id, bool_or(type = 'temporary_promotion') AS tp,
         bool_or(type = 'eoi_success') AS eoi
  FROM career_event
  WHERE confirmed AND type IN ('temporary_promotion', 'eoi_success')
    AND effective_date > $1::date - 365 AND effective_date <= $1::date
  GROUP BY person_id
),
w AS MATERIALIZED (
  SELECT l.*, ${SEB('l.seb_occupation')} AS seb_group,
         a.gender, a.ethnicity, a.disability, a.sexual_orientation,
         COALESCE(ll.d >= l.snapshot_date, false) AS gone,
         COALESCE(ll.d >= l.snapshot_date AND ll.d > $1::date - 365, false) AS leaver,
         COALESCE(r.tp, false) AS tp, COALESCE(r.eoi, false) AS eoi
  FROM latest l LEFT JOIN person_answers a USING (person_id)
  LEFT JOIN last_left ll USING (person_id) LEFT JOIN recent r USING (person_id)
)
${BREAKDOWNS.map(
  ([name, key]) =>
    `SELECT '${name}' AS breakdown, ${key} AS category, seb_group,
            count(*) FILTER (WHERE NOT gone) AS people FROM w GROUP BY 2, 3`,
).join('\nUNION ALL ')}
UNION ALL
SELECT 'leavers', NULL, seb_group, count(*) FILTER (WHERE leaver) FROM w GROUP BY 3
UNION ALL
SELECT 'temporary_promotions', NULL, seb_group, count(*) FILTER (WHERE tp AND (NOT gone OR leaver))
FROM w GROUP BY 3
UNION ALL
SELECT 'eoi_successes', NULL, seb_group, count(*) FILTER (WHERE eoi AND (NOT gone OR leaver))
FROM w GROUP BY 3`;
