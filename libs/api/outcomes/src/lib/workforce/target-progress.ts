import { isBelowThreshold } from '@pathways/domain-stats';
import type { SebGroup } from '@pathways/domain-seb';

export interface DepartmentGradeCount {
  readonly department: string;
  readonly grade: string;
  readonly sebGroup: SebGroup;
  readonly people: number;
}

export interface TargetScope {
  readonly sebGroup: string;
  /** Empty = every grade. */
  readonly grades: readonly string[];
  readonly departmentCode: string | null;
}

/**
 * The targeted group's share of classifiable people in the target's grades and department;
 * null when nobody is classifiable or either the group or the rest counts 1–9 people.
 */
export function currentTargetShare(
  target: TargetScope,
  cells: readonly DepartmentGradeCount[],
): number | null {
  let group = 0;
  let classifiable = 0;
  for (const cell of cells) {
    if (cell.sebGroup === 'unknown') continue;
    if (target.grades.length > 0 && !target.grades.includes(cell.grade)) continue;
    if (target.departmentCode !== null && cell.department !== target.departmentCode) continue;
    classifiable += cell.people;
    if (cell.sebGroup === target.sebGroup) group += cell.people;
  }
  if (classifiable === 0 || isBelowThreshold(group) || isBelowThreshold(classifiable - group))
    return null;
  return group / classifiable;
}
