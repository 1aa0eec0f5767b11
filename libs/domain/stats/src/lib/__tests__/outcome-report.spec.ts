import type { SebGroup } from '@pathways/domain-seb';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the contract's worked example lives in ../shared
import catapultExample from '../../../../../../../shared/spec/examples/outcomes-CATAPULT-2025-06-30.json';
import { assembleOutcomeReport } from '../outcome-report';
import {
  OUTCOME_REPORT_FIELDS,
  type GroupCounts,
  type OutcomeReportRow,
} from '../outcome-report-row';
import { Z_95 } from '../wilson';

type Counts = Record<SebGroup, GroupCounts>;

function counts(
  participants: number,
  mature: number,
  progressed: number,
  comparison: readonly [mature: number, progressed: number] = [0, 0],
  metExpectations: readonly [yes: number, answered: number] = [0, 0],
  sessionsInteresting: readonly [yes: number, answered: number] = [0, 0],
): GroupCounts {
  return {
    participants,
    mature,
    progressed,
    comparisonMature: comparison[0],
    comparisonProgressed: comparison[1],
    metExpectationsYes: metExpectations[0],
    metExpectationsAnswered: metExpectations[1],
    sessionsInterestingYes: sessionsInteresting[0],
    sessionsInterestingAnswered: sessionsInteresting[1],
  };
}

const NONE = counts(0, 0, 0);

function report(groups: Partial<Counts>) {
  return assembleOutcomeReport({
    programme: 'P',
    asOf: '2026-01-01',
    groups: { professional: NONE, intermediate: NONE, lower: NONE, unknown: NONE, ...groups },
  });
}

function row(groups: Partial<Counts>, group: OutcomeReportRow['seb_group']): OutcomeReportRow {
  const found = report(groups).groups.find((r) => r.seb_group === group);
  if (!found) throw new Error(`no ${group} row`);
  return found;
}

const suppressedGroups = (groups: Partial<Counts>) =>
  report(groups)
    .groups.filter((r) => r.suppressed)
    .map((r) => r.seb_group);

