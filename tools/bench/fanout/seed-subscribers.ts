import type { DataSource } from 'typeorm';

/**
 * `matching` people with an instant in-app + e-mail rule for HEO roles in policy, and `others`
 * whose rules ask for something else (so matching has to choose). Deterministic: the same rows
 * every run. Returns the id of a poster.
 */
export async function seedSubscribers(
  dataSource: DataSource,
  matching: number,
  others: number,
): Promise<string> {
  await dataSource.query(
    `INSERT INTO person (staff_number, given_name, family_name, email, department_code, grade_code)
     SELECT 'BENCH' || lpad(i::text, 7, '0'), 'Bench', 'Person ' || i,
            'bench.person' || i || '@example.gov.uk', 'DWP', 'HEO'
     FROM generate_series(1, $1) AS i`,
    [matching + others + 1],
  );
  await dataSource.query(
    `INSERT INTO alert_rule (person_id, grade_codes, profession_codes, keywords, delivery, in_app, email)
     SELECT p.id,
            CASE WHEN n <= $1 THEN '{HEO,SEO}'::text[] ELSE '{G6}'::text[] END,
            CASE WHEN n % 2 = 0 THEN '{policy}'::text[] ELSE '{}'::text[] END,
            CASE WHEN n % 5 = 0 THEN '{private}'::text[] ELSE '{}'::text[] END,
            'instant', true, true
     FROM (SELECT id, row_number() OVER (ORDER BY staff_number) AS n FROM person
           WHERE staff_number LIKE 'BENCH%') AS p
     WHERE n <= $2`,
    [matching, matching + others],
  );
  const [poster]: { id: string }[] = await dataSource.query(
    `SELECT id FROM person WHERE staff_number = 'BENCH' || lpad($1::text, 7, '0')`,
    [matching + others + 1],
  );
  await dataSource.query('ANALYZE');
  return poster.id;
}
