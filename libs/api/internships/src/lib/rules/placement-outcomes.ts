import { GRADE_CODES } from '@pathways/domain-seb';

/** What happens at the end of a placement, as the line manager records it. */
export const PLACEMENT_OUTCOMES = [
  'extended',
  'made_permanent',
  'promoted',
  'left',
  'completed',
] as const;
export type PlacementOutcome = (typeof PLACEMENT_OUTCOMES)[number];

export const PLACEMENT_OUTCOME_LABELS: Record<PlacementOutcome, string> = {
  extended: 'Contract extended',
  made_permanent: 'Made permanent',
  promoted: 'Promoted',
  left: 'Left the Civil Service',
  completed: 'Completed without extension',
};

/** The career event types of contracts.md that placement outcomes create. */
export type OutcomeEventType = 'contract_extended' | 'made_permanent' | 'promotion' | 'left';

export interface OutcomeEvent {
  readonly type: OutcomeEventType;
  readonly fromGrade: string | null;
  readonly toGrade: string | null;
  readonly fromDepartment: string | null;
  readonly toDepartment: string | null;
}

export interface PlacementPost {
  readonly gradeCode: string;
  readonly departmentCode: string;
}

/** The grade above, e.g. EO for AO; null at the top or for an unknown grade. */
export function gradeAbove(grade: string): string | null {
  const rank = (GRADE_CODES as readonly string[]).indexOf(grade);
  return rank < 0 || rank === GRADE_CODES.length - 1 ? null : GRADE_CODES[rank + 1];
}

/**
 * The career event an outcome creates; null for "completed without extension", which
 * changes nothing in the person's career record.
 */
export function outcomeEvent(
  outcome: PlacementOutcome,
  post: PlacementPost,
  promotedTo?: string | null,
): OutcomeEvent | null {
  const stay = {
    fromGrade: post.gradeCode,
    toGrade: post.gradeCode,
    fromDepartment: post.departmentCode,
    toDepartment: post.departmentCode,
  };
  switch (outcome) {
    case 'extended':
      return { type: 'contract_extended', ...stay };
    case 'made_permanent':
      return { type: 'made_permanent', ...stay };
    case 'promoted':
      return { type: 'promotion', ...stay, toGrade: promotedTo ?? gradeAbove(post.gradeCode) };
    case 'left':
      return {
        type: 'left',
        fromGrade: post.gradeCode,
        toGrade: null,
        fromDepartment: post.departmentCode,
        toDepartment: null,
      };
    case 'completed':
      return null;
  }
}
