import { useRecordVacancyViewMutation } from '@pathways/web-graphql';
import { useEffect, useRef } from 'react';

/** Counts the role as viewed once per visit to its page; drafts are not counted. */
export function useRecordView(vacancyId: string, published: boolean): void {
  const [record] = useRecordVacancyViewMutation();
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (!published || recorded.current === vacancyId) return;
    recorded.current = vacancyId;
    // The funnel misses one view if this fails; the person still sees the role.
    void record({ variables: { input: { vacancyId } } }).catch(() => undefined);
  }, [published, record, vacancyId]);
}
