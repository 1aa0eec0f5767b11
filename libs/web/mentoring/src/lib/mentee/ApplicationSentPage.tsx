import { Panel, useDocumentTitle, useLinkComponent } from '@pathways/web-ui';

export function ApplicationSentPage() {
  useDocumentTitle('Application sent');
  const Link = useLinkComponent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Application sent" />
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          When applications close, the programme lead matches mentees with mentors. If you are
          matched, we will tell you who your proposed mentor is and ask you to accept.
        </p>
        <p className="govuk-body">
          <Link href="/mentoring/applications" className="govuk-link">
            See or withdraw your applications
          </Link>
        </p>
        <p className="govuk-body">
          <Link href="/mentoring" className="govuk-link">
            Back to mentoring
          </Link>
        </p>
      </div>
    </div>
  );
}
