import { answerLabel, type QuestionKey } from '@pathways/domain-seb';
import type { SummaryListRow } from '@pathways/web-ui';
import { QUESTION_SHORT_NAMES } from './question-wording';
import { questionSequence, type Draft } from './questionnaire-flow';

export const NOT_ANSWERED = 'Not answered';

export interface AnswerSection {
  heading: string;
  rows: SummaryListRow[];
}

/** The draft's questions as summary list rows in two sections, each with a Change link. */
export function answerSections(
  draft: Draft,
  changeHref: (key: QuestionKey) => string,
): AnswerSection[] {
  const row = (key: QuestionKey): SummaryListRow => {
    const code = draft.answers[key];
    return {
      key: QUESTION_SHORT_NAMES[key],
      value: (code && answerLabel(key, code)) || NOT_ANSWERED,
      actions: [
        {
          href: changeHref(key),
          text: 'Change',
          visuallyHiddenText: QUESTION_SHORT_NAMES[key].toLowerCase(),
        },
      ],
    };
  };
  const sequence = questionSequence(draft);
  return [
    { heading: 'Your background', rows: sequence.filter((key) => key.startsWith('seb_')).map(row) },
    { heading: 'About you', rows: sequence.filter((key) => !key.startsWith('seb_')).map(row) },
  ];
}
