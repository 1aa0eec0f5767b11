import type { VacancyFunnelFieldsFragment } from '@pathways/web-graphql';
import {
  totalsFiltersFromSearch,
  totalsFiltersToInput,
  totalsFiltersToSearch,
  vacancyCountText,
} from '../funnel-totals-filters';
import { anySuppressed, funnelCellText, funnelGroupLabel, funnelRows } from '../funnel-table';

const count = (sebGroup: string, value: number | null, suppressed = false) => ({
  sebGroup,
  value,
  suppressed,
});

const FUNNEL: VacancyFunnelFieldsFragment = {
  vacancyId: 'v1',
  vacancyCount: 1,
  // Out of order on purpose: the table puts stages and groups in their own order.
  stages: [
    {
      stage: 'applied',
      counts: [count('all', null, true), count('unknown', null, true), count('lower', 0)],
    },
    {
      stage: 'alerted',
      counts: [
        count('professional', 1250),
        count('intermediate', 12),
        count('lower', 30),
        count('unknown', 0),
        count('all', 1292),
      ],
    },
  ],
};

describe(funnelCellText.name, () => {
  it('shows [c] for a withheld count, figures with separators, and a dash for none', () => {
    expect(funnelCellText({ value: null, suppressed: true })).toBe('[c]');
    expect(funnelCellText({ value: 1250, suppressed: false })).toBe('1,250');
    expect(funnelCellText({ value: 0, suppressed: false })).toBe('0');
    expect(funnelCellText({ value: null, suppressed: false })).toBe('–');
    expect(funnelCellText(undefined)).toBe('–');
  });
});

describe(funnelRows.name, () => {
  it('puts stages in funnel order and groups in report order, everyone last', () => {
    const rows = funnelRows(FUNNEL);
    expect(rows.map((row) => row.label)).toEqual(['Alerted', 'Viewed', 'Applied', 'Appointed']);
    expect(rows[0].cells.map((cell) => cell.text)).toEqual(['1,250', '12', '30', '0', '1,292']);
    expect(rows[1].cells.map((cell) => cell.text)).toEqual(['–', '–', '–', '–', '–']);
    expect(rows[2].cells.map((cell) => cell.text)).toEqual(['–', '–', '0', '[c]', '[c]']);
    expect(anySuppressed(rows)).toBe(true);
    expect(anySuppressed(rows.slice(0, 2))).toBe(false);
  });

  it('names the groups', () => {
    expect(funnelGroupLabel('professional')).toBe('Higher (professional)');
    expect(funnelGroupLabel('all')).toBe('Everyone');
  });
});

describe('funnel totals filters', () => {
  it('round-trips through the address and sends only known categories', () => {
    const filters = { departmentCode: 'MOJ', category: 'private_office' };
    expect(totalsFiltersFromSearch(new URLSearchParams(totalsFiltersToSearch(filters)))).toEqual(
      filters,
    );
    expect(totalsFiltersToInput(filters)).toEqual(filters);
    expect(totalsFiltersToInput({ departmentCode: '', category: 'nonsense' })).toEqual({});
    expect(totalsFiltersToSearch({ departmentCode: '', category: '' })).toBe('');
  });

  it('says how many roles the figures cover', () => {
    expect(vacancyCountText(1)).toBe('Across 1 published role');
    expect(vacancyCountText(12)).toBe('Across 12 published roles');
  });
});
