import { registerEnumType } from '@nestjs/graphql';

export const TrainingStatusEnum = { done: 'done', due: 'due', overdue: 'overdue' } as const;
export type TrainingStatus = keyof typeof TrainingStatusEnum;
registerEnumType(TrainingStatusEnum, {
  name: 'LineManagerTrainingStatus',
  description: 'done; due (before the start date); overdue (the placement has started without it).',
});

export const PlacementStatusEnum = {
  open: 'open',
  suggested: 'suggested',
  offered: 'offered',
  filled: 'filled',
} as const;
export type PlacementStatus = keyof typeof PlacementStatusEnum;
registerEnumType(PlacementStatusEnum, { name: 'PlacementStatus' });

export const ApplicantStatusEnum = {
  waiting: 'waiting',
  suggested: 'suggested',
  offered: 'offered',
  placed: 'placed',
} as const;
export type ApplicantStatus = keyof typeof ApplicantStatusEnum;
registerEnumType(ApplicantStatusEnum, { name: 'InternshipApplicantStatus' });

export const MatchStatusEnum = {
  suggested: 'suggested',
  offered: 'offered',
  accepted: 'accepted',
  declined: 'declined',
  discarded: 'discarded',
} as const;
registerEnumType(MatchStatusEnum, { name: 'InternshipMatchStatus' });

export const PlacementOutcomeEnum = {
  extended: 'extended',
  made_permanent: 'made_permanent',
  promoted: 'promoted',
  left: 'left',
  completed: 'completed',
} as const;
registerEnumType(PlacementOutcomeEnum, {
  name: 'PlacementOutcome',
  description:
    'Each but completed (without extension) records the matching career event: contract_extended, made_permanent, promotion or left.',
});

export const CheckInStatusEnum = { on_track: 'on_track', needs_support: 'needs_support' } as const;
registerEnumType(CheckInStatusEnum, { name: 'InternCheckInStatus' });
