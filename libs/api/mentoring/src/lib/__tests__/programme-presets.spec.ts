import {
  buildProgrammePreset,
  checkDuration,
  engineRulesOf,
  normaliseEligibility,
  normaliseMatchingRules,
  normaliseWeights,
  PROGRAMME_PRESET_KEYS,
} from '@pathways/api-programmes';
import type { ProgrammeEntity } from '@pathways/api-programmes';

describe(buildProgrammePreset.name, () => {
  it('makes Catapult-style mentoring: lower SEB only, mentor G7+, any profession', () => {
    expect(buildProgrammePreset('catapult')).toMatchObject({
      key: 'catapult',
      type: 'mentoring',
      eligibility: { sebGroups: ['lower'] },
      matchingRules: { mentorMinimumGrade: 'G7', profession: 'any', department: 'any' },
      participatingDepartments: [],
    });
  });

  it('makes Stride-style mentoring: lower SEB, AA to HEO, mentor G7+, prefer the same profession', () => {
    expect(buildProgrammePreset('stride')).toMatchObject({
      type: 'mentoring',
      eligibility: { sebGroups: ['lower'], minimumGrade: 'AA', maximumGrade: 'HEO' },
      matchingRules: { mentorMinimumGrade: 'G7', profession: 'prefer_same' },
    });
  });

  it('makes cross-government sponsorship: SCS1+ sponsor from another, participating department', () => {
    const preset = buildProgrammePreset('cross_government_sponsorship', {
      participatingDepartments: ['DWP', 'HMRC', 'DWP'],
    });
    expect(preset).toMatchObject({
      type: 'sponsorship',
      participatingDepartments: ['DWP', 'HMRC'],
      eligibility: { sebGroups: ['lower'], departments: ['DWP', 'HMRC'] },
      matchingRules: { mentorMinimumGrade: 'SCS1', department: 'other' },
    });
  });

  it('leaves the sponsorship departments open until the lead names them', () => {
    expect(buildProgrammePreset('cross_government_sponsorship').eligibility).toEqual({
      sebGroups: ['lower'],
    });
  });

  it.each(PROGRAMME_PRESET_KEYS)('makes a %s preset that passes the programme rules', (key) => {
    const preset = buildProgrammePreset(key, { participatingDepartments: ['CO'] });
    expect(() => checkDuration(preset.durationMonths)).not.toThrow();
    expect(normaliseEligibility(preset.eligibility)).toEqual(preset.eligibility);
    expect(normaliseMatchingRules(preset.matchingRules)).toEqual(preset.matchingRules);
  });

  it('gives each preset its own objects, so editing one leaves the next untouched', () => {
    const first = buildProgrammePreset('catapult');
    first.eligibility.sebGroups?.push('professional');
    expect(buildProgrammePreset('catapult').eligibility).toEqual({ sebGroups: ['lower'] });
  });
});

describe(checkDuration.name, () => {
  it.each([6, 9, 12])('accepts %i months', (months) => {
    expect(() => checkDuration(months)).not.toThrow();
  });

  it.each([5, 13, 7.5, 0])('refuses %s months, naming the field', (months) => {
    expect(() => checkDuration(months)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'durationMonths' }),
    );
  });
});

describe(normaliseEligibility.name, () => {
  it('drops empty conditions', () => {
    expect(normaliseEligibility({ sebGroups: [], departments: [], careLeaver: false })).toEqual({});
  });

  it('refuses an SEB group that is not one', () => {
    expect(() => normaliseEligibility({ sebGroups: ['poor'] })).toThrow(/not an SEB group/);
    expect(() => normaliseEligibility({ sebGroups: ['unknown'] })).toThrow(/not an SEB group/);
  });

  it('refuses an upside-down grade range, or an unknown grade', () => {
    expect(() => normaliseEligibility({ minimumGrade: 'HEO', maximumGrade: 'EO' })).toThrow(
      /lowest grade/,
    );
    expect(() => normaliseEligibility({ minimumGrade: 'G8' })).toThrow(/Choose a grade/);
  });

  it('refuses an upside-down or impossible age range', () => {
    expect(() => normaliseEligibility({ minimumAge: 30, maximumAge: 25 })).toThrow(/lowest age/);
    expect(() => normaliseEligibility({ minimumAge: 3 })).toThrow(/age from 14 to 80/);
  });
});

describe(normaliseMatchingRules.name, () => {
  const valid = { profession: 'any', department: 'any', defaultMentorCapacity: 2 } as const;

  it('refuses a capacity outside 1 to 10', () => {
    expect(() => normaliseMatchingRules({ ...valid, defaultMentorCapacity: 0 })).toThrow(
      /capacity/,
    );
  });

  it('refuses a largest gap below the smallest', () => {
    expect(() =>
      normaliseMatchingRules({ ...valid, minimumGradeGap: 2, maximumGradeGap: 1 }),
    ).toThrow(/largest grade gap/);
  });
});

describe(normaliseWeights.name, () => {
  it('keeps only the weights given, and null for none', () => {
    expect(normaliseWeights({ sameRegion: 0.5 })).toEqual({ sameRegion: 0.5 });
    expect(normaliseWeights({})).toBeNull();
  });

  it('refuses a negative weight', () => {
    expect(() => normaliseWeights({ sharedTopics: -1 })).toThrow(/weights.sharedTopics/);
  });
});

describe(engineRulesOf.name, () => {
  const programme = (fields: Partial<ProgrammeEntity>) =>
    ({ participatingDepartments: [], matchingRules: null, ...fields }) as ProgrammeEntity;

  it('binds mentors to the participating departments when there are some', () => {
    expect(
      engineRulesOf(programme({ participatingDepartments: ['DWP'] })).participatingDepartments,
    ).toEqual(['DWP']);
    expect(engineRulesOf(programme({})).participatingDepartments).toBeUndefined();
  });

  it('falls back to G7+, one grade above, for a programme with no rules (e.g. imported)', () => {
    expect(engineRulesOf(programme({}))).toMatchObject({
      mentorMinimumGrade: 'G7',
      minimumGradeGap: 1,
    });
  });
});
