import { useEffect } from 'react';

/** GOV.UK page titles: "Error: " while the page shows errors, the heading, then the service. */
export function useDocumentTitle(pageTitle: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${pageTitle} – Pathways`;
  }, [pageTitle, hasErrors]);
}
