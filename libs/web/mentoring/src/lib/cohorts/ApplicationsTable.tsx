import { useCohortApplicationsQuery } from '@pathways/web-graphql';
import { Loading, Table } from '@pathways/web-ui';
import { StatusTagOf } from '../common/StatusTagOf';
import { formatDate } from '../vocabulary/dates';
import { departmentLabel, gradeLabel, personName } from '../vocabulary/labels';
import { APPLICATION_STATUS_TAGS, eligibleTag } from '../vocabulary/status';

/** Eligible yes or no only: a lead never learns why, nor anyone's answers. */
export function ApplicationsTable({ cohortId }: { cohortId: string }) {
  const { data, error } = useCohortApplicationsQuery({
    variables: { cohortId },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <p className="govuk-body">Sorry, the applications could not be loaded.</p>;
  if (!data) return <Loading what="applications" />;
  const applications = data.cohortApplications;
  if (applications.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Applications</h2>
        <p className="govuk-body">Nobody has applied yet.</p>
      </>
    );
  }
  return (
    <Table
      caption={`Applications (${applications.length})`}
      captionSize="m"
      firstCellIsHeader
      head={[
        { content: 'Applicant' },
        { content: 'Grade' },
        { content: 'Department' },
        { content: 'Applied' },
        { content: 'Status' },
        { content: 'Eligible' },
      ]}
      rows={applications.map((application) => {
        const status = APPLICATION_STATUS_TAGS[application.status];
        return [
          { content: personName(application.person) },
          { content: gradeLabel(application.person.gradeCode) },
          { content: departmentLabel(application.person.departmentCode) },
          { content: formatDate(application.appliedAt) },
          { content: <StatusTagOf tag={status} /> },
          { content: <StatusTagOf tag={eligibleTag(application.eligible)} /> },
        ];
      })}
    />
  );
}
