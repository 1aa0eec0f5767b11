import { ErrorSummary } from '@pathways/web-ui';
import type { ShownErrors } from './useFormErrors';

export function FormErrorSummary({ errors }: { errors: ShownErrors }) {
  if (errors.summary.length === 0) return null;
  // A new key per failed submission remounts the summary, which moves focus to it.
  return <ErrorSummary key={errors.attempt} errors={errors.summary} />;
}
