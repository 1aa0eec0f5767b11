const EVENT_COLUMNS = `
  ev.id, ev.person_id, p.given_name || ' ' || p.family_name AS person_name, ev.type,
  to_char(ev.effective_date, 'YYYY-MM-DD') AS effective_date, ev.from_grade, ev.to_grade,
  ev.from_department, ev.to_department, ev.source, ev.confirmed, ev.created_at`;

/** $1 event id. */
export const CAREER_EVENT_BY_ID_SQL = `
  SELECT ${EVENT_COLUMNS}
  FROM career_event ev JOIN person p ON p.id = ev.person_id
  WHERE ev.id = $1`;

/** $1 person id. */
export const CAREER_EVENTS_OF_PERSON_SQL = `
  SELECT ${EVENT_COLUMNS}
  FROM career_event ev JOIN person p ON p.id = ev.person_id
  WHERE ev.person_id = $1
  ORDER BY ev.effective_date DESC, ev.created_at DESC`;

/** Self-reports awaiting a lead, of people enrolled in the programme. $1 programme code. */
export const UNCONFIRMED_EVENTS_OF_PROGRAMME_SQL = `
  SELECT ${EVENT_COLUMNS}
  FROM career_event ev JOIN person p ON p.id = ev.person_id
  WHERE NOT ev.confirmed
    AND EXISTS (SELECT 1 FROM enrolment e JOIN programme pr ON pr.id = e.programme_id
                WHERE e.person_id = ev.person_id AND pr.code = $1)
  ORDER BY ev.created_at`;

/** $1 staff number. */
export const PERSON_ID_BY_STAFF_NUMBER_SQL = `SELECT id FROM person WHERE staff_number = $1`;

/** Whether the person is enrolled (any role) in one of the programmes. $1 person, $2 codes or null for any. */
export const ENROLLED_IN_ANY_SQL = `
  SELECT EXISTS (
    SELECT 1 FROM enrolment e JOIN programme pr ON pr.id = e.programme_id
    WHERE e.person_id = $1 AND ($2::text[] IS NULL OR pr.code = ANY($2::text[]))) AS enrolled`;

/** $1 person, $2 type, $3 date, $4..$7 grades and departments, $8 source, $9 confirmed, $10 recorder. */
export const INSERT_CAREER_EVENT_SQL = `
  INSERT INTO career_event (event_id, source, person_id, type, effective_date, from_grade,
                            to_grade, from_department, to_department, confirmed, recorded_by,
                            confirmed_by)
  VALUES (gen_random_uuid()::text, $8, $1, $2, $3, $4, $5, $6, $7, $9, $10,
          CASE WHEN $9 THEN $10::uuid END)
  RETURNING id`;

/** $1 event id, $2 confirming person. */
export const CONFIRM_CAREER_EVENT_SQL = `
  UPDATE career_event SET confirmed = true, confirmed_by = $2 WHERE id = $1 AND NOT confirmed`;
