import type { SebGroup } from './seb-groups';
import type { SebOccupationCode } from './smc-questions';

// The Q1 table of seb.md: NS-SEC 1–2 professional, 3–4 intermediate, 5–8 lower.
const GROUP_BY_OCCUPATION: Readonly<Record<SebOccupationCode, SebGroup>> = {
  professional: 'professional',
  manager: 'professional',
  clerical: 'intermediate',
  technical_craft: 'lower',
  routine: 'lower',
  long_term_unemployed: 'lower',
  small_business: 'intermediate',
  other: 'unknown',
  prefer_not_to_say: 'unknown',
};

/** SEB group from the one-part Q1 answer; no answer (or a code outside the list) is `unknown`. */
export function sebGroupFromOccupation(code: SebOccupationCode | null | undefined): SebGroup {
  if (code == null || !Object.hasOwn(GROUP_BY_OCCUPATION, code)) return 'unknown';
  return GROUP_BY_OCCUPATION[code];
}
