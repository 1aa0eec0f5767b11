import { useOutcomeReportCsvLazyQuery, useOutcomeReportQuery } from '@pathways/web-graphql';
import { BackLink, Loading, formErrors, useDocumentTitle, useFormErrors } from '@pathways/web-ui';
import { useParams, useSearchParams } from 'react-router-dom';
import { csvFileName } from '../common/download-text';
import { DownloadCsvButton } from '../common/DownloadCsvButton';
import { problemsFrom } from '../common/graphql-errors';
import { QueryProblem } from '../common/QueryProblem';
import { isoToday } from '../format/labels';
import { AS_OF_FIELD_IDS, AsOfForm } from './AsOfForm';
import { HowToRead } from './HowToRead';
import { outcomeHeadline } from './outcome-rows';
import { OutcomeTable } from './OutcomeTable';
import { ProgressionChart } from './ProgressionChart';
import { SatisfactionSummary } from './SatisfactionSummary';
import { SatisfactionTable } from './SatisfactionTable';
import { SuppressionNote } from './SuppressionNote';

const VALID_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A programme's outcome report (contracts.md) for its leads: chart, table and CSV. */
export function OutcomeReportPage() {
  const { programme = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('asOf');
  // The date is not personal data, so it may sit in the address: reports can be bookmarked.
  const asOf = requested && VALID_DATE.test(requested) ? requested : isoToday();
  const input = { programme, asOf };
  const { data, error, loading } = useOutcomeReportQuery({ variables: { input } });
  // Not cached: the CSV is an audited export, and it must not overwrite the report in the cache.
  const [loadCsv] = useOutcomeReportCsvLazyQuery({ fetchPolicy: 'no-cache' });
  const { errors, hasErrors, show, clear } = useFormErrors(AS_OF_FIELD_IDS, 'asOf');
  const badDate = Boolean(error) && problemsFrom(error).some((p) => p.field === 'asOf');
  useDocumentTitle(`Outcome report – ${programme}`, hasErrors || badDate);
  if (error && !badDate) return <QueryProblem error={error} who="the programme’s leads" />;
  // A date the API refused is shown like one the form refused.
  const shown =
    badDate && !hasErrors
      ? { ...formErrors(problemsFrom(error), AS_OF_FIELD_IDS, 'asOf'), attempt: errors.attempt }
      : errors;

  const choose = (date: string) => {
    clear();
    setSearch({ asOf: date });
  };
  const report = data?.outcomeReport;
  const all = report?.groups.find((group) => group.sebGroup === 'all');
  return (
    <>
      <BackLink href="/outcomes" text="Outcomes" />
      <span className="govuk-caption-l">{programme}</span>
      <h1 className="govuk-heading-l">Outcome report</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            Whether participants progressed in their careers within a year of starting, by
            socio-economic background, beside colleagues in the same department and grade who did
            not take part.
          </p>
          <AsOfForm key={asOf} asOf={asOf} errors={shown} onProblems={show} onChoose={choose} />
        </div>
      </div>
      {loading && !report && <Loading what="the outcome report" />}
      {report && (
        <>
          <h2 className="govuk-heading-m">Summary</h2>
          <p className="govuk-body">
            {outcomeHeadline(all) ??
              'No participant has been on the programme for 12 months by this date, or the figures are withheld.'}
          </p>
          <SatisfactionSummary all={all} />
          <h2 className="govuk-heading-m">Progression by socio-economic background</h2>
          <p className="govuk-body">
            Bars show the share who progressed within 12 months of starting. The black line across
            each participants’ bar is its 95% interval. The table below has the same figures.
          </p>
          <ProgressionChart groups={report.groups} />
          <OutcomeTable asOf={report.asOf} groups={report.groups} />
          <SatisfactionTable groups={report.groups} />
          <SuppressionNote />
          <DownloadCsvButton
            text="Download this report (CSV)"
            fileName={csvFileName('outcomes', report.programme, report.asOf)}
            csv={async () => {
              const result = await loadCsv({ variables: { input } });
              if (!result.data) throw new Error('no CSV');
              return result.data.outcomeReport.csv;
            }}
          />
          <HowToRead />
        </>
      )}
    </>
  );
}
