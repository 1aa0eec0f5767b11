import type { InternshipReportTableFieldsFragment } from '@pathways/web-graphql';
import { Table } from '@pathways/web-ui';
import { cellText } from './report-cells';

export interface ReportTableViewProps {
  caption: string;
  rowHeading: string;
  table: InternshipReportTableFieldsFragment;
  shares?: boolean;
}

/** A published table with its totals: withheld cells show [c]. */
export function ReportTableView({
  caption,
  rowHeading,
  table,
  shares = false,
}: ReportTableViewProps) {
  if (table.rows.length === 0)
    return <p className="govuk-body">{caption}: nothing to count yet.</p>;
  return (
    <Table
      caption={caption}
      captionSize="m"
      firstCellIsHeader
      head={[
        { content: rowHeading },
        ...table.columns.map((column) => ({ content: column, numeric: true })),
        { content: 'Total', numeric: true },
      ]}
      rows={[
        ...table.rows.map((row) => [
          { content: row.label },
          ...row.cells.map((cell) => ({ content: cellText(cell, shares), numeric: true })),
          { content: cellText(row.total), numeric: true },
        ]),
        [
          { content: 'All' },
          ...table.totals.map((cell) => ({ content: cellText(cell, shares), numeric: true })),
          { content: cellText(table.grandTotal), numeric: true },
        ],
      ]}
    />
  );
}
