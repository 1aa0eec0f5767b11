import { useState } from 'react';
import { formErrors, NO_ERRORS, type FormErrors, type Problem } from './form-errors';

export interface ShownErrors extends FormErrors {
  /** Counts the submissions that failed, so the summary takes focus again after each one. */
  attempt: number;
}

export interface FormErrorsState {
  errors: ShownErrors;
  hasErrors: boolean;
  show: (problems: readonly Problem[]) => void;
  clear: () => void;
}

export function useFormErrors(
  fieldIds: Readonly<Record<string, string>>,
  fallbackField: string,
): FormErrorsState {
  const [errors, setErrors] = useState<ShownErrors>({ ...NO_ERRORS, attempt: 0 });
  return {
    errors,
    hasErrors: errors.summary.length > 0,
    show: (problems) =>
      setErrors((previous) => ({
        ...formErrors(problems, fieldIds, fallbackField),
        attempt: previous.attempt + 1,
      })),
    clear: () => setErrors((previous) => ({ ...NO_ERRORS, attempt: previous.attempt })),
  };
}
