import { Table } from '@pathways/web-ui';
import { NOT_APPLICABLE, SUPPRESSED } from '../format/figures';
import { inReportOrder } from '../format/labels';
import { outcomeRowCells, type OutcomeGroupLike } from '../report/outcome-rows';

/** Progression within 12 months, as of today: the short form of the outcome report. */
export function ProgressionTable({ groups }: { groups: readonly OutcomeGroupLike[] }) {
  return (
    <Table
      caption="Progression within 12 months of starting"
      captionSize="m"
      firstCellIsHeader
      head={[
        { content: 'Socio-economic background' },
        { content: 'Mature', numeric: true },
        { content: 'Progressed', numeric: true },
        { content: 'Progression rate (95% interval)', numeric: true },
        { content: 'Comparison group rate', numeric: true },
      ]}
      rows={inReportOrder(groups).map((row) => {
        const cells = outcomeRowCells(row);
        const rate =
          cells.rate === SUPPRESSED || cells.interval === NOT_APPLICABLE
            ? cells.rate
            : `${cells.rate} (${cells.interval})`;
        return [
          { content: cells.group },
          { content: cells.mature, numeric: true },
          { content: cells.progressed, numeric: true },
          { content: rate, numeric: true },
          { content: cells.comparisonRate, numeric: true },
        ];
      })}
    />
  );
}
