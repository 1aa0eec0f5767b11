import type { SetReservedShareCapInput } from '@pathways/web-graphql';
import type { Problem } from '@pathways/web-ui';

export interface CapForm {
  departmentCode: string;
  /** As typed; empty removes the cap. */
  maxPercent: string;
}

export const CAP_FIELD_IDS = { departmentCode: 'department', maxPercent: 'max-percent' };

export type CapCheck =
  { problems: Problem[]; input: null } | { problems: []; input: SetReservedShareCapInput };

/** A whole percentage from 0 to 100, as the API takes it; an empty box removes the cap. */
export function checkCapForm(form: CapForm): CapCheck {
  const problems: Problem[] = [];
  const typed = form.maxPercent.trim().replace(/%$/, '').trim();
  if (!form.departmentCode)
    problems.push({ field: 'departmentCode', message: 'Select the department' });
  if (typed !== '' && !/^\d+$/.test(typed))
    problems.push({
      field: 'maxPercent',
      message: 'The cap must be a whole number of percent, like 30',
    });
  else if (typed !== '' && Number(typed) > 100)
    problems.push({ field: 'maxPercent', message: 'The cap must be 100% or less' });
  if (problems.length > 0) return { problems, input: null };
  return {
    problems: [],
    input: { departmentCode: form.departmentCode, maxPercent: typed === '' ? null : Number(typed) },
  };
}

export interface ShareLike {
  maxPercent?: number | null;
  openCount: number;
  reservedCount: number;
  sharePercent: number;
}

export function capText(share: Pick<ShareLike, 'maxPercent'>): string {
  return share.maxPercent === null || share.maxPercent === undefined
    ? 'No cap'
    : `${share.maxPercent}%`;
}

/** "2 of 5 (40%)": the share in words a reader can check against the counts. */
export function reservedText(share: ShareLike): string {
  if (share.openCount === 0) return 'No open roles';
  return `${share.reservedCount} of ${share.openCount} (${share.sharePercent}%)`;
}

/** Over the cap can happen when the cap is lowered after roles opened; new ones are refused. */
export function overCap(share: ShareLike): boolean {
  return (
    share.maxPercent !== null &&
    share.maxPercent !== undefined &&
    share.openCount > 0 &&
    share.sharePercent > share.maxPercent
  );
}
