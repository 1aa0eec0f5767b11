import type { QuestionKey } from '@pathways/domain-seb';
import { SummaryList } from '@pathways/web-ui';
import { answerSections } from './answer-rows';
import type { Draft } from './questionnaire-flow';

interface AnswerSummaryProps {
  draft: Draft;
  changeHref: (key: QuestionKey) => string;
}

export function AnswerSummary({ draft, changeHref }: AnswerSummaryProps) {
  return (
    <>
      {answerSections(draft, changeHref).map((section) => (
        <section key={section.heading}>
          <h2 className="govuk-heading-m">{section.heading}</h2>
          <SummaryList rows={section.rows} />
        </section>
      ))}
    </>
  );
}
