// Set-based writes of `import events`: each statement takes the file's rows as arrays.

export const DEPARTMENT_CODES_SQL = `
  SELECT code FROM department WHERE code = ANY($1::text[])`;

/** Appends; an event_id already imported from HR is skipped, not duplicated. */
export const INSERT_HR_EVENTS_SQL = `
  WITH written AS (
  INSERT INTO career_event (event_id, source, person_id, type, effective_date, from_grade,
                            to_grade, from_department, to_department, confirmed)
  SELECT r.event_id, 'hr_import', person.id, r.type, r.effective_date, r.from_grade,
         r.to_grade, r.from_department, r.to_department, true
  FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[],
              $7::text[], $8::text[])
       AS r(event_id, staff_number, type, effective_date, from_grade, to_grade,
            from_department, to_department)
  JOIN person ON person.staff_number = r.staff_number
  ON CONFLICT (source, event_id) DO NOTHING
  RETURNING 1)
  SELECT count(*)::int AS inserted FROM written`;
