import { DEPARTMENTS, GRADES, PROFESSIONS, REGIONS, SEB_GROUP_LABELS } from '@pathways/domain-seb';
import type {
  DepartmentRule,
  Preference,
  ProfessionRule,
  ProgrammeType,
  SessionFormat,
  SessionTopic,
  SurveyKind,
} from '@pathways/web-graphql';

/** In the order people read them: the API's own order (libs/api/mentoring vocabulary.ts). */
export const SESSION_TOPICS: readonly SessionTopic[] = [
  'career_planning',
  'applications_interviews',
  'hidden_rules',
  'networking',
  'confidence',
  'job_shadowing',
  'skills',
];

export const TOPIC_LABELS: Readonly<Record<SessionTopic, string>> = {
  career_planning: 'Career planning',
  applications_interviews: 'Applications and interviews',
  hidden_rules: 'Hidden rules of the Civil Service',
  networking: 'Networking',
  confidence: 'Confidence',
  job_shadowing: 'Job shadowing',
  skills: 'Skills',
};

export const FORMAT_LABELS: Readonly<Record<SessionFormat, string>> = {
  in_person: 'In person',
  video: 'Video call',
  phone: 'Phone call',
};

export const PROGRAMME_TYPE_LABELS: Readonly<Record<ProgrammeType, string>> = {
  mentoring: 'Mentoring',
  sponsorship: 'Sponsorship',
  internship: 'Internship',
};

export const SURVEY_KIND_LABELS: Readonly<Record<SurveyKind, string>> = {
  check_in: 'Check-in survey',
  close_out: 'End of relationship survey',
};

/** A mentee's wish about their mentor, as they chose it. */
export function preferenceLabel(
  preference: Preference,
  what: 'profession' | 'department',
  whose: 'my' | 'their' = 'my',
): string {
  switch (preference) {
    case 'same':
      return `From ${whose} ${what}`;
    case 'other':
      return `From a different ${what}`;
    case 'any':
      return 'No preference';
  }
}

export const PROFESSION_RULE_LABELS: Readonly<Record<ProfessionRule, string>> = {
  any: 'Any profession',
  same: 'The mentee’s own profession',
  other: 'A different profession from the mentee’s',
  prefer_same: 'Any profession, the mentee’s own preferred',
};

export const DEPARTMENT_RULE_LABELS: Readonly<Record<DepartmentRule, string>> = {
  any: 'Any department',
  same: 'The mentee’s own department',
  other: 'A different department from the mentee’s',
};

export function topicList(topics: readonly SessionTopic[]): string {
  return topics.map((topic) => TOPIC_LABELS[topic]).join(', ');
}

function nameOf(items: readonly { code: string; name?: string; label?: string }[], code: string) {
  const found = items.find((item) => item.code === code);
  return found?.name ?? found?.label ?? code;
}

export const gradeLabel = (code: string): string => nameOf(GRADES, code);
export const departmentLabel = (code: string): string => nameOf(DEPARTMENTS, code);
export const professionLabel = (code: string): string => nameOf(PROFESSIONS, code);
export const regionLabel = (code: string): string => nameOf(REGIONS, code);

export function sebGroupLabel(group: string): string {
  if (group === 'all') return 'All mentees';
  return Object.hasOwn(SEB_GROUP_LABELS, group)
    ? SEB_GROUP_LABELS[group as keyof typeof SEB_GROUP_LABELS]
    : group;
}

export function personName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}
