import { gradeChartDescription, gradeChartRows, lowerBenchmark } from '../grade-chart';
import { BY_GRADE } from './fixtures';

const BENCHMARKS = [
  {
    key: 'scs_lower',
    measure: 'SCS lower',
    sebGroup: 'lower',
    value: 0.18,
    source: 's',
    verify: false,
  },
  {
    key: 'uk_workforce_lower',
    measure: 'UK lower',
    sebGroup: 'lower',
    value: 0.39,
    source: 's',
    verify: true,
  },
];

describe(gradeChartRows.name, () => {
  it('draws each grade’s lower share and notes withheld grades', () => {
    expect(gradeChartRows(BY_GRADE)).toEqual([
      { label: 'AA', cells: [{ kind: 'bar', value: 0.47619047619047616 }] },
      { label: 'SCS1', cells: [{ kind: 'note', text: '[c] withheld' }] },
      { label: 'All grades', cells: [{ kind: 'bar', value: 0.3610603290676417 }] },
    ]);
  });
});

describe(lowerBenchmark.name, () => {
  it('takes the UK workforce benchmark, not the SCS one', () => {
    expect(lowerBenchmark(BENCHMARKS)).toEqual({ value: 0.39, label: 'UK workforce 39%' });
    expect(lowerBenchmark([])).toBeUndefined();
  });
});

describe(gradeChartDescription.name, () => {
  it('reads out every bar and the line', () => {
    expect(gradeChartDescription(BY_GRADE, lowerBenchmark(BENCHMARKS))).toBe(
      'Share of classifiable people from lower socio-economic backgrounds, by grade. ' +
        'The dashed line marks the UK workforce share, 39%. ' +
        'Administrative Assistant: 47.6%. Deputy Director: withheld. All grades: 36.1%.',
    );
  });
});
