import { useState } from 'react';
import { formErrors, type FormErrors } from './form-errors';
import type { Problem } from './problems';

export interface ShownErrors extends FormErrors {
  /** Counts failed submissions, so the summary takes focus again after each one. */
  attempt: number;
}

export interface FormErrorsState {
  errors: ShownErrors;
  hasErrors: boolean;
  show: (problems: readonly Problem[]) => void;
}

export function useFormErrors(
  fieldIds: Readonly<Record<string, string>>,
  fallbackField: string,
): FormErrorsState {
  const [errors, setErrors] = useState<ShownErrors>({ summary: [], byField: {}, attempt: 0 });
  return {
    errors,
    hasErrors: errors.summary.length > 0,
    show: (problems) =>
      setErrors((previous) => ({
        ...formErrors(problems, fieldIds, fallbackField),
        attempt: previous.attempt + 1,
      })),
  };
}
