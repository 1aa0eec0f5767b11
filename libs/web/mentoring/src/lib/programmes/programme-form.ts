import type { ProgrammePresetKey } from '@pathways/web-graphql';
import type { Problem } from '@pathways/web-ui';
import { createDraftStore } from '../common/draft-store';

export interface ProgrammeDraft {
  preset: ProgrammePresetKey | null;
  name: string;
  code: string;
}

export const EMPTY_PROGRAMME_DRAFT: ProgrammeDraft = { preset: null, name: '', code: '' };
export const programmeDraftStore = createDraftStore(EMPTY_PROGRAMME_DRAFT);

export const PROGRAMME_FIELD_IDS = { preset: 'preset', name: 'name', code: 'code' };

const CODE = /^[A-Z0-9][A-Z0-9-]{1,29}$/;

/** Capitals as the API keeps them; spaces become hyphens, as people often type "DWP 2026". */
export function normaliseProgrammeCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, '-');
}

export function programmeDetailsProblems(draft: Pick<ProgrammeDraft, 'name' | 'code'>): Problem[] {
  const problems: Problem[] = [];
  if (!draft.name.trim()) problems.push({ field: 'name', message: 'Enter the programme name' });
  if (!draft.code.trim()) {
    problems.push({ field: 'code', message: 'Enter a programme code' });
  } else if (!CODE.test(normaliseProgrammeCode(draft.code))) {
    problems.push({
      field: 'code',
      message: 'Enter a code of 2 to 30 capital letters, digits or hyphens',
    });
  }
  return problems;
}
