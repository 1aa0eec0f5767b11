import type { RelationshipSummaryFragment } from '@pathways/web-graphql';
import { Table, useLinkComponent } from '@pathways/web-ui';
import { StatusTagOf } from '../common/StatusTagOf';
import { formatDate } from '../vocabulary/dates';
import { personName } from '../vocabulary/labels';
import { RELATIONSHIP_STATUS_TAGS } from '../vocabulary/status';
import { otherMember, viewerRoleText } from './relationship-view';

export function MyRelationshipsTable({
  relationships,
}: {
  relationships: readonly RelationshipSummaryFragment[];
}) {
  const Link = useLinkComponent();
  return (
    <Table
      caption="Your mentoring relationships"
      captionSize="m"
      firstCellIsHeader
      head={[
        { content: 'With' },
        { content: 'Your role' },
        { content: 'Programme' },
        { content: 'Status' },
        { content: 'Sessions', numeric: true },
      ]}
      rows={relationships.map((relationship) => {
        const other = personName(otherMember(relationship));
        return [
          {
            content: (
              <Link href={`/mentoring/relationships/${relationship.id}`} className="govuk-link">
                {other}
              </Link>
            ),
          },
          { content: viewerRoleText(relationship.viewer) },
          { content: relationship.cohort.programme.name },
          {
            content: (
              <>
                <StatusTagOf tag={RELATIONSHIP_STATUS_TAGS[relationship.status]} />
                {relationship.startedOn && (
                  <span className="govuk-body-s govuk-!-display-block">
                    Since {formatDate(relationship.startedOn)}
                  </span>
                )}
              </>
            ),
          },
          { content: relationship.sessionCount, numeric: true },
        ];
      })}
    />
  );
}
