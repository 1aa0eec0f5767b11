import { Table, Tag, ScrollableTable } from '@pathways/web-ui';
import { csvFileName } from '../common/download-text';
import { DownloadCsvButton } from '../common/DownloadCsvButton';
import { formatPublishedPercent } from '../format/figures';
import {
  comparableShare,
  comparableText,
  type BenchmarkLike,
  type WorkforceFigures,
} from './benchmark-comparison';
import { benchmarksCsv } from './workforce-csv';

export interface BenchmarksSectionProps {
  benchmarks: readonly BenchmarkLike[];
  figures: WorkforceFigures;
  asOf: string;
}

/** National figures (seb.md, Benchmarks) beside the same measure here, each with its source. */
export function BenchmarksSection({ benchmarks, figures, asOf }: BenchmarksSectionProps) {
  const rows = benchmarks.map((benchmark) => ({
    benchmark,
    here: comparableText(comparableShare(benchmark, figures)),
  }));
  return (
    <section aria-labelledby="benchmarks">
      <h2 className="govuk-heading-l" id="benchmarks">
        Against national benchmarks
      </h2>
      <p className="govuk-body">
        Published figures for the UK and the Civil Service, beside the same share here. Figures
        marked “to be checked” could not be confirmed against their source.
      </p>
      <ScrollableTable label="National benchmarks">
        <Table
          caption="National benchmarks and this workforce"
          captionSize="s"
          firstCellIsHeader
          head={[
            { content: 'Measure' },
            { content: 'Benchmark', numeric: true },
            { content: 'This workforce', numeric: true },
            { content: 'Source' },
          ]}
          rows={rows.map(({ benchmark: b, here }) => [
            { content: b.measure },
            { content: formatPublishedPercent(b.value), numeric: true },
            { content: here, numeric: true },
            {
              content: (
                <>
                  {b.source}
                  {b.note && <span className="govuk-body-s"> {b.note}</span>}
                  {b.verify && (
                    <>
                      {' '}
                      <Tag colour="grey">To be checked</Tag>
                    </>
                  )}
                </>
              ),
            },
          ])}
        />
      </ScrollableTable>
      <DownloadCsvButton
        text="Download the benchmarks table (CSV)"
        fileName={csvFileName('workforce', 'benchmarks', asOf)}
        csv={() => benchmarksCsv(rows)}
      />
    </section>
  );
}
