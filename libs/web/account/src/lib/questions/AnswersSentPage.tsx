import { Panel, useDocumentTitle, useLinkComponent } from '@pathways/web-ui';

export function AnswersSentPage() {
  useDocumentTitle('Answers sent');
  const Link = useLinkComponent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Answers sent">Thank you for answering</Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          Your answers are only used to check whether you are eligible for programmes and to count
          how programmes are working for people from different backgrounds. Only you can see them.
        </p>
        <p className="govuk-body">
          <Link href="/questions/mine" className="govuk-link">
            See, change or withdraw your answers
          </Link>
        </p>
      </div>
    </div>
  );
}
