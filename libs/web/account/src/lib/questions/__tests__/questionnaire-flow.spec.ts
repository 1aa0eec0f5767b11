import { QUESTIONS, type Question, type QuestionKey } from '@pathways/domain-seb';
import {
  ALL_QUESTION_KEYS,
  answersToSave,
  draftFromSaved,
  EMPTY_DRAFT,
  nextStep,
  parseDraft,
  previousStep,
  questionSequence,
  stepPath,
  withAnswer,
  type Draft,
} from '../questionnaire-flow';

const LATER: QuestionKey[] = [
  'seb_school',
  'seb_fsm',
  'seb_parent_degree',
  'gender',
  'ethnicity',
  'disability',
  'sexual_orientation',
];
const FOUR_PART_DETAIL: QuestionKey[] = [
  'seb_earner_work_type',
  'seb_earner_employee_status',
  'seb_earner_workplace_size',
  'seb_earner_supervises',
];

const fourPart = (employment: string): Draft =>
  withAnswer(EMPTY_DRAFT, 'seb_earner_employment', employment);

describe('questionSequence', () => {
  it('asks the one-part occupation question, then the rest, by default', () => {
    expect(questionSequence(EMPTY_DRAFT)).toEqual(['seb_occupation', ...LATER]);
  });

  it('asks B to E of the four-part question only when the earner was employed', () => {
    expect(questionSequence(fourPart('employed'))).toEqual([
      'seb_earner_employment',
      ...FOUR_PART_DETAIL,
      ...LATER,
    ]);
  });

  it.each(['unemployed', 'long_term_unemployed', 'retired', 'unknown'])(
    'skips B to E when A is %s',
    (employment) => {
      expect(questionSequence(fourPart(employment))).toEqual(['seb_earner_employment', ...LATER]);
    },
  );

  it('asks every question of the catalogue in one form or the other', () => {
    const asked = new Set([
      ...questionSequence(EMPTY_DRAFT),
      ...questionSequence(fourPart('employed')),
    ]);
    expect([...asked].sort()).toEqual([...ALL_QUESTION_KEYS].sort());
  });
});

describe('every question', () => {
  it.each(ALL_QUESTION_KEYS)('%s offers a way to prefer not to say', (key) => {
    const question: Question = QUESTIONS[key];
    expect(question.options.some((option) => /prefer not to say/i.test(option.label))).toBe(true);
  });
});

describe('withAnswer', () => {
  it('switches to the form of the occupation question that was answered', () => {
    const four = fourPart('retired');
    expect(four.occupationForm).toBe('four-part');
    expect(withAnswer(four, 'seb_occupation', 'routine').occupationForm).toBe('one-part');
  });

  it('keeps the form when answering another question', () => {
    expect(withAnswer(fourPart('retired'), 'gender', 'female').occupationForm).toBe('four-part');
  });

  it('does not change the draft it is given', () => {
    withAnswer(EMPTY_DRAFT, 'gender', 'male');
    expect(EMPTY_DRAFT.answers).toEqual({});
  });
});

describe('nextStep', () => {
  it('goes through the sequence, then to the check page', () => {
    const draft = withAnswer(EMPTY_DRAFT, 'seb_occupation', 'routine');
    expect(nextStep(draft, 'seb_occupation', false)).toBe('seb_school');
    expect(nextStep(draft, 'disability', false)).toBe('sexual_orientation');
    expect(nextStep(draft, 'sexual_orientation', false)).toBe('check');
  });

  it('goes from A to B when employed, and past B to E otherwise', () => {
    expect(nextStep(fourPart('employed'), 'seb_earner_employment', false)).toBe(
      'seb_earner_work_type',
    );
    expect(nextStep(fourPart('retired'), 'seb_earner_employment', false)).toBe('seb_school');
  });

  it('returns to the check page after a change when nothing is left unanswered', () => {
    let draft = EMPTY_DRAFT;
    for (const key of questionSequence(draft)) draft = withAnswer(draft, key, 'prefer_not_to_say');
    expect(nextStep(draft, 'gender', true)).toBe('check');
  });

  it('asks the questions a change opened up before returning to the check page', () => {
    let draft = fourPart('retired');
    for (const key of LATER) draft = withAnswer(draft, key, 'prefer_not_to_say');
    draft = withAnswer(draft, 'seb_earner_employment', 'employed');
    expect(nextStep(draft, 'seb_earner_employment', true)).toBe('seb_earner_work_type');
  });
});

