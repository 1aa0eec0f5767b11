// The benchmark's workforce, generated inside PostgreSQL. Pseudo-random choices come from
// hashing the row number with a salt, so every run builds exactly the same data.

export const BENCH_PEOPLE = 500_000;
export const BENCH_EVENTS = 2_000_000;
export const BENCH_PROGRAMME = 'BENCH';
export const BENCH_AS_OF = '2025-12-31';

/** A value in [0, modulus) from row number `n` and a salt. */
const pick = (n: string, salt: number, modulus: number) =>
  `((hashint8((${n})::bigint * 1000003 + ${salt}) & 2147483647) % ${modulus})`;

/** CASE over a pick in [0, 1000) with cumulative weights per mille. */
function weighted(n: string, salt: number, weights: readonly [string | null, number][]): string {
  let cumulative = 0;
  const whens = weights.map(([value, weight]) => {
    cumulative += weight;
    return `WHEN x < ${cumulative} THEN ${value === null ? 'NULL' : `'${value}'`}`;
  });
  return `(SELECT CASE ${whens.join(' ')} END FROM (SELECT ${pick(n, salt, cumulative)} AS x) w)`;
}

// Roughly the sizes of the real departments (per mille of the Civil Service).
const DEPARTMENTS: [string, number][] = [
  ['DWP', 180],
  ['MOJ', 180],
  ['HMRC', 130],
  ['MOD', 120],
  ['HO', 80],
  ['DEFRA', 25],
  ['FCDO', 35],
  ['CO', 25],
  ['DFE', 20],
  ['DFT', 15],
  ['DHSC', 10],
  ['DBT', 15],
  ['DESNZ', 10],
  ['DSIT', 10],
  ['MHCLG', 10],
  ['HMT', 5],
  ['DCMS', 5],
  ['UKEF', 5],
  ['NIO', 5],
  ['SO', 5],
  ['WO', 5],
  ['AGO', 5],
  ['OAG', 5],
  ['LHC', 5],
  ['LHL', 5],
];
const GRADES: [string, number][] = [
  ['AA', 50],
  ['AO', 260],
  ['EO', 250],
  ['HEO', 180],
  ['SEO', 120],
  ['G7', 80],
  ['G6', 40],
  ['SCS1', 15],
  ['SCS2', 4],
  ['SCS3', 1],
];
const OCCUPATIONS: [string | null, number][] = [
  ['professional', 140],
  ['manager', 140],
  ['clerical', 100],
  ['small_business', 80],
  ['technical_craft', 120],
  ['routine', 220],
  ['long_term_unemployed', 30],
  ['other', 70],
  ['prefer_not_to_say', 50],
  [null, 50],
];
const EVENT_TYPES: [string, number][] = [
  ['promotion', 60],
  ['temporary_promotion', 50],
  ['eoi_success', 60],
  ['lateral_move', 50],
  ['training_completed', 500],
  ['contract_extended', 80],
  ['made_permanent', 80],
  ['left', 120],
];

