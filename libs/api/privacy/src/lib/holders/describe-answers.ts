import { ANSWER_PROPERTY, PersonAnswersEntity, sebGroupOf } from '@pathways/api-people';
import { answerLabel, QUESTIONS, QuestionKey } from '@pathways/domain-seb';

export interface DescribedAnswers {
  answers: { question: QuestionKey; questionText: string; code: string; answer: string }[];
  sebGroup: string;
  updatedAt: Date | null;
}

const QUESTION_KEYS = Object.keys(QUESTIONS) as QuestionKey[];

/** The answered questions in asking order, each with its wording, for a person to read. */
export function describeAnswers(row: PersonAnswersEntity | null): DescribedAnswers {
  if (!row) return { answers: [], sebGroup: 'unknown', updatedAt: null };
  return {
    answers: QUESTION_KEYS.flatMap((question) => {
      const code = row[ANSWER_PROPERTY[question]];
      if (code === null) return [];
      return [
        {
          question,
          questionText: QUESTIONS[question].title,
          code,
          answer: answerLabel(question, code) ?? code,
        },
      ];
    }),
    sebGroup: sebGroupOf(row),
    updatedAt: row.updatedAt,
  };
}
