import {
  internshipSettingsOf,
  SEED_INTERNSHIP_SETTINGS,
  settingsProblem,
} from '../rules/internship-settings';

describe(internshipSettingsOf.name, () => {
  it('reads a programme’s own settings', () => {
    expect(internshipSettingsOf({ termMonths: 18, minimumAge: 18, maximumAge: 30 })).toEqual({
      termMonths: 18,
      minimumAge: 18,
      maximumAge: 30,
    });
  });

  it('takes the seed’s 12 months and 16 to 25 for anything not stored', () => {
    expect(internshipSettingsOf({})).toEqual({ termMonths: 12, minimumAge: 16, maximumAge: 25 });
    expect(internshipSettingsOf({ termMonths: 'long', maximumAge: 30 })).toEqual({
      ...SEED_INTERNSHIP_SETTINGS,
      maximumAge: 30,
    });
  });
});

describe(settingsProblem.name, () => {
  it('accepts the seed and the later terms', () => {
    expect(settingsProblem(SEED_INTERNSHIP_SETTINGS)).toBeNull();
    expect(settingsProblem({ termMonths: 18, minimumAge: 18, maximumAge: 30 })).toBeNull();
  });

  it('names the field at fault', () => {
    expect(settingsProblem({ ...SEED_INTERNSHIP_SETTINGS, termMonths: 0 })).toEqual({
      field: 'termMonths',
      message: 'Enter a term of 1 to 36 months',
    });
    expect(settingsProblem({ ...SEED_INTERNSHIP_SETTINGS, minimumAge: 12.5 })).toMatchObject({
      field: 'minimumAge',
    });
    expect(settingsProblem({ termMonths: 12, minimumAge: 26, maximumAge: 25 })).toEqual({
      field: 'maximumAge',
      message: 'The oldest age must not be below the youngest age',
    });
  });
});
