import { formatPercent, SUPPRESSED } from '../format/figures';
import { sebGroupLabel } from '../format/labels';

export interface TargetProgressLike {
  sebGroup: string;
  grades: readonly string[];
  departmentCode?: string | null;
  targetShare: number;
  currentShare?: number | null;
}

export interface TargetProgress {
  now: string;
  progress: string;
  met: boolean;
}

/** Where a target stands: the share now, and how far there is to go in percentage points. */
export function targetProgress(target: TargetProgressLike): TargetProgress {
  if (target.currentShare == null)
    return { now: SUPPRESSED, progress: 'Too few people to show', met: false };
  const gap = target.targetShare - target.currentShare;
  if (gap <= 0) return { now: formatPercent(target.currentShare), progress: 'Met', met: true };
  return {
    now: formatPercent(target.currentShare),
    progress: `${(gap * 100).toFixed(1)} percentage points to go`,
    met: false,
  };
}

/** "Lower, in SCS1 and SCS2, MOJ" or "Lower, every grade, every department". */
export function targetScope(target: TargetProgressLike): string {
  const grades = target.grades.length === 0 ? 'every grade' : `in ${target.grades.join(', ')}`;
  const department = target.departmentCode ?? 'every department';
  return `${sebGroupLabel(target.sebGroup)}, ${grades}, ${department}`;
}

export const targetShareText = (share: number) => formatPercent(share);
