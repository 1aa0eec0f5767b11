import type { MatchingBoardFragment } from '@pathways/web-graphql';
import { Table, useLinkComponent } from '@pathways/web-ui';
import { departmentLabel, gradeLabel, personName, topicList } from '../vocabulary/labels';

export function UnmatchedTable({
  cohortId,
  unmatched,
}: {
  cohortId: string;
  unmatched: MatchingBoardFragment['unmatched'];
}) {
  const Link = useLinkComponent();
  if (unmatched.length === 0) {
    return <p className="govuk-body">Every applicant has a pair.</p>;
  }
  return (
    <Table
      caption={`Applicants without a pair (${unmatched.length})`}
      captionSize="m"
      firstCellIsHeader
      head={[
        { content: 'Applicant' },
        { content: 'Grade' },
        { content: 'Department' },
        { content: 'Topics' },
        { content: 'Action' },
      ]}
      rows={unmatched.map((applicant) => [
        { content: personName(applicant.person) },
        { content: gradeLabel(applicant.person.gradeCode) },
        { content: departmentLabel(applicant.person.departmentCode) },
        { content: topicList(applicant.topics) },
        {
          content: (
            <Link
              href={`/programmes/cohorts/${cohortId}/matching/pair?application=${applicant.applicationId}`}
              className="govuk-link"
            >
              Pair by hand
              <span className="govuk-visually-hidden"> {personName(applicant.person)}</span>
            </Link>
          ),
        },
      ])}
    />
  );
}
