/**
 * Each person's latest snapshot (their SEB answer, department, grade…). Ordering both keys
 * descending lets PostgreSQL read the (person_id, snapshot_date) index backwards instead of
 * sorting.
 */
export const LATEST_SNAPSHOT_SQL = `
  SELECT DISTINCT ON (person_id) person_id, snapshot_date, department_code, grade_code,
         profession_code, region_code, seb_occupation
  FROM person_snapshot
  ORDER BY person_id DESC, snapshot_date DESC`;
