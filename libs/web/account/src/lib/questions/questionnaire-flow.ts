import { isValidAnswer, QUESTIONS, type QuestionKey } from '@pathways/domain-seb';

/** The parental-occupation question is asked in one part (SMC) or four parts, A–E (Fast Stream). */
export type OccupationForm = 'one-part' | 'four-part';

export interface Draft {
  occupationForm: OccupationForm;
  answers: Partial<Record<QuestionKey, string>>;
}

export type Step = QuestionKey | 'start' | 'check';

export const EMPTY_DRAFT: Draft = { occupationForm: 'one-part', answers: {} };

export const ALL_QUESTION_KEYS = Object.keys(QUESTIONS) as QuestionKey[];

const FOUR_PART_FIRST: QuestionKey = 'seb_earner_employment';
const FOUR_PART_DETAIL: readonly QuestionKey[] = [
  'seb_earner_work_type',
  'seb_earner_employee_status',
  'seb_earner_workplace_size',
  'seb_earner_supervises',
];
const AFTER_OCCUPATION: readonly QuestionKey[] = [
  'seb_school',
  'seb_fsm',
  'seb_parent_degree',
  'gender',
  'ethnicity',
  'disability',
  'sexual_orientation',
];

export function occupationFormOf(key: QuestionKey): OccupationForm | null {
  if (key === 'seb_occupation') return 'one-part';
  if (key === FOUR_PART_FIRST || FOUR_PART_DETAIL.includes(key)) return 'four-part';
  return null;
}

/** The questions this draft asks, in order: B–E only when the earner was employed (A). */
export function questionSequence(draft: Draft): QuestionKey[] {
  const occupation: QuestionKey[] =
    draft.occupationForm === 'one-part'
      ? ['seb_occupation']
      : [
          FOUR_PART_FIRST,
          ...(draft.answers.seb_earner_employment === 'employed' ? FOUR_PART_DETAIL : []),
        ];
  return [...occupation, ...AFTER_OCCUPATION];
}

/** Records an answer; answering either form of the occupation question switches to that form. */
export function withAnswer(draft: Draft, key: QuestionKey, code: string): Draft {
  return {
    occupationForm: occupationFormOf(key) ?? draft.occupationForm,
    answers: { ...draft.answers, [key]: code },
  };
}

/** The draft as it would be while showing `key`: its occupation form, if it has one. */
function viewedAs(draft: Draft, key: QuestionKey): Draft {
  const form = occupationFormOf(key);
  return form ? { ...draft, occupationForm: form } : draft;
}

/**
 * Where Continue goes. When changing an answer from the check page, to the first question the
 * change left unanswered (e.g. B after A became "employed"), otherwise back to the check page.
 */
export function nextStep(draft: Draft, current: QuestionKey, changing: boolean): Step {
  const sequence = questionSequence(draft);
  if (changing) return sequence.find((key) => draft.answers[key] === undefined) ?? 'check';
  const index = sequence.indexOf(current);
  return index >= 0 && index + 1 < sequence.length ? sequence[index + 1] : 'check';
}

/** Where Back goes; the four-part questions were reached from the one-part question. */
export function previousStep(draft: Draft, current: QuestionKey): Step {
  if (current === FOUR_PART_FIRST) return 'seb_occupation';
  const sequence = questionSequence(viewedAs(draft, current));
  const index = sequence.indexOf(current);
  return index > 0 ? sequence[index - 1] : 'start';
}

export function stepPath(step: Step): string {
  return step === 'start' ? '/questions' : `/questions/${step}`;
}

/** Every question, to replace what is saved: questions this draft skips are cleared. */
export function answersToSave(draft: Draft): { question: QuestionKey; code: string | null }[] {
  const asked = new Set(questionSequence(draft));
  return ALL_QUESTION_KEYS.map((question) => ({
    question,
    code: asked.has(question) ? (draft.answers[question] ?? null) : null,
  }));
}

/** A draft to change saved answers; four-part when only the four-part answers were saved. */
export function draftFromSaved(
  saved: readonly { question: string; code?: string | null }[],
): Draft {
  const answers: Partial<Record<QuestionKey, string>> = {};
  for (const { question, code } of saved) {
    if (code && ALL_QUESTION_KEYS.includes(question as QuestionKey)) {
      const key = question as QuestionKey;
      if (isValidAnswer(key, code)) answers[key] = code;
    }
  }
  const fourPart =
    answers.seb_occupation === undefined && answers.seb_earner_employment !== undefined;
  return { occupationForm: fourPart ? 'four-part' : 'one-part', answers };
}

export function hasAnyAnswer(saved: readonly { code?: string | null }[]): boolean {
  return saved.some((answer) => Boolean(answer.code));
}

/** Reads a stored draft, keeping only valid answers: sessionStorage is not to be trusted. */
export function parseDraft(raw: string | null): Draft | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { occupationForm, answers } = value as Record<string, unknown>;
    if (occupationForm !== 'one-part' && occupationForm !== 'four-part') return null;
    if (typeof answers !== 'object' || answers === null) return null;
    const entries = Object.entries(answers as Record<string, unknown>).map(([question, code]) => ({
      question,
      code: typeof code === 'string' ? code : null,
    }));
    return { occupationForm, answers: draftFromSaved(entries).answers };
  } catch {
    return null;
  }
}
