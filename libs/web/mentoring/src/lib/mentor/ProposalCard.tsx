import type { MyMentorProposalsQuery } from '@pathways/web-graphql';
import { Button, PreservedText, SummaryList, useLinkComponent } from '@pathways/web-ui';
import { formatDate } from '../vocabulary/dates';
import {
  departmentLabel,
  gradeLabel,
  personName,
  preferenceLabel,
  topicList,
} from '../vocabulary/labels';

type Proposal = MyMentorProposalsQuery['myMentorProposals'][number];

export function ProposalCard({
  proposal,
  accepting,
  onAccept,
}: {
  proposal: Proposal;
  accepting: boolean;
  onAccept: () => void;
}) {
  const Link = useLinkComponent();
  const { mentee } = proposal;
  const name = personName(mentee.person);
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{name}</h2>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            {
              key: 'Programme',
              value: `${proposal.cohort.programme.name}, ${proposal.cohort.name}`,
            },
            {
              key: 'Grade and department',
              value: `${gradeLabel(mentee.person.gradeCode)}, ${departmentLabel(mentee.person.departmentCode)}`,
            },
            { key: 'Their goals', value: <PreservedText text={mentee.goals} /> },
            { key: 'Topics', value: topicList(mentee.topics) },
            { key: 'When they could meet', value: mentee.availability || 'Not given' },
            {
              key: 'Profession preference',
              value: preferenceLabel(mentee.professionPreference, 'profession', 'their'),
            },
            {
              key: 'Department preference',
              value: preferenceLabel(mentee.departmentPreference, 'department', 'their'),
            },
            { key: 'Proposed', value: formatDate(proposal.proposedAt) },
          ]}
        />
        <div className="govuk-button-group">
          <Button type="button" disabled={accepting} onClick={onAccept}>
            Accept<span className="govuk-visually-hidden"> {name}</span>
          </Button>
          <Link href={`/mentoring/proposals/${proposal.id}/decline`} className="govuk-link">
            Decline<span className="govuk-visually-hidden"> {name}</span>
          </Link>
        </div>
      </div>
    </div>
  );
}
