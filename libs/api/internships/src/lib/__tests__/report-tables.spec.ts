import { publishTable } from '../rules/report-tables';

describe(publishTable.name, () => {
  it('withholds cells of 1 to 9, and enough others that none can be worked out', () => {
    const table = publishTable(
      ['Made permanent', 'Other'],
      [
        { key: 'a', label: '2025', counts: [1, 40] },
        { key: 'b', label: '2026', counts: [30, 25] },
      ],
    );
    expect(table.rows[0].cells[0]).toEqual({ value: null, suppressed: true, share: null });
    // The row total would give the 1 away, so another cell in the row goes too.
    const shownInRow = [...table.rows[0].cells, table.rows[0].total].filter((c) => !c.suppressed);
    expect(shownInRow.length).not.toBe(2);
    const shownInColumn = [table.rows[0].cells[0], table.rows[1].cells[0], table.totals[0]].filter(
      (c) => !c.suppressed,
    );
    expect(shownInColumn.length).not.toBe(2);
  });

  it('gives shares of the row total for shown cells only, when asked', () => {
    const table = publishTable(
      ['Progressed', 'Did not'],
      [{ key: 'a', label: '2025', counts: [12, 28] }],
      {
        shares: true,
      },
    );
    expect(table.rows[0].cells).toEqual([
      { value: 12, suppressed: false, share: 0.3 },
      { value: 28, suppressed: false, share: 0.7 },
    ]);
    expect(table.rows[0].total).toEqual({ value: 40, suppressed: false, share: null });
  });

  it('shows zeros', () => {
    const table = publishTable(['AO', 'EO'], [{ key: 'MOJ', label: 'Justice', counts: [0, 0] }]);
    expect(table.grandTotal).toEqual({ value: 0, suppressed: false, share: null });
  });

  it('has zero totals and no rows when there is nothing to count', () => {
    expect(publishTable(['AO', 'EO'], [])).toEqual({
      columns: ['AO', 'EO'],
      rows: [],
      totals: [
        { value: 0, suppressed: false, share: null },
        { value: 0, suppressed: false, share: null },
      ],
      grandTotal: { value: 0, suppressed: false, share: null },
    });
  });
});
