import { ErrorSummary } from '@pathways/web-ui';
import type { Problem } from './graphql-errors';

/** For a page whose only input is a button: the API's first complaint, linked to the button. */
export function ActionErrorSummary({
  problems,
  target,
}: {
  problems: readonly Problem[];
  target: string;
}) {
  if (problems.length === 0) return null;
  return <ErrorSummary errors={[{ href: `#${target}`, text: problems[0].message }]} />;
}
