// Set-based writes of `import enrolments`: each statement takes the file's rows as arrays.

export const PROGRAMME_TYPES_SQL = `
  SELECT code, type FROM programme WHERE code = ANY($1::text[])`;

/** $1 codes, $2 types (one per programme). */
export const CREATE_PROGRAMMES_SQL = `
  WITH created AS (
    INSERT INTO programme (code, name, type)
    SELECT code, code, type FROM unnest($1::text[], $2::text[]) AS r(code, type)
    ON CONFLICT (code) DO NOTHING
    RETURNING 1)
  SELECT count(*)::int AS created FROM created`;

/** $1 programme codes, $2 cohort codes (one per cohort). */
export const CREATE_COHORTS_SQL = `
  WITH created AS (
    INSERT INTO cohort (programme_id, code, name)
    SELECT p.id, r.cohort, r.cohort
    FROM unnest($1::text[], $2::text[]) AS r(programme, cohort)
    JOIN programme p ON p.code = r.programme
    ON CONFLICT (programme_id, code) DO NOTHING
    RETURNING 1)
  SELECT count(*)::int AS created FROM created`;

/**
 * Upsert by (cohort, person, role). An empty optional cell means "not provided", so it keeps
 * what is stored rather than clearing it.
 */
export const UPSERT_ENROLMENTS_SQL = `
  WITH written AS (
  INSERT INTO enrolment (cohort_id, programme_id, person_id, role, start_date, end_date,
                         mentor_person_id, met_expectations, sessions_interesting, source)
  SELECT c.id, p.id, person.id, r.role, r.start_date, r.end_date,
         mentor.id, r.met_expectations, r.sessions_interesting, 'import'
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[],
              $7::text[], $8::boolean[], $9::boolean[])
       AS r(staff_number, programme, cohort, role, start_date, end_date,
            mentor_staff_number, met_expectations, sessions_interesting)
  JOIN programme p ON p.code = r.programme
  JOIN cohort c ON c.programme_id = p.id AND c.code = r.cohort
  JOIN person ON person.staff_number = r.staff_number
  LEFT JOIN person mentor ON mentor.staff_number = r.mentor_staff_number
  ON CONFLICT (cohort_id, person_id, role) DO UPDATE SET
    start_date = EXCLUDED.start_date,
    end_date = COALESCE(EXCLUDED.end_date, enrolment.end_date),
    mentor_person_id = COALESCE(EXCLUDED.mentor_person_id, enrolment.mentor_person_id),
    met_expectations = COALESCE(EXCLUDED.met_expectations, enrolment.met_expectations),
    sessions_interesting = COALESCE(EXCLUDED.sessions_interesting, enrolment.sessions_interesting),
    updated_at = now()
  RETURNING (xmax = 0) AS inserted)
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted,
         count(*) FILTER (WHERE NOT inserted)::int AS updated
  FROM written`;
