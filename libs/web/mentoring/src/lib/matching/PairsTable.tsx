import type { MatchingPairFragment } from '@pathways/web-graphql';
import { Button, Table, Tag } from '@pathways/web-ui';
import { StatusTagOf } from '../common/StatusTagOf';
import { departmentLabel, gradeLabel, personName } from '../vocabulary/labels';
import { RELATIONSHIP_STATUS_TAGS } from '../vocabulary/status';

export interface PairsTableProps {
  pairs: readonly MatchingPairFragment[];
  approving: boolean;
  onApprove: (relationshipId: string) => void;
}

function Person({ person }: { person: MatchingPairFragment['mentee']['person'] }) {
  return (
    <>
      {personName(person)}
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
        {gradeLabel(person.gradeCode)}, {departmentLabel(person.departmentCode)}
      </span>
    </>
  );
}

/** Each pair with its score and the criteria it met; suggested pairs can be approved one by one. */
export function PairsTable({ pairs, approving, onApprove }: PairsTableProps) {
  return (
    <Table
      caption="Pairs"
      captionSize="m"
      head={[
        { content: 'Mentee' },
        { content: 'Mentor' },
        { content: 'Score', numeric: true },
        { content: 'Why they were matched' },
        { content: 'Status' },
        { content: 'Action' },
      ]}
      rows={pairs.map((pair) => [
        { content: <Person person={pair.mentee.person} /> },
        { content: <Person person={pair.mentor.person} /> },
        { content: pair.score.toFixed(2), numeric: true },
        {
          content: (
            <ul className="govuk-list govuk-list--bullet govuk-body-s">
              {pair.explanation.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ),
        },
        {
          content: (
            <>
              <StatusTagOf tag={RELATIONSHIP_STATUS_TAGS[pair.status]} />
              {pair.locked && (
                <span className="govuk-!-display-block govuk-!-margin-top-1">
                  <Tag colour="purple">Paired by hand</Tag>
                </span>
              )}
            </>
          ),
        },
        {
          content:
            pair.status === 'suggested' ? (
              <Button
                variant="secondary"
                type="button"
                disabled={approving}
                onClick={() => onApprove(pair.id)}
              >
                Approve
                <span className="govuk-visually-hidden">
                  {' '}
                  {personName(pair.mentee.person)} with {personName(pair.mentor.person)}
                </span>
              </Button>
            ) : (
              'None'
            ),
        },
      ])}
    />
  );
}
