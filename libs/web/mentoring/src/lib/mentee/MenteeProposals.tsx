import type { RelationshipSummaryFragment } from '@pathways/web-graphql';
import { Button, SummaryList, useLinkComponent } from '@pathways/web-ui';
import { departmentLabel, gradeLabel, personName, topicList } from '../vocabulary/labels';

export interface MenteeProposalsProps {
  proposals: readonly RelationshipSummaryFragment[];
  accepting: boolean;
  onAccept: (proposal: RelationshipSummaryFragment) => void;
}

/** Mentors proposed to the signed-in mentee, waiting for their answer. */
export function MenteeProposals({ proposals, accepting, onAccept }: MenteeProposalsProps) {
  const Link = useLinkComponent();
  if (proposals.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Mentors proposed to you</h2>
      {proposals.map((proposal) => {
        const mentor = proposal.mentor.person;
        const name = personName(mentor);
        return (
          <div key={proposal.id} className="govuk-summary-card" id={`proposal-${proposal.id}`}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">{name}</h3>
            </div>
            <div className="govuk-summary-card__content">
              <SummaryList
                rows={[
                  {
                    key: 'Grade and department',
                    value: `${gradeLabel(mentor.gradeCode)}, ${departmentLabel(mentor.departmentCode)}`,
                  },
                  { key: 'Can help with', value: topicList(proposal.mentor.topics) || 'Not said' },
                  {
                    key: 'Programme',
                    value: `${proposal.cohort.programme.name}, ${proposal.cohort.name}`,
                  },
                ]}
              />
              <div className="govuk-button-group">
                <Button type="button" disabled={accepting} onClick={() => onAccept(proposal)}>
                  Accept<span className="govuk-visually-hidden"> {name} as your mentor</span>
                </Button>
                <Link href={`/mentoring/proposals/${proposal.id}/decline`} className="govuk-link">
                  Decline<span className="govuk-visually-hidden"> {name}</span>
                </Link>
              </div>
            </div>
          </div>
        );
      })}
    </>
  );
}
