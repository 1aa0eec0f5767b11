import { evaluateInternshipEligibility } from '../rules/care-leaver-eligibility';
import { SEED_INTERNSHIP_SETTINGS } from '../rules/internship-settings';

const START = '2026-09-01';
const careLeaver = { weeksInCare: 13, inCareAfterSixteen: true, dateOfBirth: '2005-03-10' };

describe(evaluateInternshipEligibility.name, () => {
  it('accepts someone in care for 13 weeks, some after their 16th birthday, within the ages', () => {
    expect(evaluateInternshipEligibility(careLeaver, SEED_INTERNSHIP_SETTINGS, START)).toEqual({
      eligible: true,
      reasons: [],
    });
  });

  describe('time in care', () => {
    it('refuses fewer than 13 weeks, saying how many they told us', () => {
      expect(
        evaluateInternshipEligibility(
          { ...careLeaver, weeksInCare: 12 },
          SEED_INTERNSHIP_SETTINGS,
          START,
        ),
      ).toEqual({
        eligible: false,
        reasons: [
          'You must have been in care for at least 13 weeks in total; you told us 12 weeks.',
        ],
      });
    });

    it('writes one week in the singular', () => {
      const { reasons } = evaluateInternshipEligibility(
        { ...careLeaver, weeksInCare: 1 },
        SEED_INTERNSHIP_SETTINGS,
        START,
      );
      expect(reasons[0]).toContain('you told us 1 week.');
    });

    it('refuses care that all ended before the 16th birthday', () => {
      expect(
        evaluateInternshipEligibility(
          { ...careLeaver, inCareAfterSixteen: false },
          SEED_INTERNSHIP_SETTINGS,
          START,
        ).reasons,
      ).toEqual(['Some of your time in care must have been after your 16th birthday.']);
    });
  });

  describe('age on the intake start date', () => {
    it('refuses someone who will be older than the oldest age, with the date and their age', () => {
      expect(
        evaluateInternshipEligibility(
          { ...careLeaver, dateOfBirth: '1999-05-01' },
          SEED_INTERNSHIP_SETTINGS,
          START,
        ).reasons,
      ).toEqual(['You must be 25 or younger on 1 September 2026; you will be 27.']);
    });

    it('counts the birthday itself: 26 on the start date is too old, the day before is not', () => {
      const on = (dateOfBirth: string) =>
        evaluateInternshipEligibility(
          { ...careLeaver, dateOfBirth },
          SEED_INTERNSHIP_SETTINGS,
          START,
        ).eligible;
      expect(on('2000-09-01')).toBe(false);
      expect(on('2000-09-02')).toBe(true);
    });

    it('refuses someone younger than the youngest age', () => {
      expect(
        evaluateInternshipEligibility(
          { ...careLeaver, dateOfBirth: '2011-01-01' },
          SEED_INTERNSHIP_SETTINGS,
          START,
        ).reasons,
      ).toEqual(['You must be 16 or older on 1 September 2026; you will be 15.']);
    });

    it('uses the programme’s own range, e.g. the later terms of 18 to 30', () => {
      const later = { minimumAge: 18, maximumAge: 30 };
      expect(
        evaluateInternshipEligibility({ ...careLeaver, dateOfBirth: '1997-01-01' }, later, START),
      ).toEqual({ eligible: true, reasons: [] });
      expect(
        evaluateInternshipEligibility({ ...careLeaver, dateOfBirth: '2009-01-01' }, later, START)
          .reasons,
      ).toEqual(['You must be 18 or older on 1 September 2026; you will be 17.']);
    });

    it('counts a 29 February birthday on 1 March', () => {
      const { reasons } = evaluateInternshipEligibility(
        { ...careLeaver, dateOfBirth: '2000-02-29' },
        { minimumAge: 16, maximumAge: 25 },
        '2026-02-28',
      );
      expect(reasons).toEqual([]);
      expect(
        evaluateInternshipEligibility(
          { ...careLeaver, dateOfBirth: '2000-02-29' },
          { minimumAge: 16, maximumAge: 25 },
          '2026-03-01',
        ).reasons,
      ).toEqual(['You must be 25 or younger on 1 March 2026; you will be 26.']);
    });

    it('asks for a date of birth when there is none', () => {
      expect(
        evaluateInternshipEligibility(
          { ...careLeaver, dateOfBirth: null },
          SEED_INTERNSHIP_SETTINGS,
          START,
        ).reasons,
      ).toEqual([
        'Enter your date of birth, so we can check you will be 16 to 25 on 1 September 2026.',
      ]);
    });
  });

  it('gives every reason at once, in the order of the questions', () => {
    expect(
      evaluateInternshipEligibility(
        { weeksInCare: 4, inCareAfterSixteen: false, dateOfBirth: '1990-01-01' },
        SEED_INTERNSHIP_SETTINGS,
        START,
      ),
    ).toEqual({
      eligible: false,
      reasons: [
        'You must have been in care for at least 13 weeks in total; you told us 4 weeks.',
        'Some of your time in care must have been after your 16th birthday.',
        'You must be 25 or younger on 1 September 2026; you will be 36.',
      ],
    });
  });
});
