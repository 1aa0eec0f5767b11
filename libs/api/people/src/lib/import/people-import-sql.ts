import { PEOPLE_ANSWER_COLUMNS } from './people-csv-columns';
import type { StageColumn } from './people-import-batch';

// Every file row goes into a temporary staging table first; the real tables are then written
// by a handful of set-based statements, whatever the number of rows.
const STAGE = 'people_import_row';
const LATEST = 'people_import_latest';

export const createStageSql = (columns: readonly StageColumn[]): string =>
  `CREATE TEMP TABLE ${STAGE} (${columns.map((c) => `${c.name} ${c.sqlType}`).join(', ')}) ON COMMIT DROP`;

/** One parameter per column: the column's values as an array, turned back into rows by unnest. */
export const insertStageSql = (columns: readonly StageColumn[]): string =>
  `INSERT INTO ${STAGE} (${columns.map((c) => c.name).join(', ')})
   SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.sqlType}[]`).join(', ')})`;

/** Each person's latest row in the file: where their current details and answers come from. */
export const createLatestSql = `
  CREATE TEMP TABLE ${LATEST} ON COMMIT DROP AS
  SELECT DISTINCT ON (staff_number) * FROM ${STAGE} ORDER BY staff_number, snapshot_date DESC`;

// Temporary tables get no statistics unless asked; the join keys are all the planner needs.
export const analyseStageSql = [
  `ANALYZE ${STAGE} (staff_number, snapshot_date)`,
  `ANALYZE ${LATEST} (staff_number, email)`,
];

/** True when the database holds no snapshot of p later than the file's latest row l. */
const LATEST_FOR_PERSON = `NOT EXISTS (
  SELECT 1 FROM person_snapshot s WHERE s.person_id = p.id AND s.snapshot_date > l.snapshot_date)`;

/**
 * Emails the file gives to one person that the database holds for another, who keeps it
 * (is not given another email by the file). Case is ignored, as accounts ignore it.
 */
export const emailConflictsSql = `
  SELECT l.line, l.email, p.staff_number AS holder, count(*) OVER ()::int AS total
  FROM ${LATEST} l
  JOIN person p ON lower(p.email) = l.email AND p.staff_number <> l.staff_number
  WHERE NOT EXISTS (
    SELECT 1 FROM ${LATEST} o WHERE o.staff_number = p.staff_number AND o.email <> lower(p.email))
  ORDER BY l.line
  LIMIT $1`;

export const countExistingSql = `
  SELECT count(*)::int AS n FROM ${LATEST} l JOIN person p ON p.staff_number = l.staff_number`;

const REQUIRED_DETAILS = ['given_name', 'family_name', 'email', 'department_code', 'grade_code'];
// Empty = not provided: an optional detail the file leaves out keeps its current value.
const OPTIONAL_DETAILS = [
  'profession_code',
  'region_code',
  'date_of_birth',
  'care_leaver',
  'apprentice',
];
const newDetail = (column: string): string =>
  REQUIRED_DETAILS.includes(column) ? `l.${column}` : `COALESCE(l.${column}, p.${column})`;
const DETAILS = [...REQUIRED_DETAILS, ...OPTIONAL_DETAILS];

/** Current details follow the latest snapshot: only a file row at least as recent overwrites them. */
export const updatePeopleSql = `
  UPDATE person p SET ${DETAILS.map((c) => `${c} = ${newDetail(c)}`).join(', ')}, updated_at = now()
  FROM ${LATEST} l
  WHERE p.staff_number = l.staff_number AND p.erased_at IS NULL AND ${LATEST_FOR_PERSON}
    AND (${DETAILS.map((c) => `p.${c}`).join(', ')})
        IS DISTINCT FROM (${DETAILS.map(newDetail).join(', ')})`;

export const insertPeopleSql = `
  WITH inserted AS (
    INSERT INTO person (staff_number, ${DETAILS.join(', ')})
    SELECT staff_number, ${DETAILS.join(', ')} FROM ${LATEST}
    ON CONFLICT (staff_number) DO NOTHING
    RETURNING 1)
  SELECT count(*)::int AS n FROM inserted`;

const SNAPSHOT_VALUES = [
  'department_code',
  'grade_code',
  'profession_code',
  'region_code',
  'seb_occupation',
];

/** A snapshot describes its date completely, so a re-imported one replaces every value. */
export const upsertSnapshotsSql = `
  WITH written AS (
    INSERT INTO person_snapshot (person_id, snapshot_date, ${SNAPSHOT_VALUES.join(', ')})
    SELECT p.id, r.snapshot_date, ${SNAPSHOT_VALUES.map((c) => `r.${c}`).join(', ')}
    FROM ${STAGE} r JOIN person p ON p.staff_number = r.staff_number
    ON CONFLICT (person_id, snapshot_date) DO UPDATE
    SET ${SNAPSHOT_VALUES.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    WHERE (${SNAPSHOT_VALUES.map((c) => `person_snapshot.${c}`).join(', ')})
          IS DISTINCT FROM (${SNAPSHOT_VALUES.map((c) => `EXCLUDED.${c}`).join(', ')})
    RETURNING (xmax = 0) AS inserted)
  SELECT count(*) FILTER (WHERE inserted)::int AS n FROM written`;

const mergedAnswer = (column: string): string =>
  `COALESCE(EXCLUDED.${column}, person_answers.${column})`;

/** Answers the latest row gives are stored; an empty cell leaves the stored answer alone. */
export const upsertAnswersSql = `
  INSERT INTO person_answers (person_id, ${PEOPLE_ANSWER_COLUMNS.join(', ')})
  SELECT p.id, ${PEOPLE_ANSWER_COLUMNS.map((c) => `l.${c}`).join(', ')}
  FROM ${LATEST} l JOIN person p ON p.staff_number = l.staff_number
  WHERE p.erased_at IS NULL AND ${LATEST_FOR_PERSON}
    AND num_nonnulls(${PEOPLE_ANSWER_COLUMNS.map((c) => `l.${c}`).join(', ')}) > 0
  ON CONFLICT (person_id) DO UPDATE
  SET ${PEOPLE_ANSWER_COLUMNS.map((c) => `${c} = ${mergedAnswer(c)}`).join(', ')}, updated_at = now()
  WHERE (${PEOPLE_ANSWER_COLUMNS.map((c) => `person_answers.${c}`).join(', ')})
        IS DISTINCT FROM (${PEOPLE_ANSWER_COLUMNS.map(mergedAnswer).join(', ')})`;
