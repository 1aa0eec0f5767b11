import { MessagePage } from '@pathways/web-ui';

/** What the API says when the data is not the person's to see. */
export function NotYours({ what }: { what: string }) {
  return (
    <MessagePage title="You do not have permission to see this page">
      <p className="govuk-body">{what}</p>
    </MessagePage>
  );
}
