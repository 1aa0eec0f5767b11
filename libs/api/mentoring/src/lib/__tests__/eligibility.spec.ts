import type { EligibilityRules } from '@pathways/api-programmes';
import { ageOn, ApplicantFacts, evaluateEligibility } from '../rules/eligibility';

const START = '2026-09-01';

const lowerEo: ApplicantFacts = {
  seb: { status: 'answered', group: 'lower' },
  gradeCode: 'EO',
  departmentCode: 'MOJ',
  careLeaver: null,
  dateOfBirth: '1990-05-17',
};

const facts = (overrides: Partial<ApplicantFacts>): ApplicantFacts => ({
  ...lowerEo,
  ...overrides,
});

describe(evaluateEligibility.name, () => {
  describe('with no conditions', () => {
    it('lets anyone apply, whatever they have answered', () => {
      expect(evaluateEligibility({}, facts({ seb: { status: 'unanswered' } }), START)).toEqual({
        eligible: true,
        reasons: [],
      });
    });

    it('treats empty lists as no condition', () => {
      const rules: EligibilityRules = { sebGroups: [], departments: [] };
      expect(evaluateEligibility(rules, facts({ departmentCode: 'HMRC' }), START).eligible).toBe(
        true,
      );
    });
  });

  describe('SEB groups', () => {
    const rules: EligibilityRules = { sebGroups: ['lower'] };

    it('accepts an applicant in a listed group', () => {
      expect(evaluateEligibility(rules, lowerEo, START)).toEqual({ eligible: true, reasons: [] });
    });

    it('accepts any of several listed groups', () => {
      const both: EligibilityRules = { sebGroups: ['lower', 'intermediate'] };
      const intermediate = facts({ seb: { status: 'answered', group: 'intermediate' } });
      expect(evaluateEligibility(both, intermediate, START).eligible).toBe(true);
    });

    it('invites someone who has not answered to answer', () => {
      expect(evaluateEligibility(rules, facts({ seb: { status: 'unanswered' } }), START)).toEqual({
        eligible: false,
        reasons: [
          'This programme is for people from a lower socio-economic background. Answer the questions about your socio-economic background so we can check whether you are eligible.',
        ],
      });
    });

    it('says a "prefer not to say" answer cannot be checked, and can be changed', () => {
      const verdict = evaluateEligibility(rules, facts({ seb: { status: 'declined' } }), START);
      expect(verdict.eligible).toBe(false);
      expect(verdict.reasons).toEqual([
        'This programme is for people from a lower socio-economic background. You chose not to say, so we cannot check this. You can change your answers at any time.',
      ]);
    });

    it('says answers that place nobody in a group do not let us place them', () => {
      const verdict = evaluateEligibility(
        rules,
        facts({ seb: { status: 'answered', group: 'unknown' } }),
        START,
      );
      expect(verdict.reasons[0]).toContain('Your answers do not let us place you in a group.');
    });

    it('turns down another group without naming it', () => {
      const verdict = evaluateEligibility(
        rules,
        facts({ seb: { status: 'answered', group: 'professional' } }),
        START,
      );
      expect(verdict).toEqual({
        eligible: false,
        reasons: [
          'This programme is for people from a lower socio-economic background. Your answers place you in a different group.',
        ],
      });
      expect(verdict.reasons[0]).not.toContain('professional');
    });

    it('lists several groups in words', () => {
      const verdict = evaluateEligibility(
        { sebGroups: ['lower', 'intermediate'] },
        facts({ seb: { status: 'unanswered' } }),
        START,
      );
      expect(verdict.reasons[0]).toMatch(
        /^This programme is for people from a lower or intermediate/,
      );
    });
  });

  describe('grade range', () => {
    const rules: EligibilityRules = { minimumGrade: 'AA', maximumGrade: 'HEO' };

    it.each(['AA', 'AO', 'EO', 'HEO'])('accepts %s inside the range', (gradeCode) => {
      expect(evaluateEligibility(rules, facts({ gradeCode }), START).eligible).toBe(true);
    });

    it.each(['SEO', 'G7', 'SCS1'])('turns down %s above the range', (gradeCode) => {
      expect(evaluateEligibility(rules, facts({ gradeCode }), START).reasons).toEqual([
        `This programme is for grades AA to HEO; your grade is ${gradeCode}.`,
      ]);
    });

    it('words a lower bound alone', () => {
      expect(
        evaluateEligibility({ minimumGrade: 'SEO' }, facts({ gradeCode: 'EO' }), START).reasons,
      ).toEqual(['This programme is for grade SEO and above; your grade is EO.']);
    });

    it('words an upper bound alone', () => {
      expect(
        evaluateEligibility({ maximumGrade: 'EO' }, facts({ gradeCode: 'HEO' }), START).reasons,
      ).toEqual(['This programme is for grade EO and below; your grade is HEO.']);
    });

    it('turns down a grade it does not know', () => {
      expect(evaluateEligibility(rules, facts({ gradeCode: 'XX' }), START).eligible).toBe(false);
    });
  });

  describe('departments', () => {
    it('accepts a listed department', () => {
      const rules: EligibilityRules = { departments: ['MOJ', 'DWP'] };
      expect(evaluateEligibility(rules, lowerEo, START).eligible).toBe(true);
    });

    it('names the departments by name, and the applicant’s own', () => {
      const rules: EligibilityRules = { departments: ['DWP', 'HMRC'] };
      expect(evaluateEligibility(rules, lowerEo, START).reasons).toEqual([
        'This programme is open to staff in Work and Pensions, HM Revenue and Customs; you are in Justice.',
      ]);
    });
  });

  describe('care leavers', () => {
    const rules: EligibilityRules = { careLeaver: true };

    it('accepts a care leaver', () => {
      expect(evaluateEligibility(rules, facts({ careLeaver: true }), START).eligible).toBe(true);
    });

    it('turns down someone recorded as not a care leaver', () => {
      expect(evaluateEligibility(rules, facts({ careLeaver: false }), START).reasons).toEqual([
        'This programme is for care leavers, and your record says you are not one.',
      ]);
    });

    it('asks someone with no record to have it updated', () => {
      expect(evaluateEligibility(rules, facts({ careLeaver: null }), START).reasons[0]).toContain(
        'Ask your HR team to update your record.',
      );
    });

    it('ignores the record when the programme has no such condition', () => {
      expect(
        evaluateEligibility({ careLeaver: false }, facts({ careLeaver: false }), START).eligible,
      ).toBe(true);
    });
  });

  describe('age on the cohort start date', () => {
    const rules: EligibilityRules = { minimumAge: 16, maximumAge: 25 };

    it('accepts someone aged 25 on the start date', () => {
      expect(evaluateEligibility(rules, facts({ dateOfBirth: '2001-09-01' }), START).eligible).toBe(
        true,
      );
    });

    it('turns down someone turning 26 on the start date', () => {
      expect(
        evaluateEligibility(rules, facts({ dateOfBirth: '2000-09-01' }), START).reasons,
      ).toEqual([
        'This programme is for people aged 16 to 25 on the day the cohort starts (2026-09-01); you will be 26.',
      ]);
    });

    it('accepts someone turning 16 on the start date, and not the day before', () => {
      expect(evaluateEligibility(rules, facts({ dateOfBirth: '2010-09-01' }), START).eligible).toBe(
        true,
      );
      expect(evaluateEligibility(rules, facts({ dateOfBirth: '2010-09-02' }), START).eligible).toBe(
        false,
      );
    });

    it('words one-sided ranges', () => {
      expect(
        evaluateEligibility({ minimumAge: 18 }, facts({ dateOfBirth: '2010-01-01' }), START)
          .reasons[0],
      ).toContain('aged 18 or over');
      expect(
        evaluateEligibility({ maximumAge: 30 }, facts({ dateOfBirth: '1980-01-01' }), START)
          .reasons[0],
      ).toContain('aged 30 or under');
    });

    it('asks for a date of birth when there is none', () => {
      expect(evaluateEligibility(rules, facts({ dateOfBirth: null }), START).reasons[0]).toContain(
        'we do not have your date of birth',
      );
    });
  });

  describe('several conditions', () => {
    it('gives every reason, in rule order', () => {
      const rules: EligibilityRules = {
        sebGroups: ['lower'],
        maximumGrade: 'HEO',
        departments: ['DWP'],
        careLeaver: true,
        maximumAge: 25,
      };
      const verdict = evaluateEligibility(
        rules,
        {
          seb: { status: 'unanswered' },
          gradeCode: 'G7',
          departmentCode: 'MOJ',
          careLeaver: false,
          dateOfBirth: '1980-01-01',
        },
        START,
      );
      expect(verdict.eligible).toBe(false);
      expect(verdict.reasons).toHaveLength(5);
      expect(verdict.reasons.map((reason) => reason.split(' ').slice(0, 4).join(' '))).toEqual([
        'This programme is for',
        'This programme is for',
        'This programme is open',
        'This programme is for',
        'This programme is for',
      ]);
    });
  });
});

describe(ageOn.name, () => {
  it('counts whole years', () => {
    expect(ageOn('2000-03-15', '2026-03-14')).toBe(25);
    expect(ageOn('2000-03-15', '2026-03-15')).toBe(26);
  });

  it('counts a 29 February birthday on 1 March in other years', () => {
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
  });
});
