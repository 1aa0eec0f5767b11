import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, notFound } from '@pathways/api-core';
import { isoDate, ProgrammeEntity } from '@pathways/api-programmes';
import { DataSource } from 'typeorm';
import type { InternshipReport } from '../models/report.model';
import { PLACEMENT_GRADES } from '../rules/placement-grades';
import { PLACEMENT_OUTCOMES, PLACEMENT_OUTCOME_LABELS } from '../rules/placement-outcomes';
import { publishTable, type CountRow } from '../rules/report-tables';
import { assertMayReadReport } from './internship-access';
import {
  INTAKES_SQL,
  OUTCOMES_BY_INTAKE_SQL,
  PLACEMENTS_BY_DEPARTMENT_SQL,
  PROGRESSION_BY_INTAKE_SQL,
  TRAINING_BY_INTAKE_SQL,
} from './internship-report.sql';

interface Labelled {
  key: string;
  label: string;
}

/** Coordinators' aggregates: every count through disclosure control, shown as [c] when withheld. */
@Injectable()
export class InternshipReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(user: AuthenticatedUser, programmeId: string): Promise<InternshipReport> {
    const programme = await this.dataSource
      .getRepository(ProgrammeEntity)
      .findOne({ where: { id: programmeId } });
    if (!programme || programme.type !== 'internship')
      throw notFound('No such internship programme');
    assertMayReadReport(user, programme.code);
    const asOf = isoDate(new Date());
    const query = <T>(sql: string, params: unknown[] = [programme.id]): Promise<T[]> =>
      this.dataSource.query(sql, params);
    const intakes = await query<Labelled>(INTAKES_SQL);
    const byIntake = <T extends { key: string }>(
      rows: T[],
      counts: (row: T | undefined) => number[],
    ) =>
      intakes.map((intake): CountRow => ({
        ...intake,
        counts: counts(rows.find((row) => row.key === intake.key)),
      }));

    const departmentRows = await query<Labelled & { grade: string; n: number }>(
      PLACEMENTS_BY_DEPARTMENT_SQL,
    );
    const departments = [...new Map(departmentRows.map((r) => [r.key, r.label])).entries()];
    const training = await query<{ key: string; done: number; not_done: number }>(
      TRAINING_BY_INTAKE_SQL,
    );
    const outcomes = await query<{ key: string; outcome: string | null; n: number }>(
      OUTCOMES_BY_INTAKE_SQL,
    );
    const progression = await query<{ key: string; progressed: number; not_progressed: number }>(
      PROGRESSION_BY_INTAKE_SQL,
      [programme.id, asOf],
    );
    const outcomeCount = (key: string, outcome: string | null) =>
      outcomes.find((row) => row.key === key && row.outcome === outcome)?.n ?? 0;

    return {
      programmeId: programme.id,
      programmeCode: programme.code,
      programmeName: programme.name,
      asOf,
      placementsByDepartment: publishTable(
        [...PLACEMENT_GRADES],
        departments.map(([key, label]) => ({
          key,
          label,
          counts: PLACEMENT_GRADES.map(
            (grade) => departmentRows.find((r) => r.key === key && r.grade === grade)?.n ?? 0,
          ),
        })),
      ),
      training: publishTable(
        ['Completed', 'Not yet'],
        byIntake(training, (row) => [row?.done ?? 0, row?.not_done ?? 0]),
        { shares: true },
      ),
      outcomes: publishTable(
        [
          ...PLACEMENT_OUTCOMES.map((outcome) => PLACEMENT_OUTCOME_LABELS[outcome]),
          'Not recorded yet',
        ],
        intakes.map((intake) => ({
          ...intake,
          counts: [...PLACEMENT_OUTCOMES, null].map((outcome) => outcomeCount(intake.key, outcome)),
        })),
        { shares: true },
      ),
      progression: publishTable(
        ['Progressed within 12 months', 'Did not progress'],
        byIntake(progression, (row) => [row?.progressed ?? 0, row?.not_progressed ?? 0]),
        { shares: true },
      ),
    };
  }
}
