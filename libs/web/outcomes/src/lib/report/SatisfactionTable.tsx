import { Table } from '@pathways/web-ui';
import { inReportOrder } from '../format/labels';
import { outcomeRowCells, type OutcomeGroupLike } from './outcome-rows';

/** The end-of-programme survey by group: yes, of the participants who answered. */
export function SatisfactionTable({ groups }: { groups: readonly OutcomeGroupLike[] }) {
  return (
    <Table
      caption="End-of-programme survey by socio-economic background"
      captionSize="m"
      firstCellIsHeader
      head={[
        { content: 'Socio-economic background' },
        { content: 'Participants', numeric: true },
        { content: 'Met expectations', numeric: true },
        { content: 'Found sessions interesting', numeric: true },
      ]}
      rows={inReportOrder(groups).map((row) => {
        const cells = outcomeRowCells(row);
        return [
          { content: cells.group },
          { content: cells.participants, numeric: true },
          { content: cells.metExpectations, numeric: true },
          { content: cells.sessionsInteresting, numeric: true },
        ];
      })}
    />
  );
}
