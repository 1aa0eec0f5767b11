/** What each internship programme decides for itself, kept in ProgrammeEntity.settings. */
export interface InternshipSettings {
  /** Length of a placement when its offer does not set one. */
  readonly termMonths: number;
  /** Youngest and oldest age an applicant may be on the intake's start date. */
  readonly minimumAge: number;
  readonly maximumAge: number;
}

/**
 * The scheme as the Social Mobility Commission's seed describes it (12 months, aged 16 to 25).
 * Used only to fill in a new programme's settings, or a programme stored without them; the
 * scheme's later terms (18 months, 18 to 30) are a change of settings, not of code.
 */
export const SEED_INTERNSHIP_SETTINGS: InternshipSettings = {
  termMonths: 12,
  minimumAge: 16,
  maximumAge: 25,
};

export const TERM_MONTHS_RANGE = { min: 1, max: 36 } as const;
export const AGE_RANGE = { min: 14, max: 80 } as const;

export interface SettingsProblem {
  readonly field: keyof InternshipSettings;
  readonly message: string;
}

const wholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value);

/** A programme's settings, with the seed's value for anything it does not store. */
export function internshipSettingsOf(
  stored: Readonly<Record<string, unknown>>,
): InternshipSettings {
  const read = (key: keyof InternshipSettings): number => {
    const value = stored[key];
    return wholeNumber(value) ? value : SEED_INTERNSHIP_SETTINGS[key];
  };
  return {
    termMonths: read('termMonths'),
    minimumAge: read('minimumAge'),
    maximumAge: read('maximumAge'),
  };
}

/** The first thing wrong with the settings, or null. */
export function settingsProblem(settings: InternshipSettings): SettingsProblem | null {
  const { termMonths, minimumAge, maximumAge } = settings;
  if (
    !wholeNumber(termMonths) ||
    termMonths < TERM_MONTHS_RANGE.min ||
    termMonths > TERM_MONTHS_RANGE.max
  ) {
    return {
      field: 'termMonths',
      message: `Enter a term of ${TERM_MONTHS_RANGE.min} to ${TERM_MONTHS_RANGE.max} months`,
    };
  }
  for (const field of ['minimumAge', 'maximumAge'] as const) {
    const age = settings[field];
    if (!wholeNumber(age) || age < AGE_RANGE.min || age > AGE_RANGE.max) {
      return { field, message: `Enter an age from ${AGE_RANGE.min} to ${AGE_RANGE.max}` };
    }
  }
  if (minimumAge > maximumAge) {
    return { field: 'maximumAge', message: 'The oldest age must not be below the youngest age' };
  }
  return null;
}
