import { ErrorSummary } from './ErrorSummary';
import type { Problem } from './form-errors';

export interface ActionErrorSummaryProps {
  problems: readonly Problem[];
  /** The id of the button whose action failed: the summary links to it. */
  target: string;
}

/** For a page whose only input is a button: the API's first complaint, linked to the button. */
export function ActionErrorSummary({ problems, target }: ActionErrorSummaryProps) {
  if (problems.length === 0) return null;
  return <ErrorSummary errors={[{ href: `#${target}`, text: problems[0].message }]} />;
}
