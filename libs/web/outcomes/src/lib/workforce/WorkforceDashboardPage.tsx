import { useCurrentUserQuery, useWorkforceDashboardQuery } from '@pathways/web-graphql';
import { Loading, useDocumentTitle } from '@pathways/web-ui';
import { csvFileName } from '../common/download-text';
import { DownloadCsvButton } from '../common/DownloadCsvButton';
import { QueryProblem } from '../common/QueryProblem';
import { formatDate } from '../format/labels';
import { SuppressionNote } from '../report/SuppressionNote';
import { BenchmarksSection } from './BenchmarksSection';
import { BREAKDOWNS } from './breakdowns';
import { CompositionSection } from './CompositionSection';
import { GradeChart } from './GradeChart';
import { OverviewSection } from './OverviewSection';
import { ShareSection } from './ShareSection';
import { TargetsSection } from './TargetsSection';
import { useAllTablesCsv } from './useAllTablesCsv';
import { WorkforceContents } from './WorkforceContents';

/** Aggregates of the workforce by SEB for analysts: nothing about any one person. */
export function WorkforceDashboardPage() {
  useDocumentTitle('Workforce dashboard');
  const { data, error } = useWorkforceDashboardQuery({ fetchPolicy: 'cache-and-network' });
  const me = useCurrentUserQuery();
  const allTablesCsv = useAllTablesCsv();
  if (error) return <QueryProblem error={error} who="analysts and admins" />;
  if (!data) return <Loading what="the workforce dashboard" />;
  const d = data.workforceDashboard;
  const admin = (me.data?.me?.roles ?? []).some((grant) => grant.role === 'admin');
  const scope = d.departments ? `Departments: ${d.departments.join(', ')}` : 'All of government';
  return (
    <>
      <span className="govuk-caption-l">{scope}</span>
      <h1 className="govuk-heading-l">Workforce dashboard</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            The socio-economic background of the workforce on {formatDate(d.asOf)}, from each
            person’s latest HR record and their own answers. Only totals are shown, never anyone’s
            answers, and groups of fewer than 10 people are withheld.
          </p>
          <WorkforceContents />
        </div>
      </div>
      <OverviewSection overall={d.overall} />
      <BenchmarksSection benchmarks={d.benchmarks} figures={d} asOf={d.asOf} />
      <h2 className="govuk-heading-l" id="composition">
        Composition
      </h2>
      <SuppressionNote rules="tables" />
      <h3 className="govuk-heading-m">Share from lower backgrounds by grade</h3>
      <p className="govuk-body">
        The chart shows the lower-background share of each grade beside the UK workforce. The grade
        table below has the same figures.
      </p>
      <GradeChart table={d.byGrade} benchmarks={d.benchmarks} />
      {BREAKDOWNS.map((breakdown) => (
        <CompositionSection
          key={breakdown.id}
          id={breakdown.id}
          heading={breakdown.heading}
          category={breakdown.category}
          table={d[breakdown.field]}
          asOf={d.asOf}
          allTablesCsv={allTablesCsv}
        />
      ))}
      <DownloadCsvButton
        text="Download every composition table (CSV)"
        fileName={csvFileName('workforce', 'composition', d.asOf)}
        csv={allTablesCsv}
      />
      <h2 className="govuk-heading-l" id="movement">
        Leaving and moving up
      </h2>
      <ShareSection
        id="attrition"
        heading="Attrition"
        what="Left"
        rows={d.attrition}
        asOf={d.asOf}
      />
      <ShareSection
        id="temporary-promotions"
        heading="Temporary promotions"
        what="Temporarily promoted"
        rows={d.temporaryPromotions}
        asOf={d.asOf}
      />
      <ShareSection
        id="eoi-successes"
        heading="Successful expressions of interest"
        what="Successful EOI"
        rows={d.eoiSuccesses}
        asOf={d.asOf}
      />
      <TargetsSection targets={d.targets} asOf={d.asOf} canManage={admin} />
    </>
  );
}
