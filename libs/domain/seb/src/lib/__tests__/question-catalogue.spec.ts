import {
  QUESTIONS,
  SEB_ANSWER_COLUMNS,
  answerLabel,
  isQuestionKey,
  isValidAnswer,
  type QuestionKey,
} from '../question-catalogue';

describe(isValidAnswer.name, () => {
  it.each(Object.values(QUESTIONS).flatMap((q) => q.options.map((o) => [q.key, o.code] as const)))(
    'accepts %s = %s',
    (key, code) => {
      expect(isValidAnswer(key, code)).toBe(true);
    },
  );

  it('rejects a code from another question', () => {
    expect(isValidAnswer('seb_school', 'professional')).toBe(false);
    expect(isValidAnswer('seb_occupation', 'unknown')).toBe(false);
  });

  it('rejects the empty string, a different case and padding', () => {
    expect(isValidAnswer('gender', '')).toBe(false);
    expect(isValidAnswer('gender', 'Female')).toBe(false);
    expect(isValidAnswer('gender', ' female')).toBe(false);
  });

  it('rejects every code for a key that is not a question', () => {
    expect(isValidAnswer('constructor' as QuestionKey, 'female')).toBe(false);
  });
});

describe(isQuestionKey.name, () => {
  it('recognises question keys only', () => {
    expect(isQuestionKey('seb_fsm')).toBe(true);
    expect(isQuestionKey('seb_earner_supervises')).toBe(true);
    expect(isQuestionKey('staff_number')).toBe(false);
    expect(isQuestionKey('hasOwnProperty')).toBe(false);
  });
});

describe(answerLabel.name, () => {
  it('returns the wording of a code', () => {
    expect(answerLabel('seb_parent_degree', 'dont_know')).toBe('Do not know / not sure');
  });

  it('returns undefined for a code that is not an answer', () => {
    expect(answerLabel('seb_parent_degree', 'maybe')).toBeUndefined();
  });
});

describe('SEB_ANSWER_COLUMNS', () => {
  it('lists the people.csv answer columns of contracts.md', () => {
    expect(Object.keys(SEB_ANSWER_COLUMNS).sort()).toEqual(
      [
        'seb_occupation',
        'seb_school',
        'seb_fsm',
        'seb_parent_degree',
        'gender',
        'ethnicity',
        'disability',
        'sexual_orientation',
      ].sort(),
    );
  });

  it.each(Object.entries(SEB_ANSWER_COLUMNS))('maps column %s to its question', (column, q) => {
    expect(q.key).toBe(column);
    expect(q).toBe(QUESTIONS[column as QuestionKey]);
  });

  it('validates a CSV cell through its column', () => {
    expect(SEB_ANSWER_COLUMNS.seb_occupation.options.some((o) => o.code === 'routine')).toBe(true);
    expect(isValidAnswer('seb_fsm', 'not_applicable')).toBe(true);
    expect(isValidAnswer('seb_fsm', 'n/a')).toBe(false);
  });
});
