import { useLinkComponent } from '@pathways/web-ui';
import { useDocumentTitle } from './useDocumentTitle';

export function PageNotFound() {
  useDocumentTitle('Page not found');
  const Link = useLinkComponent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">
          <Link href="/" className="govuk-link">
            Go to the Pathways home page
          </Link>
        </p>
      </div>
    </div>
  );
}
