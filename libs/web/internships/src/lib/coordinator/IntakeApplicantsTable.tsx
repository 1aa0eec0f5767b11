import type { IntakeFieldsFragment } from '@pathways/web-graphql';
import { Table } from '@pathways/web-ui';
import { ApplicantTag, fullName } from '../common/labels';

type Applicant = IntakeFieldsFragment['applicants'][number];

export function IntakeApplicantsTable({ applicants }: { applicants: Applicant[] }) {
  if (applicants.length === 0) return <p className="govuk-body">No one has applied yet.</p>;
  return (
    <Table
      caption="Eligible applicants (their answers about care are seen only by them)"
      captionSize="s"
      firstCellIsHeader
      head={[
        { content: 'Name' },
        { content: 'Staff number' },
        { content: 'Regions' },
        { content: 'Kinds of work' },
        { content: 'Status' },
      ]}
      rows={applicants.map((applicant) => [
        { content: fullName(applicant.person) },
        { content: applicant.person.staffNumber },
        { content: applicant.preferredRegions.join(', ') || 'Any region' },
        { content: applicant.preferredWork.join(', ') || 'No preference' },
        { content: <ApplicantTag status={applicant.status} /> },
      ])}
    />
  );
}
