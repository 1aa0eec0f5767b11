import { useCohortRelationshipsQuery } from '@pathways/web-graphql';
import { Loading, Table, Tag } from '@pathways/web-ui';
import { formatDate } from '../vocabulary/dates';
import { personName } from '../vocabulary/labels';
import { RELATIONSHIP_STATUS_TAGS } from '../vocabulary/status';

/** Pairs past suggestion, with the 60-day flag for quiet ones. */
export function RelationshipsTable({ cohortId }: { cohortId: string }) {
  const { data, error } = useCohortRelationshipsQuery({
    variables: { cohortId },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <p className="govuk-body">Sorry, the relationships could not be loaded.</p>;
  if (!data) return <Loading what="relationships" />;
  const relationships = data.cohortRelationships;
  if (relationships.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Relationships</h2>
        <p className="govuk-body">No pairs have been proposed yet.</p>
      </>
    );
  }
  const quiet = relationships.filter((relationship) => relationship.inactiveSince).length;
  return (
    <>
      {quiet > 0 && (
        <p className="govuk-body govuk-!-font-weight-bold">
          {quiet === 1
            ? '1 relationship has had no session for 60 days.'
            : `${quiet} relationships have had no session for 60 days.`}
        </p>
      )}
      <Table
        caption={`Relationships (${relationships.length})`}
        captionSize="m"
        head={[
          { content: 'Mentee' },
          { content: 'Mentor' },
          { content: 'Status' },
          { content: 'Sessions', numeric: true },
          { content: 'Last session' },
          { content: 'Needs attention' },
        ]}
        rows={relationships.map((relationship) => {
          const status = RELATIONSHIP_STATUS_TAGS[relationship.status];
          return [
            { content: personName(relationship.mentee.person) },
            { content: personName(relationship.mentor.person) },
            { content: <Tag colour={status.colour}>{status.text}</Tag> },
            { content: relationship.sessionCount, numeric: true },
            {
              content: relationship.lastSessionOn
                ? formatDate(relationship.lastSessionOn)
                : 'None yet',
            },
            {
              content: relationship.inactiveSince ? (
                <>
                  <Tag colour="red">No session for 60 days</Tag>
                  <span className="govuk-body-s govuk-!-display-block">
                    Quiet since {formatDate(relationship.inactiveSince)}
                  </span>
                </>
              ) : relationship.declineReason ? (
                `Declined: ${relationship.declineReason}`
              ) : (
                'No'
              ),
            },
          ];
        })}
      />
    </>
  );
}
