import type { ErrorSummaryItem } from './ErrorSummary';

/** One thing wrong with what was sent; field is the input field at fault, when known. */
export interface Problem {
  field: string | null;
  message: string;
}

export interface FormErrors {
  summary: ErrorSummaryItem[];
  /** Inline messages by input field name. */
  byField: Readonly<Record<string, string>>;
}

export const NO_ERRORS: FormErrors = { summary: [], byField: {} };

/**
 * Turns problems into the GOV.UK error summary and inline messages. `fieldIds` maps each input
 * field to the id of its element; a problem without a known field links to `fallbackField`.
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
