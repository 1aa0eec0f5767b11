import type { EligibilityRules, IsoDate } from '@pathways/api-programmes';
import { rankOf } from '@pathways/api-programmes';
import { DEPARTMENTS, SEB_GROUP_LABELS } from '@pathways/domain-seb';

/** What the applicant told us about their socio-economic background. */
export type SebStatus =
  | { readonly status: 'unanswered' }
  | { readonly status: 'declined' }
  | { readonly status: 'answered'; readonly group: string };

/** The applicant's own facts; evaluated for them alone, never shown to anyone else. */
export interface ApplicantFacts {
  readonly seb: SebStatus;
  readonly gradeCode: string;
  readonly departmentCode: string;
  readonly careLeaver: boolean | null;
  readonly dateOfBirth: IsoDate | null;
}

export interface EligibilityVerdict {
  readonly eligible: boolean;
  /** One sentence per rule that said no, written to the applicant. Empty when eligible. */
  readonly reasons: string[];
}

/**
 * Checks every condition of a programme's eligibility rules (not just the first that fails),
 * so the applicant sees everything standing in their way. Age is taken on `onDate`, the
 * cohort's start date.
 */
export function evaluateEligibility(
  rules: EligibilityRules,
  facts: ApplicantFacts,
  onDate: IsoDate,
): EligibilityVerdict {
  const reasons = [
    sebReason(rules, facts.seb),
    gradeReason(rules, facts.gradeCode),
    departmentReason(rules, facts.departmentCode),
    careLeaverReason(rules, facts.careLeaver),
    ageReason(rules, facts.dateOfBirth, onDate),
  ].filter((reason): reason is string => reason !== null);
  return { eligible: reasons.length === 0, reasons };
}

function groupsInWords(groups: readonly string[]): string {
  const labels = groups.map((group) =>
    group in SEB_GROUP_LABELS
      ? SEB_GROUP_LABELS[group as keyof typeof SEB_GROUP_LABELS].toLowerCase()
      : group,
  );
  return labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

function sebReason(rules: EligibilityRules, seb: SebStatus): string | null {
  const groups = rules.sebGroups ?? [];
  if (groups.length === 0) return null;
  const audience = `This programme is for people from a ${groupsInWords(groups)} socio-economic background.`;
  switch (seb.status) {
    case 'unanswered':
      return `${audience} Answer the questions about your socio-economic background so we can check whether you are eligible.`;
    case 'declined':
      return `${audience} You chose not to say, so we cannot check this. You can change your answers at any time.`;
    case 'answered':
      if (groups.includes(seb.group)) return null;
      if (seb.group === 'unknown') {
        return `${audience} Your answers do not let us place you in a group. You can review your answers at any time.`;
      }
      return `${audience} Your answers place you in a different group.`;
  }
}

function gradeReason(rules: EligibilityRules, gradeCode: string): string | null {
  const { minimumGrade: low, maximumGrade: high } = rules;
  if (!low && !high) return null;
  const rank = rankOf(gradeCode);
  const tooLow = low !== undefined && (rank < 0 || rank < rankOf(low));
  const tooHigh = high !== undefined && (rank < 0 || rank > rankOf(high));
  if (!tooLow && !tooHigh) return null;
  const range =
    low && high
      ? `grades ${low} to ${high}`
      : low
        ? `grade ${low} and above`
        : `grade ${high} and below`;
  return `This programme is for ${range}; your grade is ${gradeCode}.`;
}

function departmentName(code: string): string {
  return DEPARTMENTS.find((department) => department.code === code)?.name ?? code;
}

function departmentReason(rules: EligibilityRules, departmentCode: string): string | null {
  const departments = rules.departments ?? [];
  if (departments.length === 0 || departments.includes(departmentCode)) return null;
  const names = departments.map(departmentName).join(', ');
  return `This programme is open to staff in ${names}; you are in ${departmentName(departmentCode)}.`;
}

function careLeaverReason(rules: EligibilityRules, careLeaver: boolean | null): string | null {
  if (!rules.careLeaver || careLeaver === true) return null;
  return careLeaver === null
    ? 'This programme is for care leavers, and your record does not say whether you are one. Ask your HR team to update your record.'
    : 'This programme is for care leavers, and your record says you are not one.';
}

/** Full years from birth to the date (a 29 February birthday counts on 1 March). */
export function ageOn(dateOfBirth: IsoDate, onDate: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function ageReason(
  rules: EligibilityRules,
  dateOfBirth: IsoDate | null,
  onDate: IsoDate,
): string | null {
  const { minimumAge: low, maximumAge: high } = rules;
  if (low === undefined && high === undefined) return null;
  const range =
    low !== undefined && high !== undefined
      ? `aged ${low} to ${high}`
      : low !== undefined
        ? `aged ${low} or over`
        : `aged ${high} or under`;
  const when = `on the day the cohort starts (${onDate})`;
  if (!dateOfBirth) {
    return `This programme is for people ${range} ${when}, and we do not have your date of birth. Ask your HR team to update your record.`;
  }
  const age = ageOn(dateOfBirth, onDate);
  if ((low !== undefined && age < low) || (high !== undefined && age > high)) {
    return `This programme is for people ${range} ${when}; you will be ${age}.`;
  }
  return null;
}
