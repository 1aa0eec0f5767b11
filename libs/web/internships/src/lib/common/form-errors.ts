import type { ErrorSummaryItem } from '@pathways/web-ui';
import type { Problem } from './problems';

export interface FormErrors {
  summary: ErrorSummaryItem[];
  /** Inline messages by input field name. */
  byField: Readonly<Record<string, string>>;
}

/**
 * The GOV.UK error summary and inline messages: each problem links to its field's element
 * (`fieldIds`), and a problem naming no known field links to `fallbackField`.
 */
export function formErrors(
  problems: readonly Problem[],
  fieldIds: Readonly<Record<string, string>>,
  fallbackField: string,
): FormErrors {
  const byField: Record<string, string> = {};
  const summary: ErrorSummaryItem[] = [];
  for (const problem of problems) {
    const field =
      problem.field !== null && problem.field in fieldIds ? problem.field : fallbackField;
    if (field in byField) continue;
    byField[field] = problem.message;
    summary.push({ href: `#${fieldIds[field] ?? field}`, text: problem.message });
  }
  return { summary, byField };
}
