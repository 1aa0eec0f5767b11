import type {
  AcceleratorCategory,
  AlertDelivery,
  BroadcastAudience,
  ContractType,
  FunnelStage,
  NetworkKind,
  VacancyStatus,
  WorkingPattern,
} from '@pathways/web-graphql';
import type { TagColour } from '@pathways/web-ui';

export const CATEGORY_LABELS: Readonly<Record<AcceleratorCategory, string>> = {
  private_office: 'Private office',
  high_profile_policy: 'High-profile policy',
  close_to_ministers: 'Close to ministers',
  close_to_scs: 'Close to the Senior Civil Service',
  other: 'Other accelerator role',
};

export const WORKING_PATTERN_LABELS: Readonly<Record<WorkingPattern, string>> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  flexible: 'Flexible working',
  job_share: 'Job share',
};

export const CONTRACT_TYPE_LABELS: Readonly<Record<ContractType, string>> = {
  permanent: 'Permanent',
  fixed_term: 'Fixed term',
  loan: 'Loan',
  secondment: 'Secondment',
  temporary_promotion: 'Temporary promotion',
};

export const NETWORK_KIND_LABELS: Readonly<Record<NetworkKind, string>> = {
  social_mobility: 'Social mobility',
  ethnic_minority_talent: 'Ethnic minority talent',
  disability: 'Disability',
  care_leaver: 'Care leaver',
  other: 'Other',
};

export const DELIVERY_LABELS: Readonly<Record<AlertDelivery, string>> = {
  instant: 'As soon as a role is published',
  weekly_digest: 'Once a week, in a digest',
};

export const AUDIENCE_LABELS: Readonly<Record<BroadcastAudience, string>> = {
  matching: 'Members whose alerts match the role',
  all: 'All members',
};

export const STAGE_LABELS: Readonly<Record<FunnelStage, string>> = {
  alerted: 'Alerted',
  viewed: 'Viewed',
  applied: 'Applied',
  appointed: 'Appointed',
};

export const STATUS_TAGS: Readonly<Record<VacancyStatus, { text: string; colour: TagColour }>> = {
  draft: { text: 'Draft', colour: 'grey' },
  open: { text: 'Open', colour: 'green' },
  closed: { text: 'Closed', colour: 'red' },
};

/** The keys of a label map in the order written, typed as the union they label. */
export function keysOf<K extends string>(labels: Readonly<Record<K, string>>): K[] {
  return Object.keys(labels) as K[];
}
