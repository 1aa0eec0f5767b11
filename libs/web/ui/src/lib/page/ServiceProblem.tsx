import { MessagePage } from './MessagePage';

/** GOV.UK "there is a problem with the service" content, for data that could not be loaded. */
export function ServiceProblem() {
  return (
    <MessagePage title="Sorry, there is a problem with the service">
      <p className="govuk-body">Try again later.</p>
    </MessagePage>
  );
}
