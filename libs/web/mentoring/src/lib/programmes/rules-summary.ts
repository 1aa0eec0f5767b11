import type { DepartmentRule, ProfessionRule, ProgrammeType } from '@pathways/web-graphql';
import {
  DEPARTMENT_RULE_LABELS,
  departmentLabel,
  gradeLabel,
  PROFESSION_RULE_LABELS,
  PROGRAMME_TYPE_LABELS,
  sebGroupLabel,
} from '../vocabulary/labels';
import {
  formatWeight,
  WEIGHT_KEYS,
  WEIGHT_WORDING,
  type WeightKey,
  type WeightsLike,
} from './scoring-weights';

export interface RulesLike {
  type: ProgrammeType;
  durationMonths: number;
  participatingDepartments: readonly string[];
  eligibility: {
    sebGroups: readonly string[];
    minimumGrade?: string | null;
    maximumGrade?: string | null;
    departments: readonly string[];
    careLeaver: boolean;
    minimumAge?: number | null;
    maximumAge?: number | null;
  };
  matchingRules: {
    mentorMinimumGrade: string;
    minimumGradeGap: number;
    maximumGradeGap?: number | null;
    profession: ProfessionRule;
    department: DepartmentRule;
    defaultMentorCapacity: number;
  };
  /** Absent where the weights were not asked for. */
  matchingWeights?: WeightsLike | null;
}

export interface RuleRow {
  key: string;
  value: string;
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function gradeRange(low?: string | null, high?: string | null): string {
  if (low && high) return `${gradeLabel(low)} to ${gradeLabel(high)}`;
  if (low) return `${gradeLabel(low)} and above`;
  if (high) return `${gradeLabel(high)} and below`;
  return 'Any grade';
}

function ageRange(low?: number | null, high?: number | null): string | null {
  if (low != null && high != null) return `${low} to ${high} on the day the cohort starts`;
  if (low != null) return `${low} or over on the day the cohort starts`;
  if (high != null) return `${high} or under on the day the cohort starts`;
  return null;
}

/** Who may apply, in words: a lead sees the rules, never anyone's answers. */
export function eligibilityRows(rules: RulesLike): RuleRow[] {
  const { eligibility } = rules;
  const backgrounds = eligibility.sebGroups.length
    ? capitalise(
        `${list(eligibility.sebGroups.map((group) => sebGroupLabel(group).toLowerCase()))} socio-economic background only`,
      )
    : 'Any background';
  const rows: RuleRow[] = [
    { key: 'Who can apply', value: backgrounds },
    {
      key: 'Grades that can apply',
      value: gradeRange(eligibility.minimumGrade, eligibility.maximumGrade),
    },
    {
      key: 'Departments that can apply',
      value: eligibility.departments.length
        ? list(eligibility.departments.map(departmentLabel))
        : 'Any department',
    },
  ];
  if (eligibility.careLeaver) rows.push({ key: 'Care leavers', value: 'Care leavers only' });
  const age = ageRange(eligibility.minimumAge, eligibility.maximumAge);
  if (age) rows.push({ key: 'Age', value: age });
  return rows;
}

/** How mentors are chosen for mentees: the hard rules of matching. */
export function matchingRows(rules: RulesLike): RuleRow[] {
  const role = rules.type === 'sponsorship' ? 'Sponsor' : 'Mentor';
  const { matchingRules: m } = rules;
  const gap =
    m.maximumGradeGap != null
      ? `${m.minimumGradeGap} to ${m.maximumGradeGap} grades above the mentee`
      : `At least ${m.minimumGradeGap} grade${m.minimumGradeGap === 1 ? '' : 's'} above the mentee`;
  return [
    {
      key: `${role} grade`,
      value: `${gradeLabel(m.mentorMinimumGrade)} (${m.mentorMinimumGrade}) or above`,
    },
    { key: 'Grade gap', value: gap },
    { key: `${role}’s profession`, value: PROFESSION_RULE_LABELS[m.profession] },
    { key: `${role}’s department`, value: DEPARTMENT_RULE_LABELS[m.department] },
    {
      key: `Mentees per ${role.toLowerCase()}`,
      value: `${m.defaultMentorCapacity} unless they say otherwise`,
    },
  ];
}

export function programmeRows(rules: RulesLike): RuleRow[] {
  return [
    { key: 'Type', value: PROGRAMME_TYPE_LABELS[rules.type] },
    { key: 'Length', value: `${rules.durationMonths} months` },
    {
      key: 'Departments taking part',
      value: rules.participatingDepartments.length
        ? list(rules.participatingDepartments.map(departmentLabel))
        : 'Any department',
    },
  ];
}

function weightValue(key: WeightKey, weights: WeightsLike): string {
  const value = formatWeight(weights[key]);
  if (key === 'idealGradeGap') return `${value} grade${value === '1' ? '' : 's'} above the mentee`;
  return value === '0' ? '0 (not used)' : value;
}

/** How allowed pairs are ranked: the soft preferences a lead can tune. */
export function weightRows(weights: WeightsLike): RuleRow[] {
  return WEIGHT_KEYS.map((key) => ({
    key: WEIGHT_WORDING[key].label,
    value: weightValue(key, weights),
  }));
}
