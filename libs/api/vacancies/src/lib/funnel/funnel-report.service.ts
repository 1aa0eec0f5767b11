import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, forbidden, hasRole, notFound, scopesOf } from '@pathways/api-core';
import { PersonAnswersEntity, sebGroupOf } from '@pathways/api-people';
import { isSebGroup } from '@pathways/domain-seb';
import { DataSource } from 'typeorm';
import { ownsVacancy } from '../vacancies/vacancy-access';
import { VacancyEntity } from '../vacancies/vacancy.entity';
import type { FunnelStage } from './funnel-stages';
import { emptyFunnelCounts, funnelTable } from './funnel-table';
import { VacancyFunnel, VacancyFunnelTotalsInput } from './funnel.model';

/** The answers sebGroupOf reads, with how many people gave them at each stage. */
interface AnswerCombination {
  stage: FunnelStage;
  seb_occupation: string | null;
  seb_earner_employment: string | null;
  seb_earner_work_type: string | null;
  seb_earner_employee_status: string | null;
  seb_earner_workplace_size: string | null;
  seb_earner_supervises: string | null;
  people: number;
}

// Counted in SQL per combination of SEB answers, so no single person's answers leave the
// database; each combination is then classified with the same sebGroupOf as everywhere else.
const FUNNEL_SQL = `
  WITH chosen AS (
    SELECT id FROM vacancy
    WHERE status <> 'draft'
      AND ($1::uuid IS NULL OR id = $1::uuid)
      AND ($2::text[] IS NULL OR department_code = ANY ($2::text[]))
      AND ($3::text IS NULL OR category = $3::text)
  ),
  reached AS (
    SELECT DISTINCT a.vacancy_id, a.person_id, 'alerted' AS stage
    FROM alert a JOIN chosen c ON c.id = a.vacancy_id WHERE a.status = 'sent'
    UNION ALL
    SELECT e.vacancy_id, e.person_id, e.stage
    FROM vacancy_funnel_event e JOIN chosen c ON c.id = e.vacancy_id
  )
  SELECT r.stage, pa.seb_occupation, pa.seb_earner_employment, pa.seb_earner_work_type,
         pa.seb_earner_employee_status, pa.seb_earner_workplace_size, pa.seb_earner_supervises,
         count(*)::int AS people
  FROM reached r LEFT JOIN person_answers pa ON pa.person_id = r.person_id
  GROUP BY 1, 2, 3, 4, 5, 6, 7`;

@Injectable()
export class FunnelReportService {
  constructor(private readonly dataSource: DataSource) {}

  /** One vacancy's funnel, for its owner (or an admin). */
  async forVacancy(user: AuthenticatedUser, vacancyId: string): Promise<VacancyFunnel> {
    const vacancy = await this.dataSource
      .getRepository(VacancyEntity)
      .findOne({ where: { id: vacancyId } });
    if (!vacancy) throw notFound('No such vacancy');
    if (!ownsVacancy(user, vacancy))
      throw forbidden('Only the person who posted the vacancy sees its funnel.');
    return this.report(vacancyId, null, null, 1);
  }

  /** Every published vacancy (of the analyst's departments), in total: pairs of vacancy and person. */
  async totals(user: AuthenticatedUser, input: VacancyFunnelTotalsInput): Promise<VacancyFunnel> {
    const scope = hasRole(user, 'admin') ? 'all' : scopesOf(user, 'analyst');
    if (input.departmentCode && scope !== 'all' && !scope.includes(input.departmentCode))
      throw forbidden('You can read reports for your own departments only.');
    const departments = input.departmentCode
      ? [input.departmentCode]
      : scope === 'all'
        ? null
        : scope;
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM vacancy
       WHERE status <> 'draft' AND ($1::text[] IS NULL OR department_code = ANY ($1::text[]))
         AND ($2::text IS NULL OR category = $2::text)`,
      [departments, input.category ?? null],
    );
    return this.report(null, departments, input.category ?? null, count);
  }

  private async report(
    vacancyId: string | null,
    departments: readonly string[] | null,
    category: string | null,
    vacancyCount: number,
  ): Promise<VacancyFunnel> {
    const rows: AnswerCombination[] = await this.dataSource.query(FUNNEL_SQL, [
      vacancyId,
      departments,
      category,
    ]);
    const counts = emptyFunnelCounts();
    for (const row of rows) {
      const answers = Object.assign(new PersonAnswersEntity(), {
        sebOccupation: row.seb_occupation,
        sebEarnerEmployment: row.seb_earner_employment,
        sebEarnerWorkType: row.seb_earner_work_type,
        sebEarnerEmployeeStatus: row.seb_earner_employee_status,
        sebEarnerWorkplaceSize: row.seb_earner_workplace_size,
        sebEarnerSupervises: row.seb_earner_supervises,
      });
      const group = sebGroupOf(answers);
      counts[row.stage][isSebGroup(group) ? group : 'unknown'] += row.people;
    }
    return { vacancyId, vacancyCount, stages: funnelTable(counts) };
  }
}
