import { useDocumentTitle } from './useDocumentTitle';

export function Loading({ what = 'page' }: { what?: string }) {
  return (
    <p className="govuk-body" role="status">
      Loading {what}…
    </p>
  );
}

/** GOV.UK "there is a problem with the service" content, for data that could not be loaded. */
export function ServiceProblem() {
  useDocumentTitle('Sorry, there is a problem with the service');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later.</p>
      </div>
    </div>
  );
}

/** What the API says when the data is not the person's to see. */
export function NotYours({ what }: { what: string }) {
  useDocumentTitle('You do not have permission to see this page');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You do not have permission to see this page</h1>
        <p className="govuk-body">{what}</p>
      </div>
    </div>
  );
}
