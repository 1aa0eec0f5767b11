import { gradeRank } from '@pathways/domain-seb';
import type {
  EligibilityRulesInput,
  MatchingRulesInput,
  MatchingWeightsInput,
  UpdateProgrammeInput,
} from '@pathways/web-graphql';
import type { Problem } from '@pathways/web-ui';
import { FieldReader } from '../form/field-reader';
import { parseDecimal } from '../form/number-text';
import { ELIGIBLE_SEB_GROUPS, weightField, type ProgrammeEditDraft } from './programme-edit-draft';
import { WEIGHT_KEYS, WEIGHT_WORDING } from './scoring-weights';

export const MIN_DURATION_MONTHS = 6;
export const MAX_DURATION_MONTHS = 12;
export const MAX_MENTOR_CAPACITY = 10;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type ProgrammeEditCheck =
  { problems: Problem[]; input: null } | { problems: []; input: UpdateProgrammeInput };

function readEligibility(draft: ProgrammeEditDraft, r: FieldReader): EligibilityRulesInput {
  const known: readonly string[] = ELIGIBLE_SEB_GROUPS;
  const unknown = draft.sebGroups.find((group) => !known.includes(group));
  if (unknown) r.fail('eligibility.sebGroups', `"${unknown}" is not an SEB group`);
  const minimumGrade = r.grade(draft.minimumGrade, 'eligibility.minimumGrade');
  const maximumGrade = r.grade(draft.maximumGrade, 'eligibility.maximumGrade');
  r.order(
    minimumGrade && gradeRank(minimumGrade),
    maximumGrade && gradeRank(maximumGrade),
    'eligibility.maximumGrade',
    'The lowest grade must not be above the highest grade',
  );
  const age = (text: string, field: string) =>
    r.whole(text, `eligibility.${field}`, [14, 80], 'Enter an age from 14 to 80');
  const minimumAge = age(draft.minimumAge, 'minimumAge');
  const maximumAge = age(draft.maximumAge, 'maximumAge');
  r.order(
    minimumAge,
    maximumAge,
    'eligibility.maximumAge',
    'The lowest age must not be above the highest age',
  );
  return {
    sebGroups: ELIGIBLE_SEB_GROUPS.filter((group) => draft.sebGroups.includes(group)),
    minimumGrade,
    maximumGrade,
    departments: [...new Set(draft.eligibleDepartments)],
    careLeaver: draft.careLeaver,
    minimumAge,
    maximumAge,
  };
}

function readMatchingRules(draft: ProgrammeEditDraft, r: FieldReader): MatchingRulesInput {
  const mentorMinimumGrade = r.grade(
    draft.mentorMinimumGrade,
    'matchingRules.mentorMinimumGrade',
    'Select the lowest grade a mentor can be',
  );
  const gap = (text: string, field: string, empty?: string) =>
    r.whole(
      text,
      `matchingRules.${field}`,
      [-10, 10],
      'Grade gaps are whole numbers from -10 to 10',
      empty,
    );
  const minimumGradeGap = gap(
    draft.minimumGradeGap,
    'minimumGradeGap',
    'Enter the smallest grade gap',
  );
  const maximumGradeGap = gap(draft.maximumGradeGap, 'maximumGradeGap');
  r.order(
    minimumGradeGap,
    maximumGradeGap,
    'matchingRules.maximumGradeGap',
    'The largest grade gap must not be below the smallest',
  );
  const defaultMentorCapacity = r.whole(
    draft.defaultMentorCapacity,
    'matchingRules.defaultMentorCapacity',
    [1, MAX_MENTOR_CAPACITY],
    `Mentees per mentor must be a whole number from 1 to ${MAX_MENTOR_CAPACITY}`,
    'Enter how many mentees a mentor takes on',
  );
  return {
    mentorMinimumGrade: mentorMinimumGrade ?? '',
    minimumGradeGap: minimumGradeGap ?? 0,
    maximumGradeGap,
    profession: draft.profession,
    department: draft.department,
    defaultMentorCapacity: defaultMentorCapacity ?? 0,
  };
}

/** Every weight is a finite number of 0 or more, as resolveScoringWeights demands. */
function readWeights(draft: ProgrammeEditDraft, r: FieldReader): MatchingWeightsInput {
  const weights: Record<string, number> = {};
  for (const key of WEIGHT_KEYS) {
    const { name, example } = WEIGHT_WORDING[key];
    const field = weightField(key);
    const parsed = parseDecimal(draft.weights[key]);
    if (parsed.kind === 'empty') r.fail(field, `Enter ${name}`);
    else if (parsed.kind === 'invalid') {
      r.fail(field, `${capitalise(name)} must be a number, for example ${example}`);
    } else if (parsed.value < 0) r.fail(field, `${capitalise(name)} must be 0 or more`);
    else weights[key] = parsed.value;
  }
  return weights;
}

/** Every problem at once, as GOV.UK asks, with the API's messages; the input when there are none. */
export function checkProgrammeEdit(draft: ProgrammeEditDraft): ProgrammeEditCheck {
  const r = new FieldReader();
  const name = draft.name.trim();
  if (!name) r.fail('name', 'Enter the programme name');
  else if (name.length > 200) r.fail('name', 'The programme name must be 200 characters or fewer');
  if (draft.description.length > 2000) {
    r.fail('description', 'The description must be 2,000 characters or fewer');
  }
  const durationMonths = r.whole(
    draft.durationMonths,
    'durationMonths',
    [MIN_DURATION_MONTHS, MAX_DURATION_MONTHS],
    `Duration must be a whole number of months from ${MIN_DURATION_MONTHS} to ${MAX_DURATION_MONTHS}`,
    'Enter how many months the programme lasts',
  );
  const eligibility = readEligibility(draft, r);
  const matchingRules = readMatchingRules(draft, r);
  const matchingWeights = readWeights(draft, r);
  if (r.problems.length > 0 || durationMonths === null)
    return { problems: r.problems, input: null };
  return {
    problems: [],
    input: {
      id: draft.id,
      name,
      description: draft.description,
      durationMonths,
      participatingDepartments: [...new Set(draft.participatingDepartments)],
      eligibility,
      matchingRules,
      matchingWeights,
    },
  };
}