export const GENERATE_DATA_SQL = [
  `CREATE TEMP TABLE bench_person AS
   SELECT i, ${weighted('i', 11, DEPARTMENTS)} AS department_code, ${weighted('i', 12, GRADES)} AS grade_code,
          ${weighted('i', 13, OCCUPATIONS)} AS seb_occupation,
          (ARRAY['operational_delivery','policy','digital_data_technology','finance','legal','other'])[1 + ${pick('i', 14, 6)}] AS profession_code,
          (ARRAY['TLC','TLD','TLE','TLF','TLG','TLH','TLI','TLJ','TLK','TLL','TLM','TLN'])[1 + ${pick('i', 15, 12)}] AS region_code
   FROM generate_series(1, ${BENCH_PEOPLE}) AS i`,
  `INSERT INTO person (staff_number, given_name, family_name, email, department_code, grade_code,
                       profession_code, region_code)
   SELECT 'B' || i, 'Bench', 'Person ' || i, 'b' || i || '@bench.example', department_code,
          grade_code, profession_code, region_code
   FROM bench_person`,
  `CREATE TEMP TABLE bench_id AS
   SELECT substr(staff_number, 2)::int AS i, id FROM person WHERE staff_number LIKE 'B%'`,
  `CREATE UNIQUE INDEX ON bench_id (i)`,
  // Two yearly snapshots; 5% are gone by the second.
  `INSERT INTO person_snapshot (person_id, snapshot_date, department_code, grade_code,
                                profession_code, region_code, seb_occupation)
   SELECT id.id, d.snapshot_date, b.department_code, b.grade_code, b.profession_code,
          b.region_code, b.seb_occupation
   FROM bench_person b JOIN bench_id id USING (i)
   CROSS JOIN (VALUES (DATE '2024-01-01'), (DATE '2025-01-01')) AS d(snapshot_date)
   WHERE d.snapshot_date = DATE '2024-01-01' OR ${pick('b.i', 16, 100)} >= 5`,
  `INSERT INTO person_answers (person_id, gender, ethnicity, disability, sexual_orientation,
                               seb_occupation)
   SELECT id.id, (ARRAY['female','male','other','prefer_not_to_say',NULL])[1 + ${pick('b.i', 17, 5)}],
          (ARRAY['white','asian','black','mixed','other',NULL])[1 + ${pick('b.i', 18, 6)}],
          (ARRAY['yes','no','no','no','prefer_not_to_say',NULL])[1 + ${pick('b.i', 19, 6)}],
          (ARRAY['heterosexual','heterosexual','heterosexual','gay_lesbian','bisexual',NULL])[1 + ${pick('b.i', 20, 6)}],
          b.seb_occupation
   FROM bench_person b JOIN bench_id id USING (i)`,
  `INSERT INTO career_event (event_id, source, person_id, type, effective_date, confirmed)
   SELECT 'E' || j, 'hr_import', id.id, ${weighted('j', 21, EVENT_TYPES)},
          DATE '2023-01-01' + ${pick('j', 22, 1095)}::int, ${pick('j', 23, 100)} < 97
   FROM generate_series(1, ${BENCH_EVENTS}) AS j
   JOIN bench_id id ON id.i = 1 + ${pick('j', 24, BENCH_PEOPLE)}`,
  `INSERT INTO programme (code, name, type) VALUES ('${BENCH_PROGRAMME}', 'Benchmark', 'mentoring')`,
  `INSERT INTO cohort (programme_id, code, name)
   SELECT p.id, c.code, c.code FROM programme p
   CROSS JOIN (VALUES ('C1'), ('C2'), ('C3'), ('C4')) AS c(code) WHERE p.code = '${BENCH_PROGRAMME}'`,
  // A departmental Catapult: ~3,000 MoJ participants in four quarterly cohorts, ~600 mentors.
  `INSERT INTO enrolment (cohort_id, programme_id, person_id, role, start_date,
                          met_expectations, sessions_interesting, source)
   SELECT c.id, c.programme_id, id.id, 'participant',
          DATE '2024-02-01' + (q * 91 + ${pick('b.i', 26, 14)})::int,
          CASE WHEN ${pick('b.i', 27, 10)} < 9 THEN ${pick('b.i', 28, 100)} < 80 END,
          CASE WHEN ${pick('b.i', 29, 10)} < 9 THEN ${pick('b.i', 30, 100)} < 88 END, 'import'
   FROM bench_person b JOIN bench_id id USING (i)
   CROSS JOIN LATERAL (SELECT ${pick('b.i', 25, 4)}::int AS q) quarter
   JOIN cohort c ON c.code = 'C' || (q + 1)
   WHERE b.department_code = 'MOJ' AND b.grade_code IN ('AO', 'EO', 'HEO')
     AND ${pick('b.i', 31, 1000)} < 48`,
  `INSERT INTO enrolment (cohort_id, programme_id, person_id, role, start_date, source)
   SELECT c.id, c.programme_id, id.id, 'mentor', DATE '2024-02-01' + (q * 91), 'import'
   FROM bench_person b JOIN bench_id id USING (i)
   CROSS JOIN LATERAL (SELECT ${pick('b.i', 32, 4)}::int AS q) quarter
   JOIN cohort c ON c.code = 'C' || (q + 1)
   WHERE b.department_code = 'MOJ' AND b.grade_code IN ('G7', 'G6', 'SCS1')
     AND ${pick('b.i', 33, 1000)} < 50`,
  `VACUUM ANALYZE`,
];
