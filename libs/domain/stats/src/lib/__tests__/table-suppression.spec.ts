import { suppressTable, type SuppressedCell, type SuppressedTable } from '../table-suppression';

// Compact view: the value, `p`/`s` for a primary/secondary suppression.
const view = (c: SuppressedCell) =>
  c.reason === null ? c.value : c.reason === 'primary' ? 'p' : 's';
const compact = (t: SuppressedTable) => ({
  cells: t.cells.map((row) => row.map(view)),
  rowTotals: t.rowTotals.map(view),
  columnTotals: t.columnTotals.map(view),
  grandTotal: view(t.grandTotal),
});

// The table extended by its totals, as the rule sees it.
function extended(t: SuppressedTable): SuppressedCell[][] {
  return [...t.cells.map((row, i) => [...row, t.rowTotals[i]]), [...t.columnTotals, t.grandTotal]];
}

function linesWithALoneSuppression(t: SuppressedTable): number {
  const grid = extended(t);
  const columns = grid[0].map((_, j) => grid.map((row) => row[j]));
  return [...grid, ...columns].filter((line) => line.filter((c) => c.suppressed).length === 1)
    .length;
}

// A small deterministic generator (LCG) for the property checks.
function randomTable(seed: number, rows: number, columns: number): number[][] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => {
      const u = next();
      return u < 0.2 ? 0 : u < 0.5 ? Math.floor(next() * 10) : Math.floor(next() * 200);
    }),
  );
}

describe(suppressTable.name, () => {
  it('shows a table without small counts untouched, totals included', () => {
    expect(
      compact(
        suppressTable([
          [10, 20],
          [30, 40],
        ]),
      ),
    ).toEqual({
      cells: [
        [10, 20],
        [30, 40],
      ],
      rowTotals: [30, 70],
      columnTotals: [40, 60],
      grandTotal: 100,
    });
  });

  it('gives each cell its value, suppressed flag and reason', () => {
    const table = suppressTable([[5, 20, 30]]);
    expect(table.cells[0]).toEqual([
      { value: null, suppressed: true, reason: 'primary' },
      { value: null, suppressed: true, reason: 'secondary' },
      { value: 30, suppressed: false, reason: null },
    ]);
  });

  it('in a single row, pairs the small cell with the next smallest and hides equal column totals', () => {
    expect(compact(suppressTable([[5, 20, 30]]))).toEqual({
      cells: [['p', 's', 30]],
      rowTotals: [55],
      columnTotals: ['p', 's', 30],
      grandTotal: 55,
    });
  });

  it('in a single column, does the same across rows', () => {
    expect(compact(suppressTable([[5], [20], [30]]))).toEqual({
      cells: [['p'], ['s'], [30]],
      rowTotals: ['p', 's', 30],
      columnTotals: [55],
      grandTotal: 55,
    });
  });

  it('breaks ties by position', () => {
    expect(compact(suppressTable([[5, 20, 20]])).cells).toEqual([['p', 's', 20]]);
  });

  it('iterates: a secondary suppression in a row forces one in a column, and so on', () => {
    // row 0 pairs 5 with 12; columns 0 and 1 then take 30 and 11; rows 1 and 2 take 70 and 50;
    // column 2 finally takes 40.
    expect(
      compact(
        suppressTable([
          [5, 12, 40],
          [30, 70, 80],
          [60, 11, 50],
        ]),
      ),
    ).toEqual({
      cells: [
        ['p', 's', 's'],
        ['s', 's', 80],
        [60, 's', 's'],
      ],
      rowTotals: [57, 180, 121],
      columnTotals: [95, 93, 170],
      grandTotal: 358,
    });
  });

  it('suppresses a total when its line has no other non-zero cell to pair with', () => {
    // Column 0 takes 15 from row 1, whose only other cell is 0, so row 1's total goes too.
    expect(
      compact(
        suppressTable([
          [3, 12],
          [15, 0],
        ]),
      ),
    ).toEqual({
      cells: [
        ['p', 's'],
        ['s', 0],
      ],
      rowTotals: ['s', 's'],
      columnTotals: ['s', 's'],
      grandTotal: 30,
    });
  });

  it('never suppresses a 0', () => {
    const table = suppressTable([
      [5, 0],
      [0, 40],
    ]);
    expect(table.cells[0][1]).toEqual({ value: 0, suppressed: false, reason: null });
    expect(table.cells[1][0]).toEqual({ value: 0, suppressed: false, reason: null });
  });

  it('shows an all-zero table as it is', () => {
    expect(
      compact(
        suppressTable([
          [0, 0, 0],
          [0, 0, 0],
        ]),
      ),
    ).toEqual({
      cells: [
        [0, 0, 0],
        [0, 0, 0],
      ],
      rowTotals: [0, 0],
      columnTotals: [0, 0, 0],
      grandTotal: 0,
    });
  });

  it('suppresses 9 and shows 10 at the default threshold', () => {
    expect(compact(suppressTable([[9]]))).toEqual({
      cells: [['p']],
      rowTotals: ['p'],
      columnTotals: ['p'],
      grandTotal: 'p',
    });
    expect(compact(suppressTable([[10]])).cells).toEqual([[10]]);
  });

  it('takes another threshold', () => {
    expect(compact(suppressTable([[4, 5]], { threshold: 5 })).cells).toEqual([['p', 's']]);
    expect(compact(suppressTable([[5, 6]], { threshold: 5 })).cells).toEqual([[5, 6]]);
  });

  it('handles an empty table', () => {
    expect(compact(suppressTable([]))).toEqual({
      cells: [],
      rowTotals: [],
      columnTotals: [],
      grandTotal: 0,
    });
  });

  it('rejects ragged rows, negative counts and a threshold below 1', () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[-1]])).toThrow(RangeError);
    expect(() => suppressTable([[1]], { threshold: 0 })).toThrow(RangeError);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'leaves no line with a lone suppression and keeps primaries exact (random table %p)',
    (seed) => {
      const cells = randomTable(seed, 2 + (seed % 4), 2 + ((seed * 3) % 5));
      const table = suppressTable(cells);
      expect(table.cells.flat().some((c) => c.suppressed)).toBe(true);
      expect(linesWithALoneSuppression(table)).toBe(0);
      table.cells.forEach((row, i) =>
        row.forEach((c, j) => {
          const value = cells[i][j];
          expect(c.reason === 'primary').toBe(value > 0 && value < 10);
          expect(c.suppressed && value === 0).toBe(false);
          if (!c.suppressed) expect(c.value).toBe(value);
        }),
      );
    },
  );
});
