import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, conflict } from '@pathways/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { LONDON_TODAY_SQL } from '../london-date';
import { assertReferenceCodes } from '../reference-codes';
import type { VacancyEntity } from '../vacancies/vacancy.entity';
import { ReservedShareCapEntity } from './reserved-share-cap.entity';
import { ReservedShare, SetReservedShareCapInput } from './reserved-share.model';
import { capBreach, capBreachMessage, OpenCounts, sharePercent } from './reserved-share-rule';

type VacancyState = Pick<
  VacancyEntity,
  'id' | 'departmentCode' | 'status' | 'closingDate' | 'reservedForTalentScheme'
>;

const SHARES_SQL = `
  SELECT d.code AS "departmentCode", d.name AS "departmentName", c.max_percent AS "maxPercent",
         count(v.id)::int AS "openCount",
         count(v.id) FILTER (WHERE v.reserved_for_talent_scheme)::int AS "reservedCount"
  FROM department d
  LEFT JOIN reserved_share_cap c ON c.department_code = d.code
  LEFT JOIN vacancy v ON v.department_code = d.code AND v.status = 'open'
                     AND v.closing_date >= ${LONDON_TODAY_SQL}
  WHERE ($1::text IS NULL OR d.code = $1)
  GROUP BY d.code, d.name, c.max_percent
  HAVING $1::text IS NOT NULL OR c.max_percent IS NOT NULL OR count(v.id) > 0
  ORDER BY d.name`;

@Injectable()
export class ReservedShareService {
  constructor(private readonly dataSource: DataSource) {}

  async shares(departmentCode: string | null = null): Promise<ReservedShare[]> {
    const rows: Omit<ReservedShare, 'sharePercent'>[] = await this.dataSource.query(SHARES_SQL, [
      departmentCode,
    ]);
    return rows.map((row) => ({
      ...row,
      sharePercent: sharePercent({ open: row.openCount, reserved: row.reservedCount }),
    }));
  }

  async setCap(user: AuthenticatedUser, input: SetReservedShareCapInput): Promise<ReservedShare> {
    await this.dataSource.transaction(async (manager) => {
      await assertReferenceCodes(manager, 'department', [input.departmentCode], 'departmentCode');
      const caps = manager.getRepository(ReservedShareCapEntity);
      if (input.maxPercent === null || input.maxPercent === undefined)
        await caps.delete({ departmentCode: input.departmentCode });
      else
        await caps.upsert(
          {
            departmentCode: input.departmentCode,
            maxPercent: input.maxPercent,
            updatedBy: user.personId,
          },
          ['departmentCode'],
        );
    });
    const [share] = await this.shares(input.departmentCode);
    return share;
  }

  /**
   * Call inside the transaction that changes a vacancy, before writing it: refuses a change that
   * takes the department's reserved share over its cap. Changes in one department queue on an
   * advisory lock, so two publishes cannot both squeeze under the cap.
   */
  async assertWithinCap(
    manager: EntityManager,
    before: VacancyState | null,
    after: VacancyState,
  ): Promise<void> {
    const department = after.departmentCode;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reserved-share:' || $1))`, [
      department,
    ]);
    const [row]: { open: number; reserved: number; max_percent: number | null; name: string }[] =
      await manager.query(
        `SELECT count(v.id)::int AS open,
                count(v.id) FILTER (WHERE v.reserved_for_talent_scheme)::int AS reserved,
                (SELECT max_percent FROM reserved_share_cap WHERE department_code = $1) AS max_percent,
                (SELECT name FROM department WHERE code = $1) AS name
         FROM vacancy v
         WHERE v.department_code = $1 AND v.status = 'open' AND v.closing_date >= ${LONDON_TODAY_SQL}
           AND v.id <> $2`,
        [department, after.id],
      );
    const others: OpenCounts = { open: row.open, reserved: row.reserved };
    const today = await this.today(manager);
    const plus = (state: VacancyState | null): OpenCounts => {
      const counts =
        state && state.departmentCode === department && isOpen(state, today)
          ? { open: 1, reserved: state.reservedForTalentScheme ? 1 : 0 }
          : { open: 0, reserved: 0 };
      return { open: others.open + counts.open, reserved: others.reserved + counts.reserved };
    };
    const breach = capBreach(plus(before), plus(after), row.max_percent);
    if (breach)
      throw conflict(capBreachMessage(row.name ?? department, breach), 'reservedForTalentScheme');
  }

  private async today(manager: EntityManager): Promise<string> {
    const [{ today }]: { today: string }[] = await manager.query(
      `SELECT to_char(${LONDON_TODAY_SQL}, 'YYYY-MM-DD') AS today`,
    );
    return today;
  }
}

const isOpen = (state: VacancyState, today: string) =>
  state.status === 'open' && state.closingDate >= today;
