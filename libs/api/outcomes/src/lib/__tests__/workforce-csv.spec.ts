import { sebComposition } from '../disclosure/seb-tables';
import type { Cell } from '../disclosure/seb-tables';
import { workforceCompositionCsv } from '../workforce/workforce-csv';

const counts = (professional: number, intermediate: number, lower: number, unknown: number) => ({
  professional,
  intermediate,
  lower,
  unknown,
});

describe('workforceCompositionCsv', () => {
  const composition = sebComposition([
    { key: 'EO', label: 'Executive Officer', counts: counts(100, 50, 250, 100) },
    { key: 'G7', label: 'Grade 7', counts: counts(60, 20, 20, 0) },
    { key: 'SCS2', label: 'Director', counts: counts(12, 3, 11, 0) },
  ]);
  const lines = workforceCompositionCsv([{ dimension: 'grade', composition }])
    .trimEnd()
    .split('\r\n');

  it('has a header and one record per category and the total', () => {
    expect(lines[0]).toBe(
      'dimension,category,label,professional,intermediate,lower,unknown,total,' +
        'professional_share,intermediate_share,lower_share,declaration_rate',
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'grade,EO,Executive Officer',
      'grade,G7,Grade 7',
      'grade,SCS2,Director',
      'grade,all,All',
    ]);
  });

  it('writes [c] for every withheld count and leaves a withheld row’s shares empty', () => {
    const text = (cell: Cell) => (cell.suppressed ? '[c]' : String(cell.value));
    [...composition.rows, composition.total].forEach((row, i) => {
      const cells = (lines[i + 1] as string).split(',');
      expect(cells.slice(3, 8)).toEqual(
        [row.professional, row.intermediate, row.lower, row.unknown, row.total].map(text),
      );
      if (row.declarationRate === null) expect(cells.slice(8)).toEqual(['', '', '', '']);
    });
    expect(lines[3]).toContain('[c]');
  });

  it('writes a shown row’s counts and shares as numbers', () => {
    const shown = sebComposition([{ key: 'G7', label: 'Grade 7', counts: counts(60, 20, 20, 0) }]);
    expect(
      workforceCompositionCsv([{ dimension: 'grade', composition: shown }]).split('\r\n')[1],
    ).toBe('grade,G7,Grade 7,60,20,20,0,100,0.6,0.2,0.2,1');
  });
});
