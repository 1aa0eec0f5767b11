import { createDraftStore } from '../draft-store';
import { cohortCsvFileName } from '../download-text';

describe('createDraftStore', () => {
  it('keeps a draft in memory, tells listeners, and clears back to empty', () => {
    const store = createDraftStore({ goals: '' });
    const heard: string[] = [];
    const unsubscribe = store.subscribe(() => heard.push(store.read().goals));
    store.write({ goals: 'Promotion' });
    store.clear();
    unsubscribe();
    store.write({ goals: 'Unheard' });
    expect(heard).toEqual(['Promotion', '']);
    expect(store.read()).toEqual({ goals: 'Unheard' });
  });
});

describe('cohortCsvFileName', () => {
  it('names the file by codes and date only', () => {
    expect(cohortCsvFileName('CATAPULT', '2026 OPEN/1', new Date('2026-03-27T10:00:00Z'))).toBe(
      'pathways-cohort-CATAPULT-2026-OPEN-1-2026-03-27.csv',
    );
  });
});
