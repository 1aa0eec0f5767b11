import type { DataSource } from 'typeorm';

/**
 * The floor: the same alert rows written by one plain INSERT … SELECT into a copy of the alert
 * table (same indexes and unique key), no jobs, notifications or e-mails. Returns seconds.
 */
export async function timeBaselineInsert(
  dataSource: DataSource,
  vacancyId: string,
): Promise<number> {
  await dataSource.query('CREATE TABLE alert_baseline (LIKE alert INCLUDING ALL)');
  const start = process.hrtime.bigint();
  await dataSource.query(
    `INSERT INTO alert_baseline (vacancy_id, person_id, channel, timing, status, sent_at)
     SELECT DISTINCT ON (r.person_id, c.channel) v.id, r.person_id, c.channel, 'instant', 'sent', now()
     FROM vacancy v
     JOIN alert_rule r ON r.grade_codes && v.grade_codes
       AND (cardinality(r.profession_codes) = 0 OR v.profession_code = ANY (r.profession_codes))
       AND (cardinality(r.keywords) = 0 OR strpos(lower(v.title || ' ' || v.summary), r.keywords[1]) > 0)
     CROSS JOIN (VALUES ('in_app'), ('email')) AS c(channel)
     WHERE v.id = $1
     ORDER BY r.person_id, c.channel`,
    [vacancyId],
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await dataSource.query('DROP TABLE alert_baseline');
  return seconds;
}
