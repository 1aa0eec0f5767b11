import { csvFileName } from '../common/download-text';
import { DownloadCsvButton } from '../common/DownloadCsvButton';
import { compositionCells, type CompositionTableLike } from './composition-rows';
import { CompositionTable } from './CompositionTable';
import { compositionTableCsv } from './workforce-csv';

export interface CompositionSectionProps {
  id: string;
  heading: string;
  category: string;
  table: CompositionTableLike;
  asOf: string;
  /** The API's CSV of every table, fetched when first asked for. */
  allTablesCsv: () => Promise<string>;
}

/** One breakdown: its declaration rate first (seb.md), then the table and its CSV. */
export function CompositionSection({
  id,
  heading,
  category,
  table,
  asOf,
  allTablesCsv,
}: CompositionSectionProps) {
  const declaration = compositionCells(table.total).declarationRate;
  return (
    <section aria-labelledby={id}>
      <h3 className="govuk-heading-m" id={id}>
        {heading}
      </h3>
      <p className="govuk-body">
        Declaration rate: <strong>{declaration}</strong> of people in this table gave an answer
        about their background that can be classified. Shares are of those people only.
      </p>
      <CompositionTable
        caption={`Socio-economic background by ${category.toLowerCase()}`}
        category={category}
        table={table}
      />
      <DownloadCsvButton
        text={`Download the ${category.toLowerCase()} table (CSV)`}
        fileName={csvFileName('workforce', table.dimension, asOf)}
        csv={async () => compositionTableCsv(await allTablesCsv(), table.dimension)}
      />
    </section>
  );
}
