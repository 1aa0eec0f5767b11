import { useDocumentTitle } from './useDocumentTitle';

/** For a page someone's roles do not cover, or a programme they do not lead. */
export function NotAllowed({ who }: { who: string }) {
  useDocumentTitle('You do not have permission to see this page');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You do not have permission to see this page</h1>
        <p className="govuk-body">
          Only {who} can use this page. If you need access, ask an administrator.
        </p>
      </div>
    </div>
  );
}
