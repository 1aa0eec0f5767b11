export const ACCELERATOR_CATEGORIES = [
  'private_office',
  'high_profile_policy',
  'close_to_ministers',
  'close_to_scs',
  'other',
] as const;
export type AcceleratorCategory = (typeof ACCELERATOR_CATEGORIES)[number];

export const WORKING_PATTERNS = ['full_time', 'part_time', 'flexible', 'job_share'] as const;
export type WorkingPattern = (typeof WORKING_PATTERNS)[number];

export const CONTRACT_TYPES = [
  'permanent',
  'fixed_term',
  'loan',
  'secondment',
  'temporary_promotion',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** draft → open (published) → closed; an open vacancy past its closing date counts as closed. */
export const VACANCY_STATUSES = ['draft', 'open', 'closed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];
