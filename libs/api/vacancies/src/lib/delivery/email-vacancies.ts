import type { EntityManager } from 'typeorm';
import { LONDON_TODAY_SQL } from '../london-date';
import type { EmailVacancy } from './alert-email';

/** What the e-mails say about these vacancies; with onlyOpen, closed ones are left out. */
export async function emailVacancies(
  manager: EntityManager,
  ids: readonly string[],
  onlyOpen: boolean,
): Promise<Map<string, EmailVacancy>> {
  const rows: EmailVacancy[] = await manager.query(
    `SELECT v.id, v.title, d.name AS "departmentName",
            ARRAY(SELECT coalesce(g.name, c.code) FROM unnest(v.grade_codes) AS c(code)
                  LEFT JOIN grade g ON g.code = c.code ORDER BY g.rank) AS "gradeNames",
            ARRAY(SELECT coalesce(r.name, c.code) FROM unnest(v.region_codes) WITH ORDINALITY
                  AS c(code, position) LEFT JOIN region r ON r.code = c.code
                  ORDER BY c.position) AS "regionNames",
            v.remote,
            to_char(v.closing_date, 'YYYY-MM-DD') AS "closingDate"
     FROM vacancy v JOIN department d ON d.code = v.department_code
     WHERE v.id = ANY ($1::uuid[])
       ${onlyOpen ? `AND v.status = 'open' AND v.closing_date >= ${LONDON_TODAY_SQL}` : ''}`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}