describe('previousStep', () => {
  it('goes back to the start page from the first question', () => {
    expect(previousStep(EMPTY_DRAFT, 'seb_occupation')).toBe('start');
  });

  it('goes back from A to the one-part question it was reached from', () => {
    expect(previousStep(EMPTY_DRAFT, 'seb_earner_employment')).toBe('seb_occupation');
  });

  it('goes back from the school question to the last occupation question asked', () => {
    expect(previousStep(EMPTY_DRAFT, 'seb_school')).toBe('seb_occupation');
    expect(previousStep(fourPart('retired'), 'seb_school')).toBe('seb_earner_employment');
    expect(previousStep(fourPart('employed'), 'seb_school')).toBe('seb_earner_supervises');
  });

  it('treats a four-part question being shown as the four-part form', () => {
    expect(previousStep(EMPTY_DRAFT, 'seb_earner_work_type')).toBe('start');
    expect(previousStep(fourPart('employed'), 'seb_earner_work_type')).toBe(
      'seb_earner_employment',
    );
  });
});

describe('stepPath', () => {
  it('maps steps to addresses holding no answers', () => {
    expect(stepPath('start')).toBe('/questions');
    expect(stepPath('check')).toBe('/questions/check');
    expect(stepPath('seb_fsm')).toBe('/questions/seb_fsm');
  });
});

describe('answersToSave', () => {
  it('sends every question, clearing those the draft does not ask', () => {
    let draft = withAnswer(EMPTY_DRAFT, 'seb_earner_work_type', 'routine_manual');
    draft = withAnswer(draft, 'seb_earner_employment', 'retired');
    draft = withAnswer(draft, 'gender', 'female');
    const saved = answersToSave(draft);
    expect(saved.map((answer) => answer.question)).toEqual(ALL_QUESTION_KEYS);
    expect(Object.fromEntries(saved.map((answer) => [answer.question, answer.code]))).toEqual({
      seb_occupation: null,
      seb_earner_employment: 'retired',
      seb_earner_work_type: null,
      seb_earner_employee_status: null,
      seb_earner_workplace_size: null,
      seb_earner_supervises: null,
      seb_school: null,
      seb_fsm: null,
      seb_parent_degree: null,
      gender: 'female',
      ethnicity: null,
      disability: null,
      sexual_orientation: null,
    });
  });

  it('clears the four-part answers when the one-part question was answered', () => {
    const draft = withAnswer(fourPart('employed'), 'seb_occupation', 'clerical');
    const codes = Object.fromEntries(answersToSave(draft).map((a) => [a.question, a.code]));
    expect(codes['seb_occupation']).toBe('clerical');
    expect(codes['seb_earner_employment']).toBeNull();
  });
});

describe('draftFromSaved', () => {
  it('keeps valid saved answers and the one-part form by default', () => {
    expect(
      draftFromSaved([
        { question: 'seb_occupation', code: 'routine' },
        { question: 'gender', code: null },
        { question: 'seb_fsm', code: 'not_an_answer' },
        { question: 'no_such_question', code: 'yes' },
      ]),
    ).toEqual({ occupationForm: 'one-part', answers: { seb_occupation: 'routine' } });
  });

  it('uses the four-part form when only four-part answers were saved', () => {
    expect(draftFromSaved([{ question: 'seb_earner_employment', code: 'employed' }])).toEqual({
      occupationForm: 'four-part',
      answers: { seb_earner_employment: 'employed' },
    });
  });
});

describe('parseDraft', () => {
  it('reads back a stored draft', () => {
    const draft = withAnswer(fourPart('employed'), 'ethnicity', 'mixed');
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it.each([
    null,
    '',
    'not json',
    '[]',
    '{"occupationForm":"other","answers":{}}',
    '{"occupationForm":"one-part"}',
  ])('returns null for %p', (raw) => {
    expect(parseDraft(raw)).toBeNull();
  });

  it('drops answers that are not answers to the question', () => {
    const raw = JSON.stringify({
      occupationForm: 'one-part',
      answers: { gender: 'x', seb_fsm: 'yes' },
    });
    expect(parseDraft(raw)).toEqual({ occupationForm: 'one-part', answers: { seb_fsm: 'yes' } });
  });
});
