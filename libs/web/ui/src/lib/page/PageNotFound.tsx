import { useLinkComponent } from '../link/useLinkComponent';
import { MessagePage } from './MessagePage';

export function PageNotFound() {
  const Link = useLinkComponent();
  return (
    <MessagePage title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <Link href="/" className="govuk-link">
          Go to the Pathways home page
        </Link>
      </p>
    </MessagePage>
  );
}
