/** What a mentoring session (or an application, or a mentor's offer) can be about. */
export const SESSION_TOPICS = [
  'career_planning',
  'applications_interviews',
  'hidden_rules',
  'networking',
  'confidence',
  'job_shadowing',
  'skills',
] as const;
export type SessionTopic = (typeof SESSION_TOPICS)[number];

export const SESSION_TOPIC_LABELS: Readonly<Record<SessionTopic, string>> = {
  career_planning: 'Career planning',
  applications_interviews: 'Applications and interviews',
  hidden_rules: 'Hidden rules of the Civil Service',
  networking: 'Networking',
  confidence: 'Confidence',
  job_shadowing: 'Job shadowing',
  skills: 'Skills',
};

export const SESSION_FORMATS = ['in_person', 'video', 'phone'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const PREFERENCES = ['same', 'other', 'any'] as const;
export type Preference = (typeof PREFERENCES)[number];
