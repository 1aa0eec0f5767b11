import type { ReactNode } from 'react';
import { classNames, describedBy } from '../utils/class-names';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset } from './Fieldset';
import type { HeadingSize } from './heading-size';
import { Hint } from './Hint';

export interface ChoiceGroupProps {
  idPrefix: string;
  legend: ReactNode;
  legendSize?: HeadingSize;
  legendIsPageHeading?: boolean;
  hint?: ReactNode;
  errorMessage?: ReactNode;
  children: ReactNode;
}

/** The form group, fieldset, hint and error message shared by Radios and Checkboxes. */
export function ChoiceGroup({
  idPrefix,
  legend,
  legendSize,
  legendIsPageHeading,
  hint,
  errorMessage,
  children,
}: ChoiceGroupProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = errorMessage ? `${idPrefix}-error` : undefined;
  return (
    <div
      className={classNames('govuk-form-group', Boolean(errorMessage) && 'govuk-form-group--error')}
    >
      <Fieldset
        legend={legend}
        legendSize={legendSize ?? (legendIsPageHeading ? 'l' : undefined)}
        legendIsPageHeading={legendIsPageHeading}
        describedBy={describedBy(hintId, errorId)}
      >
        {hint && <Hint id={hintId}>{hint}</Hint>}
        {errorMessage && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
        {children}
      </Fieldset>
    </div>
  );
}
