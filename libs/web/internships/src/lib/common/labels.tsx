import { Tag, type TagColour } from '@pathways/web-ui';

type Labelled = Record<string, { text: string; colour: TagColour }>;

const TRAINING: Labelled = {
  done: { text: 'Trained', colour: 'green' },
  due: { text: 'Training due', colour: 'yellow' },
  overdue: { text: 'Training overdue', colour: 'red' },
};

const PLACEMENT: Labelled = {
  open: { text: 'Open', colour: 'grey' },
  suggested: { text: 'Match suggested', colour: 'blue' },
  offered: { text: 'Offered', colour: 'purple' },
  filled: { text: 'Filled', colour: 'green' },
};

const APPLICANT: Labelled = {
  waiting: { text: 'Waiting', colour: 'grey' },
  suggested: { text: 'Match suggested', colour: 'blue' },
  offered: { text: 'Offered', colour: 'purple' },
  placed: { text: 'Placed', colour: 'green' },
};

const MATCH: Labelled = {
  suggested: { text: 'Suggested', colour: 'blue' },
  offered: { text: 'Offered', colour: 'purple' },
  accepted: { text: 'Accepted', colour: 'green' },
  declined: { text: 'Declined', colour: 'red' },
  discarded: { text: 'Replaced', colour: 'grey' },
};

export const OUTCOME_LABELS: Record<string, string> = {
  extended: 'Contract extended',
  made_permanent: 'Made permanent',
  promoted: 'Promoted',
  left: 'Left the Civil Service',
  completed: 'Completed without extension',
};

const OUTCOME: Labelled = Object.fromEntries(
  Object.entries(OUTCOME_LABELS).map(([key, text]) => [
    key,
    { text, colour: key === 'left' ? 'orange' : key === 'completed' ? 'grey' : 'green' },
  ]),
);

const CHECK_IN: Labelled = {
  on_track: { text: 'On track', colour: 'green' },
  needs_support: { text: 'Needs support', colour: 'orange' },
};

function tag(table: Labelled, key: string) {
  const found = table[key];
  return found ? <Tag colour={found.colour}>{found.text}</Tag> : <Tag colour="grey">{key}</Tag>;
}

export const TrainingTag = ({ status }: { status: string }) => tag(TRAINING, status);
export const PlacementTag = ({ status }: { status: string }) => tag(PLACEMENT, status);
export const ApplicantTag = ({ status }: { status: string }) => tag(APPLICANT, status);
export const MatchTag = ({ status }: { status: string }) => tag(MATCH, status);
export const OutcomeTag = ({ outcome }: { outcome: string }) => tag(OUTCOME, outcome);
export const CheckInTag = ({ status }: { status: string }) => tag(CHECK_IN, status);

export function fullName(person: { givenName: string; familyName: string } | null | undefined) {
  return person ? `${person.givenName} ${person.familyName}` : '';
}
