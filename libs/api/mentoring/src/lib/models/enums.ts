import { registerEnumType } from '@nestjs/graphql';

export const SessionTopicEnum = {
  career_planning: 'career_planning',
  applications_interviews: 'applications_interviews',
  hidden_rules: 'hidden_rules',
  networking: 'networking',
  confidence: 'confidence',
  job_shadowing: 'job_shadowing',
  skills: 'skills',
} as const;
registerEnumType(SessionTopicEnum, { name: 'SessionTopic' });

export const SessionFormatEnum = {
  in_person: 'in_person',
  video: 'video',
  phone: 'phone',
} as const;
registerEnumType(SessionFormatEnum, { name: 'SessionFormat' });

export const PreferenceEnum = { same: 'same', other: 'other', any: 'any' } as const;
registerEnumType(PreferenceEnum, {
  name: 'Preference',
  description: "A mentee's wish about their mentor's profession or department.",
});

export const ApplicationStatusEnum = { active: 'active', withdrawn: 'withdrawn' } as const;
registerEnumType(ApplicationStatusEnum, { name: 'ApplicationStatus' });

export const RelationshipStatusEnum = {
  suggested: 'suggested',
  proposed: 'proposed',
  active: 'active',
  completed: 'completed',
  ended_early: 'ended_early',
  declined: 'declined',
  returned: 'returned',
  discarded: 'discarded',
  withdrawn: 'withdrawn',
} as const;
registerEnumType(RelationshipStatusEnum, {
  name: 'RelationshipStatus',
  description:
    'suggested: awaiting the lead; proposed: awaiting both members; active; completed; ' +
    'ended_early; declined; returned: unanswered for 10 days; discarded: replaced by a re-run; ' +
    'withdrawn: the mentee withdrew.',
});

export const RelationshipRoleEnum = { mentee: 'mentee', mentor: 'mentor', lead: 'lead' } as const;
registerEnumType(RelationshipRoleEnum, { name: 'RelationshipRole' });
export type RelationshipViewer = keyof typeof RelationshipRoleEnum;

export const SurveyKindEnum = { check_in: 'check_in', close_out: 'close_out' } as const;
registerEnumType(SurveyKindEnum, { name: 'SurveyKind' });

export const TimelineEventKindEnum = {
  proposed: 'proposed',
  accepted: 'accepted',
  started: 'started',
  session: 'session',
  survey: 'survey',
  ended: 'ended',
} as const;
registerEnumType(TimelineEventKindEnum, { name: 'TimelineEventKind' });
export type TimelineEventKind = keyof typeof TimelineEventKindEnum;
