import { MessagePage } from './MessagePage';

export interface NotAllowedProps {
  /** Who may use the page: "network leads", "analysts and admins". */
  who: string;
}

/** For a page someone's roles do not cover; the API refuses them the data either way. */
export function NotAllowed({ who }: NotAllowedProps) {
  return (
    <MessagePage title="You do not have permission to see this page">
      <p className="govuk-body">
        Only {who} can use this page. If you need access, ask an administrator.
      </p>
    </MessagePage>
  );
}
