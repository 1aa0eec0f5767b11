import { useEffect } from 'react';

/** GOV.UK page titles: the page's heading, then the service name. */
export function useDocumentTitle(pageTitle: string | null): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – Pathways` : 'Pathways';
  }, [pageTitle]);
}
