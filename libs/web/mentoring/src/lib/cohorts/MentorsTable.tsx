import { useCohortMentorsQuery } from '@pathways/web-graphql';
import { Loading, Table, Tag } from '@pathways/web-ui';
import { departmentLabel, gradeLabel, personName } from '../vocabulary/labels';

export function MentorsTable({ cohortId }: { cohortId: string }) {
  const { data, error } = useCohortMentorsQuery({
    variables: { cohortId },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <p className="govuk-body">Sorry, the mentors could not be loaded.</p>;
  if (!data) return <Loading what="mentors" />;
  const mentors = data.cohortMentors;
  if (mentors.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Mentors</h2>
        <p className="govuk-body">Nobody has volunteered to mentor yet.</p>
      </>
    );
  }
  return (
    <Table
      caption={`Mentors (${mentors.length})`}
      captionSize="m"
      firstCellIsHeader
      head={[
        { content: 'Mentor' },
        { content: 'Grade' },
        { content: 'Department' },
        { content: 'Places', numeric: true },
        { content: 'Accepted', numeric: true },
        { content: 'Status' },
      ]}
      rows={mentors.map((offer) => [
        { content: personName(offer.person) },
        { content: gradeLabel(offer.person.gradeCode) },
        { content: departmentLabel(offer.person.departmentCode) },
        { content: offer.capacity, numeric: true },
        { content: offer.seatsTaken, numeric: true },
        {
          content: offer.paused ? (
            <Tag colour="grey">Paused</Tag>
          ) : (
            <Tag colour="green">Available</Tag>
          ),
        },
      ])}
    />
  );
}
