import type { DepartmentRule, ProfessionRule } from '@pathways/web-graphql';
import { formatWeight, WEIGHT_KEYS, type WeightKey, type WeightsLike } from './scoring-weights';
import type { RulesLike } from './rules-summary';

/** SEB groups a programme can be limited to, as the API allows ('unknown' never is). */
export const ELIGIBLE_SEB_GROUPS = ['professional', 'intermediate', 'lower'] as const;

/** The change-programme form as typed: numbers stay text until they are checked. */
export interface ProgrammeEditDraft {
  id: string;
  name: string;
  description: string;
  durationMonths: string;
  participatingDepartments: string[];
  sebGroups: string[];
  minimumGrade: string;
  maximumGrade: string;
  eligibleDepartments: string[];
  careLeaver: boolean;
  minimumAge: string;
  maximumAge: string;
  mentorMinimumGrade: string;
  minimumGradeGap: string;
  maximumGradeGap: string;
  profession: ProfessionRule;
  department: DepartmentRule;
  defaultMentorCapacity: string;
  weights: Record<WeightKey, string>;
}

export interface EditableProgramme extends RulesLike {
  id: string;
  name: string;
  description: string;
  matchingWeights: WeightsLike;
}

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

export function draftFromProgramme(programme: EditableProgramme): ProgrammeEditDraft {
  const { eligibility: e, matchingRules: m } = programme;
  return {
    id: programme.id,
    name: programme.name,
    description: programme.description,
    durationMonths: String(programme.durationMonths),
    participatingDepartments: [...programme.participatingDepartments],
    sebGroups: [...e.sebGroups],
    minimumGrade: e.minimumGrade ?? '',
    maximumGrade: e.maximumGrade ?? '',
    eligibleDepartments: [...e.departments],
    careLeaver: e.careLeaver,
    minimumAge: text(e.minimumAge),
    maximumAge: text(e.maximumAge),
    mentorMinimumGrade: m.mentorMinimumGrade,
    minimumGradeGap: String(m.minimumGradeGap),
    maximumGradeGap: text(m.maximumGradeGap),
    profession: m.profession,
    department: m.department,
    defaultMentorCapacity: String(m.defaultMentorCapacity),
    weights: Object.fromEntries(
      WEIGHT_KEYS.map((key) => [key, formatWeight(programme.matchingWeights[key])]),
    ) as Record<WeightKey, string>,
  };
}

export const weightField = (key: WeightKey) => `matchingWeights.${key}`;
export const weightId = (key: WeightKey) =>
  `weight-${key.replace(/[A-Z]/g, (capital) => `-${capital.toLowerCase()}`)}`;

/**
 * Problems name fields as the API does (dotted for nested rules); each links to its element.
 * The API names a bad weight only as matchingWeights, so that links to the first weight.
 */
export const PROGRAMME_EDIT_FIELD_IDS: Readonly<Record<string, string>> = {
  name: 'name',
  description: 'description',
  durationMonths: 'duration-months',
  participatingDepartments: 'participating-departments',
  'eligibility.sebGroups': 'seb-groups',
  'eligibility.minimumGrade': 'minimum-grade',
  'eligibility.maximumGrade': 'maximum-grade',
  'eligibility.departments': 'eligible-departments',
  'eligibility.minimumAge': 'minimum-age',
  'eligibility.maximumAge': 'maximum-age',
  'matchingRules.mentorMinimumGrade': 'mentor-minimum-grade',
  'matchingRules.minimumGradeGap': 'minimum-grade-gap',
  'matchingRules.maximumGradeGap': 'maximum-grade-gap',
  'matchingRules.profession': 'profession',
  'matchingRules.department': 'department',
  'matchingRules.defaultMentorCapacity': 'default-mentor-capacity',
  matchingWeights: weightId(WEIGHT_KEYS[0]),
  ...Object.fromEntries(WEIGHT_KEYS.map((key) => [weightField(key), weightId(key)])),
};

export interface ChoiceOption {
  value: string;
  text: string;
}

/** What every section of the change-programme form is given. */
export interface EditSectionProps {
  draft: ProgrammeEditDraft;
  update: (change: Partial<ProgrammeEditDraft>) => void;
  /** Inline messages by field name. */
  errors: Readonly<Record<string, string>>;
  /** "mentor" or "sponsor". */
  role: string;
}
