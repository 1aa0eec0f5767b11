import type { ScoringWeights } from '@pathways/domain-matching';
import type { EligibilityRules, MatchingRules, ProgrammeType } from './entities/programme.entity';

export const PROGRAMME_PRESET_KEYS = [
  'catapult',
  'stride',
  'cross_government_sponsorship',
] as const;
export type ProgrammePresetKey = (typeof PROGRAMME_PRESET_KEYS)[number];

/** A starting point for a new programme: every field can still be changed by the lead. */
export interface ProgrammePresetSpec {
  key: ProgrammePresetKey;
  name: string;
  description: string;
  type: ProgrammeType;
  durationMonths: number;
  participatingDepartments: string[];
  eligibility: EligibilityRules;
  matchingRules: MatchingRules;
  matchingWeights: Partial<ScoringWeights> | null;
}

export interface PresetOptions {
  /** For cross-government sponsorship: the departments taking part (both sides). */
  participatingDepartments?: readonly string[];
}

export function buildProgrammePreset(
  key: ProgrammePresetKey,
  options: PresetOptions = {},
): ProgrammePresetSpec {
  const departments = [...new Set(options.participatingDepartments ?? [])];
  switch (key) {
    case 'catapult':
      return {
        key,
        name: 'Catapult-style mentoring',
        description:
          'Mentoring for staff from lower socio-economic backgrounds by a senior leader ' +
          '(Grade 7 or above) in their own or another profession.',
        type: 'mentoring',
        durationMonths: 12,
        participatingDepartments: departments,
        eligibility: { sebGroups: ['lower'] },
        matchingRules: {
          mentorMinimumGrade: 'G7',
          minimumGradeGap: 1,
          profession: 'any',
          department: 'any',
          defaultMentorCapacity: 2,
        },
        matchingWeights: null,
      };
    case 'stride':
      return {
        key,
        name: 'Stride-style mentoring',
        description:
          'Development mentoring for junior staff (AA to HEO) from lower socio-economic ' +
          'backgrounds, preferably with a mentor from their own profession.',
        type: 'mentoring',
        durationMonths: 9,
        participatingDepartments: departments,
        eligibility: { sebGroups: ['lower'], minimumGrade: 'AA', maximumGrade: 'HEO' },
        matchingRules: {
          mentorMinimumGrade: 'G7',
          minimumGradeGap: 2,
          profession: 'prefer_same',
          department: 'any',
          defaultMentorCapacity: 2,
        },
        matchingWeights: null,
      };
    case 'cross_government_sponsorship':
      return {
        key,
        name: 'Cross-government sponsorship',
        description:
          'Sponsorship by a senior civil servant (SCS1 or above) from a different department, ' +
          'among the departments taking part in the pilot.',
        type: 'sponsorship',
        durationMonths: 12,
        participatingDepartments: departments,
        eligibility: departments.length
          ? { sebGroups: ['lower'], departments }
          : { sebGroups: ['lower'] },
        matchingRules: {
          mentorMinimumGrade: 'SCS1',
          minimumGradeGap: 1,
          profession: 'any',
          department: 'other',
          defaultMentorCapacity: 1,
        },
        matchingWeights: null,
      };
  }
}
