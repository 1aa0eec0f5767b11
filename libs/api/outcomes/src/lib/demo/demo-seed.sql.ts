// Set-based writes of the demo dataset; every statement leaves existing rows alone.

export const DEMO_PROGRAMME_HAS_ENROLMENTS_SQL = `
  SELECT EXISTS (SELECT 1 FROM enrolment e JOIN programme p ON p.id = e.programme_id
                 WHERE p.code = $1) AS seeded`;

/** $1 department, then one array per column. */
export const INSERT_DEMO_PEOPLE_SQL = `
  INSERT INTO person (staff_number, given_name, family_name, email, department_code, grade_code,
                      profession_code, region_code, date_of_birth)
  SELECT r.staff_number, r.given_name, r.family_name, r.email, $1, r.grade_code,
         r.profession_code, r.region_code, r.date_of_birth
  FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
              $9::date[])
       AS r(staff_number, given_name, family_name, email, grade_code, profession_code,
            region_code, date_of_birth)
  ON CONFLICT DO NOTHING`;

export const INSERT_DEMO_SNAPSHOTS_SQL = `
  INSERT INTO person_snapshot (person_id, snapshot_date, department_code, grade_code,
                               profession_code, region_code, seb_occupation)
  SELECT p.id, r.snapshot_date, $1, r.grade_code, r.profession_code, r.region_code,
         r.seb_occupation
  FROM unnest($2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[])
       AS r(staff_number, snapshot_date, grade_code, profession_code, region_code, seb_occupation)
  JOIN person p ON p.staff_number = r.staff_number
  ON CONFLICT (person_id, snapshot_date) DO NOTHING`;

export const INSERT_DEMO_ANSWERS_SQL = `
  INSERT INTO person_answers (person_id, seb_occupation, gender, ethnicity, disability,
                              sexual_orientation)
  SELECT p.id, r.seb_occupation, r.gender, r.ethnicity, r.disability, r.sexual_orientation
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       AS r(staff_number, seb_occupation, gender, ethnicity, disability, sexual_orientation)
  JOIN person p ON p.staff_number = r.staff_number
  ON CONFLICT (person_id) DO NOTHING`;

/** $1 code, $2 name, $3 description, $4 duration, $5 departments, $6 eligibility, $7 matching rules. */
export const INSERT_DEMO_PROGRAMME_SQL = `
  INSERT INTO programme (code, name, type, description, duration_months,
                         participating_departments, eligibility, matching_rules)
  VALUES ($1, $2, 'mentoring', $3, $4, $5::text[], $6::jsonb, $7::jsonb)
  ON CONFLICT (code) DO NOTHING`;

/** $1 programme code, then codes and start dates. */
export const INSERT_DEMO_COHORTS_SQL = `
  INSERT INTO cohort (programme_id, code, name, start_date, applications_open, applications_close)
  SELECT p.id, r.code, 'Intake ' || r.code, r.start_date, r.start_date - 70, r.start_date - 28
  FROM unnest($2::text[], $3::date[]) AS r(code, start_date)
  JOIN programme p ON p.code = $1
  ON CONFLICT (programme_id, code) DO NOTHING`;

/** $1 id, $2 staff number, $3 date: a self-report awaiting the lead. */
export const INSERT_DEMO_SELF_REPORT_SQL = `
  INSERT INTO career_event (id, event_id, source, person_id, type, effective_date, from_grade,
                            to_grade, confirmed, recorded_by)
  SELECT $1, 'demo-self-report', 'self_reported', p.id, 'temporary_promotion', $3, 'EO', 'HEO',
         false, p.id
  FROM person p WHERE p.staff_number = $2
  ON CONFLICT DO NOTHING`;
