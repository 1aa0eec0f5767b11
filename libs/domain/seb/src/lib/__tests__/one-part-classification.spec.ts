import { sebGroupFromOccupation } from '../one-part-classification';
import { SEB_OCCUPATION_QUESTION, type SebOccupationCode } from '../smc-questions';

// seb.md, Q1 one-part table, hand-transcribed.
const EXPECTED: Record<SebOccupationCode, string> = {
  professional: 'professional',
  manager: 'professional',
  clerical: 'intermediate',
  technical_craft: 'lower',
  routine: 'lower',
  long_term_unemployed: 'lower',
  small_business: 'intermediate',
  other: 'unknown',
  prefer_not_to_say: 'unknown',
};

describe(sebGroupFromOccupation.name, () => {
  it.each(Object.entries(EXPECTED))('maps %s to %s', (code, group) => {
    expect(sebGroupFromOccupation(code as SebOccupationCode)).toBe(group);
  });

  it('has an expectation for every option of the question', () => {
    expect(SEB_OCCUPATION_QUESTION.options.map((option) => option.code).sort()).toEqual(
      Object.keys(EXPECTED).sort(),
    );
  });

  it.each([null, undefined])('maps no answer (%p) to unknown', (code) => {
    expect(sebGroupFromOccupation(code)).toBe('unknown');
  });

  it.each(['', 'PROFESSIONAL', 'constructor', 'toString'])(
    'maps a code outside the list (%p) to unknown',
    (code) => {
      expect(sebGroupFromOccupation(code as SebOccupationCode)).toBe('unknown');
    },
  );
});
