import { ErrorSummary } from './ErrorSummary';
import type { ShownErrors } from './useFormErrors';

export interface FormErrorSummaryProps {
  errors: ShownErrors;
}

export function FormErrorSummary({ errors }: FormErrorSummaryProps) {
  if (errors.summary.length === 0) return null;
  // A new key per failed submission remounts the summary, which moves focus to it.
  return <ErrorSummary key={errors.attempt} errors={errors.summary} />;
}
