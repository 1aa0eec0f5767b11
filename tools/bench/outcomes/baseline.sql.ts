// Hand-written SQL for the same numbers as the services, written the plain way: a full
// "latest snapshot" pass and correlated EXISTS. $1 programme code, $2 as-of date.

const SEB = `CASE WHEN seb IN ('professional', 'manager') THEN 'professional'
                  WHEN seb IN ('clerical', 'small_business') THEN 'intermediate'
                  WHEN seb IN ('technical_craft', 'routine', 'long_term_unemployed') THEN 'lower'
                  ELSE 'unknown' END`;

export const BASELINE_REPORT_SQL = `
WITH latest AS (
  SELECT DISTINCT ON (person_id) person_id, seb_occupation AS seb
  FROM person_snapshot ORDER BY person_id, snapshot_date DESC
),
part AS (
  SELECT e.* FROM enrolment e JOIN programme p ON p.id = e.programme_id
  WHERE p.code = $1 AND e.role = 'participant'
),
cohort_start AS (
  SELECT cohort_id, min(start_date) AS c,
         (SELECT max(snapshot_date) FROM person_snapshot WHERE snapshot_date <= min(start_date)) AS snap
  FROM part GROUP BY cohort_id
),
comparison AS (
  SELECT DISTINCT cs.cohort_id, s.person_id, cs.c AS start_date
  FROM cohort_start cs
  JOIN part p ON p.cohort_id = cs.cohort_id
  JOIN person_snapshot ps ON ps.person_id = p.person_id AND ps.snapshot_date = cs.snap
  JOIN person_snapshot s ON s.snapshot_date = cs.snap AND s.department_code = ps.department_code
                        AND s.grade_code = ps.grade_code
  WHERE s.person_id NOT IN (SELECT person_id FROM part UNION SELECT e.person_id FROM enrolment e
                            JOIN programme p ON p.id = e.programme_id WHERE p.code = $1)
),
everyone AS (
  SELECT person_id, start_date, true AS participant, met_expectations, sessions_interesting FROM part
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
)
SELECT ${SEB} AS seb_group,
       count(*) FILTER (WHERE participant)::int AS participants,
       count(*) FILTER (WHERE participant AND mature)::int AS mature,
       count(*) FILTER (WHERE participant AND mature AND progressed)::int AS progressed,
       count(*) FILTER (WHERE NOT participant AND mature)::int AS comparison_mature,
       count(*) FILTER (WHERE NOT participant AND mature AND progressed)::int AS comparison_progressed,
       count(*) FILTER (WHERE met_expectations)::int AS met_expectations_yes,
       count(met_expectations)::int AS met_expectations_answered,
       count(*) FILTER (WHERE sessions_interesting)::int AS sessions_interesting_yes,
       count(sessions_interesting)::int AS sessions_interesting_answered
FROM flagged LEFT JOIN latest USING (person_id)
GROUP BY 1 ORDER BY 1`;

/** The workforce dashboard's numbers: one GROUP BY per breakdown over the latest snapshots. */
export const BASELINE_WORKFORCE_SQL = `
WITH latest AS (
  SELECT DISTINCT ON (person_id) * FROM person_snapshot ORDER BY person_id, snapshot_date DESC
),
last_left AS (
  SELECT person_id, max(effective_date) AS d FROM career_event
  WHERE confirmed AND type = 'left' AND effective_date <= $1::date GROUP BY person_id
),
recent AS (
  SELECT person_id, bool_or(type = 'temporary_promotion') AS tp, bool_or(type = 'eoi_success') AS eoi
  FROM career_event
  WHERE confirmed AND type IN ('temporary_promotion', 'eoi_success')
    AND effective_date > $1::date - 365 AND effective_date <= $1::date
  GROUP BY person_id
),
w AS (
  SELECT l.*, ${SEB.replace(/seb IN/g, 'l.seb_occupation IN')} AS seb_group,
         a.gender, a.ethnicity, a.disability, a.sexual_orientation,
         ll.d >= l.snapshot_date AS gone, ll.d >= l.snapshot_date AND ll.d > $1::date - 365 AS leaver,
         r.tp, r.eoi
  FROM latest l LEFT JOIN person_answers a USING (person_id)
  LEFT JOIN last_left ll USING (person_id) LEFT JOIN recent r USING (person_id)
)
SELECT 'grade' AS d, grade_code AS k, seb_group, count(*) FILTER (WHERE gone IS NOT TRUE) AS n FROM w GROUP BY 2, 3
UNION ALL SELECT 'department', department_code, seb_group, count(*) FILTER (WHERE gone IS NOT TRUE) FROM w GROUP BY 2, 3
UNION ALL SELECT 'department_grade', department_code || '/' || grade_code, seb_group, count(*) FILTER (WHERE gone IS NOT TRUE) FROM w GROUP BY 2, 3
UNION ALL SELECT 'profession', profession_code, seb_group, count(*) FILTER (WHERE gone IS NOT TRUE) FROM w GROUP BY 2, 3
UNION ALL SELECT 'region', region_code, seb_group, count(*) FILTER (WHERE gone IS NOT TRUE) FROM w GROUP BY 2, 3
UNION ALL SELECT 'gender', gender, seb_group, count(*) FILTER (WHERE gone IS NOT TRUE) FROM w GROUP BY 2, 3
UNION ALL SELECT 'ethnicity', ethnicity, seb_group, count(*) FILTER (WHERE gone IS NOT TRUE) FROM w GROUP BY 2, 3
UNION ALL SELECT 'disability', disability, seb_group, count(*) FILTER (WHERE gone IS NOT TRUE) FROM w GROUP BY 2, 3
UNION ALL SELECT 'sexual_orientation', sexual_orientation, seb_group, count(*) FILTER (WHERE gone IS NOT TRUE) FROM w GROUP BY 2, 3
UNION ALL SELECT 'leavers', NULL, seb_group, count(*) FILTER (WHERE leaver) FROM w GROUP BY 3
UNION ALL SELECT 'tp', NULL, seb_group, count(*) FILTER (WHERE tp AND (gone IS NOT TRUE OR leaver)) FROM w GROUP BY 3
UNION ALL SELECT 'eoi', NULL, seb_group, count(*) FILTER (WHERE eoi AND (gone IS NOT TRUE OR leaver)) FROM w GROUP BY 3`;
