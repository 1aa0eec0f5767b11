import { Table, ScrollableTable } from '@pathways/web-ui';
import { SUPPRESSED } from '../format/figures';
import { formatDate, inReportOrder } from '../format/labels';
import { outcomeRowCells, type OutcomeGroupLike } from './outcome-rows';

export interface OutcomeTableProps {
  asOf: string;
  groups: readonly OutcomeGroupLike[];
}

/** Progression by group beside the comparison group: the chart's table alternative. */
export function OutcomeTable({ asOf, groups }: OutcomeTableProps) {
  const caption = `Progression within 12 months by socio-economic background, as of ${formatDate(asOf)}`;
  return (
    <ScrollableTable label={caption}>
      <Table
        caption={caption}
        captionSize="m"
        firstCellIsHeader
        head={[
          { content: 'Socio-economic background' },
          { content: 'Participants', numeric: true },
          { content: 'Mature', numeric: true },
          { content: 'Progressed', numeric: true },
          { content: 'Progression rate', numeric: true },
          { content: '95% interval', numeric: true },
          { content: 'Comparison group rate (progressed of mature)', numeric: true },
          { content: 'p-value', numeric: true },
        ]}
        rows={inReportOrder(groups).map((row) => {
          const cells = outcomeRowCells(row);
          const comparison =
            cells.comparisonRate === SUPPRESSED
              ? SUPPRESSED
              : `${cells.comparisonRate} (${cells.comparisonCounts})`;
          return [
            { content: cells.group },
            { content: cells.participants, numeric: true },
            { content: cells.mature, numeric: true },
            { content: cells.progressed, numeric: true },
            { content: cells.rate, numeric: true },
            { content: cells.interval, numeric: true },
            { content: comparison, numeric: true },
            { content: cells.pValue, numeric: true },
          ];
        })}
      />
    </ScrollableTable>
  );
}
