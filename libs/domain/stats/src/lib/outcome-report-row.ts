import type { SebGroup } from '@pathways/domain-seb';
import { assertPartOf } from './counts';
import { rate } from './rate';
import { twoProportionZTest } from './two-proportion-test';
import { wilsonInterval } from './wilson';

/** What the database counts for one SEB group of a programme (contracts.md, Outcome report). */
export interface GroupCounts {
  readonly participants: number;
  readonly mature: number;
  readonly progressed: number;
  readonly comparisonMature: number;
  readonly comparisonProgressed: number;
  readonly metExpectationsYes: number;
  readonly metExpectationsAnswered: number;
  readonly sessionsInterestingYes: number;
  readonly sessionsInterestingAnswered: number;
}

export type OutcomeReportGroup = SebGroup | 'all';

/** One row of the report; field names and order are fixed by contracts.md. */
export interface OutcomeReportRow {
  readonly seb_group: OutcomeReportGroup;
  readonly suppressed: boolean;
  readonly participants: number | null;
  readonly mature: number | null;
  readonly progressed: number | null;
  readonly rate: number | null;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
  readonly comparison_mature: number | null;
  readonly comparison_progressed: number | null;
  readonly comparison_rate: number | null;
  readonly p_value: number | null;
  readonly met_expectations: number | null;
  readonly sessions_interesting: number | null;
}

export const OUTCOME_REPORT_FIELDS = [
  'seb_group',
  'suppressed',
  'participants',
  'mature',
  'progressed',
  'rate',
  'ci_low',
  'ci_high',
  'comparison_mature',
  'comparison_progressed',
  'comparison_rate',
  'p_value',
  'met_expectations',
  'sessions_interesting',
] as const satisfies readonly (keyof OutcomeReportRow)[];

function assertConsistent(group: OutcomeReportGroup, c: GroupCounts): void {
  const part = (partKey: keyof GroupCounts, wholeKey: keyof GroupCounts) =>
    assertPartOf(`${group}.${partKey}`, c[partKey], `${group}.${wholeKey}`, c[wholeKey]);
  part('progressed', 'mature');
  part('mature', 'participants');
  part('comparisonProgressed', 'comparisonMature');
  part('metExpectationsYes', 'metExpectationsAnswered');
  part('metExpectationsAnswered', 'participants');
  part('sessionsInterestingYes', 'sessionsInterestingAnswered');
  part('sessionsInterestingAnswered', 'participants');
}

export function sumGroupCounts(counts: readonly GroupCounts[]): GroupCounts {
  const total = (key: keyof GroupCounts) => counts.reduce((sum, c) => sum + c[key], 0);
  return {
    participants: total('participants'),
    mature: total('mature'),
    progressed: total('progressed'),
    comparisonMature: total('comparisonMature'),
    comparisonProgressed: total('comparisonProgressed'),
    metExpectationsYes: total('metExpectationsYes'),
    metExpectationsAnswered: total('metExpectationsAnswered'),
    sessionsInterestingYes: total('sessionsInterestingYes'),
    sessionsInterestingAnswered: total('sessionsInterestingAnswered'),
  };
}

/** The row before disclosure control. */
export function outcomeReportRow(group: OutcomeReportGroup, c: GroupCounts): OutcomeReportRow {
  assertConsistent(group, c);
  const interval = wilsonInterval(c.progressed, c.mature);
  return {
    seb_group: group,
    suppressed: false,
    participants: c.participants,
    mature: c.mature,
    progressed: c.progressed,
    rate: rate(c.progressed, c.mature),
    ci_low: interval?.low ?? null,
    ci_high: interval?.high ?? null,
    comparison_mature: c.comparisonMature,
    comparison_progressed: c.comparisonProgressed,
    comparison_rate: rate(c.comparisonProgressed, c.comparisonMature),
    p_value: twoProportionZTest(c.progressed, c.mature, c.comparisonProgressed, c.comparisonMature),
    met_expectations: rate(c.metExpectationsYes, c.metExpectationsAnswered),
    sessions_interesting: rate(c.sessionsInterestingYes, c.sessionsInterestingAnswered),
  };
}
