/** Placements offered, by department and grade. $1 programme id. */
export const PLACEMENTS_BY_DEPARTMENT_SQL = `
SELECT p.department_code AS key, coalesce(d.name, p.department_code) AS label, p.grade_code AS grade,
       count(*)::int AS n
FROM internship_placement p
LEFT JOIN department d ON d.code = p.department_code
WHERE p.programme_id = $1
GROUP BY 1, 2, 3
ORDER BY 2, 1`;

/** Every intake of the programme, oldest start first. $1 programme id. */
export const INTAKES_SQL = `
SELECT c.id AS key, c.name AS label
FROM cohort c
WHERE c.programme_id = $1
ORDER BY c.start_date NULLS LAST, c.code`;

/** Placements with and without line manager training, by intake. $1 programme id. */
export const TRAINING_BY_INTAKE_SQL = `
SELECT p.cohort_id AS key,
       count(*) FILTER (WHERE p.training_completed_on IS NOT NULL)::int AS done,
       count(*) FILTER (WHERE p.training_completed_on IS NULL)::int AS not_done
FROM internship_placement p
WHERE p.programme_id = $1
GROUP BY 1`;

/** Interns by recorded outcome (null = not yet), by intake. $1 programme id. */
export const OUTCOMES_BY_INTAKE_SQL = `
SELECT p.cohort_id AS key, p.outcome AS outcome, count(*)::int AS n
FROM internship_placement p
WHERE p.programme_id = $1 AND p.intern_person_id IS NOT NULL
GROUP BY 1, 2`;

/**
 * Interns whose placement ended at least 365 days before $2 (the report date), and whether
 * they had a confirmed promotion, temporary promotion or lateral move from the end date to
 * 365 days after it (a promotion recorded as the placement's outcome counts). $1 programme id.
 */
export const PROGRESSION_BY_INTAKE_SQL = `
SELECT p.cohort_id AS key,
       count(*) FILTER (WHERE progressed)::int AS progressed,
       count(*) FILTER (WHERE NOT progressed)::int AS not_progressed
FROM (
  SELECT p.cohort_id,
         EXISTS (
           SELECT 1 FROM career_event e
           WHERE e.person_id = p.intern_person_id AND e.confirmed
             AND e.type IN ('promotion', 'temporary_promotion', 'lateral_move')
             AND e.effective_date BETWEEN p.end_date AND p.end_date + 365
         ) AS progressed
  FROM internship_placement p
  WHERE p.programme_id = $1 AND p.intern_person_id IS NOT NULL AND p.end_date + 365 <= $2::date
) p
GROUP BY 1`;
