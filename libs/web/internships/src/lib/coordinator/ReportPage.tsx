import { useInternshipReportQuery } from '@pathways/web-graphql';
import { BackLink, InsetText, Loading, useDocumentTitle } from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { longDate } from '../common/dates';
import { NotYours } from '../common/NotYours';
import { ReportTableView } from './ReportTableView';

export function ReportPage() {
  const programmeId = useParams()['programmeId'] ?? '';
  const { data, error } = useInternshipReportQuery({
    variables: { programmeId },
    fetchPolicy: 'network-only',
  });
  useDocumentTitle(data ? `Report: ${data.internshipReport.programmeName}` : 'Report');
  if (error)
    return (
      <NotYours what="Only the coordinators of this programme, analysts and admins can read its report." />
    );
  if (!data) return <Loading what="the report" />;
  const report = data.internshipReport;
  return (
    <>
      <BackLink href={`/internships/manage/programmes/${programmeId}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <span className="govuk-caption-l">{report.programmeName}</span>
          <h1 className="govuk-heading-l">Report</h1>
          <p className="govuk-body">As of {longDate(report.asOf)}.</p>
          <InsetText>
            [c] means a count is withheld: it is fewer than 10 people, or it would let someone work
            out a count that is. Percentages are of the row’s total and are never shown for a
            withheld count.
          </InsetText>
          <ReportTableView
            caption="Placements offered, by department and grade"
            rowHeading="Department"
            table={report.placementsByDepartment}
          />
          <ReportTableView
            caption="Line manager training, by intake"
            rowHeading="Intake"
            table={report.training}
            shares
          />
          <ReportTableView
            caption="Outcomes at the end of placements, by intake"
            rowHeading="Intake"
            table={report.outcomes}
            shares
          />
          <ReportTableView
            caption="Progression within 12 months of the placement ending, by intake"
            rowHeading="Intake"
            table={report.progression}
            shares
          />
          <p className="govuk-body-s">
            Progression counts interns whose placement ended at least 12 months ago, with a
            promotion, temporary promotion or lateral move from the end of the placement to 12
            months after it.
          </p>
        </div>
      </div>
    </>
  );
}
