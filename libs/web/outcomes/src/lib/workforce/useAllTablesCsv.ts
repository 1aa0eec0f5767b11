import { useWorkforceDashboardCsvLazyQuery } from '@pathways/web-graphql';
import { useRef } from 'react';

/**
 * The API's CSV of every composition table, fetched once per visit when first asked for (each
 * fetch is an audited export) and never cached, so it cannot overwrite the dashboard in the cache.
 */
export function useAllTablesCsv(): () => Promise<string> {
  const [load] = useWorkforceDashboardCsvLazyQuery({ fetchPolicy: 'no-cache' });
  const pending = useRef<Promise<string> | null>(null);
  return () => {
    pending.current ??= load().then((result) => {
      if (!result.data) throw new Error('no CSV');
      return result.data.workforceDashboard.csv;
    });
    pending.current.catch(() => (pending.current = null));
    return pending.current;
  };
}
