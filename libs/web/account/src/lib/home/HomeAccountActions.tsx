import { Button, useLinkComponent } from '@pathways/web-ui';
import { useCurrentUser } from '../session/useCurrentUser';

/** The home page's call to action: create an account or sign in; once signed in, the questions. */
export function HomeAccountActions() {
  const Link = useLinkComponent();
  const { loading, user } = useCurrentUser();
  if (loading) return null;
  if (user) {
    return (
      <Button href="/questions" isStartButton>
        Answer the questions about your background
      </Button>
    );
  }
  return (
    <>
      <Button href="/sign-up" isStartButton>
        Create an account
      </Button>
      <p className="govuk-body">
        If you already have an account,{' '}
        <Link href="/sign-in" className="govuk-link">
          sign in
        </Link>
        .
      </p>
    </>
  );
}
