import { Table } from '@pathways/web-ui';
import { csvFileName } from '../common/download-text';
import { DownloadCsvButton } from '../common/DownloadCsvButton';
import { shareRowCells } from './share-rows';
import { shareTableCsv, type ShareRowLike } from './workforce-csv';

export interface ShareSectionProps {
  id: string;
  heading: string;
  /** What is counted, e.g. "Left". */
  what: string;
  rows: readonly ShareRowLike[];
  asOf: string;
}

/** Attrition, temporary promotions or EOIs by SEB group, over the last 12 months. */
export function ShareSection({ id, heading, what, rows, asOf }: ShareSectionProps) {
  return (
    <section aria-labelledby={id}>
      <h3 className="govuk-heading-m" id={id}>
        {heading}
      </h3>
      <Table
        caption={`${heading} by socio-economic background, last 12 months`}
        captionSize="s"
        firstCellIsHeader
        head={[
          { content: 'Socio-economic background' },
          { content: 'Staff in the year', numeric: true },
          { content: what, numeric: true },
          { content: 'Rate in the group', numeric: true },
          { content: 'Share of the total (classifiable backgrounds)', numeric: true },
        ]}
        rows={shareRowCells(rows).map((cells) => [
          { content: cells.group },
          { content: cells.total, numeric: true },
          { content: cells.count, numeric: true },
          { content: cells.rate, numeric: true },
          { content: cells.shareOfAll, numeric: true },
        ])}
      />
      <DownloadCsvButton
        text={`Download the ${heading.toLowerCase()} table (CSV)`}
        fileName={csvFileName('workforce', id, asOf)}
        csv={() => shareTableCsv(rows)}
      />
    </section>
  );
}
