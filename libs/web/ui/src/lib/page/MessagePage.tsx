import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

export interface MessagePageProps {
  title: string;
  children: ReactNode;
}

/** A page that only says something: a heading, which is also its title, and a few paragraphs. */
export function MessagePage({ title, children }: MessagePageProps) {
  useDocumentTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  );
}
