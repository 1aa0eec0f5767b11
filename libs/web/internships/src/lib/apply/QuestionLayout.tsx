import { BackLink, Button, ErrorSummary } from '@pathways/web-ui';
import type { FormEvent, ReactNode } from 'react';

export interface QuestionLayoutProps {
  back: string;
  /** Shown in the summary, linking to the field. */
  error?: { href: string; text: string };
  onSubmit: () => void;
  children: ReactNode;
}

/** One question per page: back link, error summary, the question, Continue. */
export function QuestionLayout({ back, error, onSubmit, children }: QuestionLayoutProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {error && <ErrorSummary key={error.text} errors={[error]} />}
          <form noValidate onSubmit={submit}>
            {children}
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