// Differences between two JSON values: same keys in the same order, numbers within 1e-9.
function differences(actual: unknown, expected: unknown, path = '$'): string[] {
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9
      ? []
      : [`${path}: ${String(actual)} != ${expected}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${path}: length`];
    return expected.flatMap((item, i) => differences(actual[i], item, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${path}: not an object`];
    const keys = Object.keys(expected);
    if (Object.keys(actual).join() !== keys.join()) return [`${path}: keys ${Object.keys(actual)}`];
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    return keys.flatMap((key) => differences(a[key], e[key], `${path}.${key}`));
  }
  return actual === expected ? [] : [`${path}: ${String(actual)} !== ${String(expected)}`];
}

// Counts behind the example where it shows them; intermediate and unknown are chosen to add up
// to the `all` row, once as one primary plus the secondary suppression, once as two primaries.
const PROFESSIONAL = counts(40, 30, 4, [643, 63], [31, 36], [31, 35]);
const LOWER = counts(180, 120, 22, [432, 48], [131, 157], [145, 161]);
const RECONSTRUCTIONS: readonly (readonly [string, Counts])[] = [
  [
    'unknown primary, intermediate secondary',
    {
      professional: PROFESSIONAL,
      intermediate: counts(16, 11, 2, [300, 30], [12, 15], [13, 14]),
      lower: LOWER,
      unknown: counts(10, 3, 1, [251, 36], [7, 9], [8, 8]),
    },
  ],
  [
    'both primary',
    {
      professional: PROFESSIONAL,
      intermediate: counts(14, 9, 2, [300, 30], [10, 13], [11, 12]),
      lower: LOWER,
      unknown: counts(12, 5, 1, [251, 36], [9, 11], [10, 10]),
    },
  ],
];

describe(assembleOutcomeReport.name, () => {
  describe('the contract example', () => {
    it.each(RECONSTRUCTIONS)('reproduces the example JSON (%s)', (_case, groups) => {
      const result = assembleOutcomeReport({ programme: 'CATAPULT', asOf: '2025-06-30', groups });
      expect(differences(result, catapultExample)).toEqual([]);
    });
  });

  describe('row shape', () => {
    it('lists professional, intermediate, lower, unknown, then all', () => {
      expect(report({}).groups.map((r) => r.seb_group)).toEqual([
        'professional',
        'intermediate',
        'lower',
        'unknown',
        'all',
      ]);
    });

    it('orders report keys and row keys as the contract does, suppressed or not', () => {
      const result = report({ lower: counts(8, 5, 1), unknown: counts(40, 30, 3) });
      expect(Object.keys(result)).toEqual(['programme', 'as_of', 'groups']);
      for (const r of result.groups) expect(Object.keys(r)).toEqual([...OUTCOME_REPORT_FIELDS]);
      expect(OUTCOME_REPORT_FIELDS).toEqual([
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
      ]);
    });

    it('sums the four groups into the all row', () => {
      const all = row(
        {
          professional: counts(20, 12, 3, [100, 10], [5, 6], [4, 6]),
          lower: counts(30, 18, 6, [50, 5], [7, 8], [8, 8]),
        },
        'all',
      );
      expect(all).toMatchObject({
        participants: 50,
        mature: 30,
        progressed: 9,
        rate: 0.3,
        comparison_mature: 150,
        comparison_progressed: 15,
        comparison_rate: 0.1,
        met_expectations: 12 / 14,
        sessions_interesting: 12 / 14,
      });
    });
  });

  describe('statistics', () => {
    it('shows a group with no mature participants, with null rates (n = 0)', () => {
      expect(row({ lower: counts(3, 0, 0) }, 'lower')).toEqual({
        seb_group: 'lower',
        suppressed: false,
        participants: 3,
        mature: 0,
        progressed: 0,
        rate: null,
        ci_low: null,
        ci_high: null,
        comparison_mature: 0,
        comparison_progressed: 0,
        comparison_rate: null,
        p_value: null,
        met_expectations: null,
        sessions_interesting: null,
      });
    });

    it('handles p = 0: interval from 0, no test against a comparison group with p = 0', () => {
      const r = row({ lower: counts(25, 20, 0, [30, 0]) }, 'lower');
      const z2 = Z_95 * Z_95;
      expect(r.rate).toBe(0);
      expect(r.ci_low).toBe(0);
      expect(r.ci_high).toBeCloseTo(z2 / (20 + z2), 15);
      expect(r.comparison_rate).toBe(0);
      expect(r.p_value).toBeNull();
    });

    it('handles p = 1: interval to 1, no test against a comparison group with p = 1', () => {
      const r = row({ lower: counts(25, 20, 20, [30, 30]) }, 'lower');
      expect([r.rate, r.ci_high, r.comparison_rate, r.p_value]).toEqual([1, 1, 1, null]);
    });

    it('tests p = 0 against a comparison group that did progress', () => {
      // pooled 5/70, z = (0 - 0.1) / sqrt(5/70 * 65/70 * (1/20 + 1/50)) = -1.4675987714106856
      const r = row({ lower: counts(25, 20, 0, [50, 5]) }, 'lower');
      expect(r.p_value).toBeCloseTo(0.142213241936392489156898091562, 12);
    });

    it('gives the share of yes among those who answered the survey', () => {
      const r = row({ lower: counts(30, 10, 3, [0, 0], [16, 20], [22, 25]) }, 'lower');
      expect([r.met_expectations, r.sessions_interesting]).toEqual([0.8, 0.88]);
    });

    it('rejects inconsistent counts', () => {
      expect(() => report({ lower: counts(10, 12, 1) })).toThrow(RangeError);
      expect(() => report({ lower: counts(10, 10, 11) })).toThrow(RangeError);
      expect(() => report({ lower: counts(10, 10, 1, [5, 6]) })).toThrow(RangeError);
      expect(() => report({ lower: counts(10, 10, 1, [0, 0], [3, 11]) })).toThrow(RangeError);
    });
  });

  describe('disclosure control', () => {
    it('suppresses a row with 1–9 mature, nulling every count, rate and comparison field', () => {
      expect(row({ lower: counts(30, 9, 2, [100, 10], [5, 6], [4, 5]) }, 'lower')).toEqual({
        seb_group: 'lower',
        suppressed: true,
        participants: null,
        mature: null,
        progressed: null,
        rate: null,
        ci_low: null,
        ci_high: null,
        comparison_mature: null,
        comparison_progressed: null,
        comparison_rate: null,
        p_value: null,
        met_expectations: null,
        sessions_interesting: null,
      });
    });

    it('shows a row with exactly 10 mature', () => {
      const groups = { lower: counts(30, 10, 2), professional: counts(30, 10, 2) };
      expect(suppressedGroups(groups)).toEqual([]);
    });

    it('with exactly one suppressed SEB row, also suppresses the smallest non-zero one shown', () => {
      const groups = {
        professional: counts(60, 50, 5),
        intermediate: counts(30, 25, 5),
        lower: counts(10, 5, 1),
        unknown: counts(20, 12, 2),
      };
      expect(suppressedGroups(groups)).toEqual(['lower', 'unknown']);
    });

    it('breaks a tie for the secondary suppression by row order', () => {
      const groups = {
        professional: counts(60, 50, 5),
        intermediate: counts(20, 12, 1),
        lower: counts(10, 5, 1),
        unknown: counts(20, 12, 2),
      };
      expect(suppressedGroups(groups)).toEqual(['intermediate', 'lower']);
    });

    it('skips rows with 0 mature when choosing the secondary suppression', () => {
      const groups = {
        professional: counts(5, 0, 0),
        intermediate: counts(40, 30, 3),
        lower: counts(10, 5, 1),
        unknown: counts(25, 20, 2),
      };
      const result = report(groups);
      expect(suppressedGroups(groups)).toEqual(['lower', 'unknown']);
      expect(result.groups[0]).toMatchObject({ suppressed: false, participants: 5, mature: 0 });
    });

    it('adds no secondary suppression when two SEB rows are already suppressed', () => {
      const groups = {
        professional: counts(60, 40, 5),
        intermediate: counts(10, 5, 1),
        lower: counts(10, 7, 1),
        unknown: counts(40, 30, 2),
      };
      expect(suppressedGroups(groups)).toEqual(['intermediate', 'lower']);
    });

    it('leaves the only suppressed SEB row alone when no other has mature people', () => {
      expect(suppressedGroups({ lower: counts(10, 6, 1) })).toEqual(['lower', 'all']);
    });

    it('suppresses the all row only when its own mature is 1–9', () => {
      const small = { lower: counts(10, 4, 1), unknown: counts(10, 5, 1) };
      expect(suppressedGroups(small)).toEqual(['lower', 'unknown', 'all']);
      const enough = { lower: counts(10, 4, 1), unknown: counts(10, 6, 1) };
      expect(suppressedGroups(enough)).toEqual(['lower', 'unknown']);
      expect(row(enough, 'all')).toMatchObject({ suppressed: false, mature: 10, progressed: 2 });
    });

    it('nulls comparison fields and p_value in a shown row whose comparison_mature is 1–9', () => {
      const r = row({ lower: counts(40, 30, 6, [9, 2], [8, 10], [9, 10]) }, 'lower');
      expect(r).toMatchObject({
        suppressed: false,
        mature: 30,
        rate: 0.2,
        comparison_mature: null,
        comparison_progressed: null,
        comparison_rate: null,
        p_value: null,
        met_expectations: 0.8,
        sessions_interesting: 0.9,
      });
    });

    it('shows comparison fields when comparison_mature is 10', () => {
      const r = row({ lower: counts(40, 30, 6, [10, 2]) }, 'lower');
      expect(r).toMatchObject({ comparison_mature: 10, comparison_progressed: 2 });
      expect(r.comparison_rate).toBe(0.2);
      expect(r.p_value).toBe(1);
    });

    it('applies the comparison rule to the all row too', () => {
      const all = row(
        { lower: counts(40, 30, 6, [4, 1]), unknown: counts(40, 30, 6, [3, 1]) },
        'all',
      );
      expect(all).toMatchObject({
        suppressed: false,
        mature: 60,
        comparison_mature: null,
        p_value: null,
      });
    });
  });
});
