import { CHARACTERISTIC_QUESTIONS } from '../characteristic-questions';
import { FOUR_PART_OCCUPATION_QUESTIONS } from '../four-part-questions';
import type { Question } from '../question';
import { QUESTIONS } from '../question-catalogue';
import { SMC_QUESTIONS } from '../smc-questions';

const codesOf = (question: Question) => question.options.map((option) => option.code);
const labelsOf = (question: Question) =>
  Object.fromEntries(question.options.map((option) => [option.code, option.label]));
const ALL: readonly Question[] = Object.values(QUESTIONS);

describe('question catalogue', () => {
  describe('Q1 one-part (seb_occupation)', () => {
    const q = QUESTIONS.seb_occupation;

    it('asks the SMC key question verbatim', () => {
      expect(q.title).toBe(
        'What was the occupation of your main household earner when you were about aged 14?',
      );
    });

    it('offers every option of seb.md verbatim, in order', () => {
      expect(q.options).toEqual([
        {
          code: 'professional',
          label:
            'Modern professional & traditional professional occupations such as: teacher, nurse, physiotherapist, social worker, musician, police officer (sergeant or above), software designer, accountant, solicitor, medical practitioner, scientist, civil / mechanical engineer.',
        },
        {
          code: 'manager',
          label:
            'Senior, middle or junior managers or administrators such as: finance manager, chief executive, large business owner, office manager, retail manager, bank manager, restaurant manager, warehouse manager.',
        },
        {
          code: 'clerical',
          label:
            'Clerical and intermediate occupations such as: secretary, personal assistant, call centre agent, clerical worker, nursery nurse.',
        },
        {
          code: 'technical_craft',
          label:
            'Technical and craft occupations such as: motor mechanic, plumber, printer, electrician, gardener, train driver.',
        },
        {
          code: 'routine',
          label:
            'Routine, semi-routine manual and service occupations such as: postal worker, machine operative, security guard, caretaker, farm worker, catering assistant, sales assistant, HGV driver, cleaner, porter, packer, labourer, waiter/waitress, bar staff.',
        },
        {
          code: 'long_term_unemployed',
          label:
            "Long-term unemployed (claimed Jobseeker's Allowance or earlier unemployment benefit for more than a year).",
        },
        {
          code: 'small_business',
          label:
            'Small business owners who employed less than 25 people such as: corner shop owners, small plumbing companies, retail shop owner, single restaurant or cafe owner, taxi owner, garage owner.',
        },
        {
          code: 'other',
          label: "Other such as: retired, this question does not apply to me, I don't know.",
        },
        { code: 'prefer_not_to_say', label: 'I prefer not to say' },
      ]);
    });
  });

  describe('Q1 four-part (A–E)', () => {
    const [a, b, c, d, e] = FOUR_PART_OCCUPATION_QUESTIONS;

    it('asks A–E in order with the wording of seb.md', () => {
      expect(FOUR_PART_OCCUPATION_QUESTIONS.map((q) => q.title)).toEqual([
        'When you were 14, was your highest-earning parent or guardian employed?',
        'What kind of work did they do?',
        'Did they work as an employee or were they self-employed?',
        'Which size would best describe their place of work?',
        'Did they supervise employees?',
      ]);
    });

    it('uses the answer codes of seb.md', () => {
      expect(codesOf(a)).toEqual([
        'employed',
        'unemployed',
        'long_term_unemployed',
        'retired',
        'unknown',
      ]);
      expect(codesOf(b)).toEqual([
        'traditional_professional',
        'modern_professional',
        'clerical_intermediate',
        'senior_manager',
        'technical_craft',
        'routine_manual',
        'semi_routine_manual',
        'middle_junior_manager',
        'prefer_not_to_say',
      ]);
      expect(codesOf(c)).toEqual([
        'employee',
        'self_employed_with_employees',
        'self_employed_without_employees',
        'unknown',
      ]);
      expect(codesOf(d)).toEqual(['small', 'large', 'unknown']);
      expect(codesOf(e)).toEqual(['yes', 'no', 'unknown']);
    });

    it('words the A options as seb.md does', () => {
      expect(labelsOf(a)).toMatchObject({
        employed: 'Yes, employed or self-employed',
        unemployed: 'No, unemployed — claimed benefit for less than a year',
        long_term_unemployed: 'No, long term unemployed — more than a year',
        unknown: "I don't know / prefer not to say",
      });
    });

    it('says what the workplace sizes mean', () => {
      expect(labelsOf(d)).toMatchObject({
        small: 'Small (1 to 24 employees)',
        large: 'Large (over 24 employees)',
      });
    });
  });

  describe('Q2–Q4', () => {
    const [, school, fsm, degree] = SMC_QUESTIONS;

    it('asks about school type verbatim with its codes', () => {
      expect(school.title).toBe(
        'Which type of school did you attend for the most time between the ages of 11 and 16?',
      );
      expect(codesOf(school)).toEqual([
        'state_non_selective',
        'state_selective',
        'independent',
        'independent_bursary',
        'outside_uk',
        'dont_know',
        'prefer_not_to_say',
      ]);
      expect(labelsOf(school)).toMatchObject({
        state_non_selective: 'A state-run or state-funded school – non-selective',
        state_selective: 'A state-run or state-funded school – selective',
        independent: 'Independent or fee-paying school',
        independent_bursary:
          'Independent or fee-paying school, where I received a bursary covering 90% or more of my tuition',
        outside_uk: 'Attended school outside the UK',
      });
    });

    it('asks about free school meals verbatim, with its hint', () => {
      expect(fsm.title).toBe(
        'If you finished school after 1980, were you eligible for free school meals at any point during your school years?',
      );
      expect(fsm.hint).toBe(
        'Free school meals are available to school-aged children from families who receive other qualifying benefits and who have been through the relevant registration process. It does not include those who receive meals at school through other means (e.g. boarding school).',
      );
      expect(codesOf(fsm)).toEqual([
        'yes',
        'no',
        'not_applicable',
        'dont_know',
        'prefer_not_to_say',
      ]);
      expect(labelsOf(fsm).not_applicable).toBe(
        'Not applicable (finished school before 1980 or went to school overseas)',
      );
    });

    it("asks about parents' degree verbatim with its codes", () => {
      expect(degree.title).toBe(
        'Did either of your parents attend university and gain a degree (e.g. BA/BSc or equivalent) by the time you were 18?',
      );
      expect(degree.options.slice(0, 3)).toEqual([
        { code: 'no', label: 'No, neither of my parents attended university' },
        { code: 'yes', label: 'Yes, one or both of my parents attended university' },
        { code: 'dont_know', label: 'Do not know / not sure' },
      ]);
      expect(codesOf(degree)).toEqual(['no', 'yes', 'dont_know', 'prefer_not_to_say']);
    });
  });

  describe('other characteristics', () => {
    it('uses the codes of seb.md', () => {
      expect(CHARACTERISTIC_QUESTIONS.map((q) => [q.key, codesOf(q)])).toEqual([
        ['gender', ['female', 'male', 'other', 'prefer_not_to_say']],
        ['ethnicity', ['asian', 'black', 'mixed', 'white', 'other', 'prefer_not_to_say']],
        ['disability', ['yes', 'no', 'prefer_not_to_say']],
        [
          'sexual_orientation',
          ['heterosexual', 'gay_lesbian', 'bisexual', 'other', 'prefer_not_to_say'],
        ],
      ]);
    });

    it('gives codes human labels', () => {
      expect(labelsOf(QUESTIONS.sexual_orientation).gay_lesbian).toBe('Gay or lesbian');
      expect(labelsOf(QUESTIONS.ethnicity).mixed).toBe('Mixed or multiple ethnic groups');
      expect(labelsOf(QUESTIONS.gender).female).toBe('Female');
    });
  });

  describe('every question', () => {
    it.each(ALL.map((q) => [q.key, q] as const))('%s is keyed by its own key', (key, q) => {
      expect(QUESTIONS[key as keyof typeof QUESTIONS]).toBe(q);
    });

    it.each(ALL.map((q) => [q.key, q] as const))('%s offers "prefer not to say"', (_key, q) => {
      const declines = q.options.filter(
        (option) =>
          option.code === 'prefer_not_to_say' ||
          (option.code === 'unknown' && /prefer not to say/.test(option.label)),
      );
      expect(declines).toHaveLength(1);
    });

    it.each(ALL.map((q) => [q.key, q] as const))('%s has unique codes and labels', (_key, q) => {
      expect(new Set(codesOf(q)).size).toBe(q.options.length);
      expect(new Set(q.options.map((option) => option.label)).size).toBe(q.options.length);
    });

    it.each(ALL.map((q) => [q.key, q] as const))('%s has non-empty wording', (_key, q) => {
      expect(q.title.trim()).not.toBe('');
      expect(q.options.every((option) => option.label.trim() !== '')).toBe(true);
    });
  });
});
