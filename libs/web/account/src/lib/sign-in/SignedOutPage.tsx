import { useDocumentTitle, useLinkComponent } from '@pathways/web-ui';

export function SignedOutPage() {
  useDocumentTitle('You have signed out');
  const Link = useLinkComponent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You have signed out</h1>
        <p className="govuk-body">
          <Link href="/sign-in" className="govuk-link">
            Sign in again
          </Link>
        </p>
      </div>
    </div>
  );
}
