import type { ReactNode } from 'react';
import { classNames, describedBy } from '../utils/class-names';
import { ErrorMessage } from './ErrorMessage';
import type { HeadingSize } from './heading-size';
import { Hint } from './Hint';
import { Label } from './Label';

export interface TextareaProps {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: HeadingSize;
  /** Wraps the label in the page's <h1>, for one-question pages. */
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  errorMessage?: ReactNode;
  rows?: number;
  value: string;
  onChange: (value: string) => void;
}

export function Textarea({
  id,
  name,
  label,
  labelSize,
  labelIsPageHeading = false,
  hint,
  errorMessage,
  rows = 5,
  value,
  onChange,
}: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  return (
    <div
      className={classNames('govuk-form-group', Boolean(errorMessage) && 'govuk-form-group--error')}
    >
      <Label htmlFor={id} size={labelSize} isPageHeading={labelIsPageHeading}>
        {label}
      </Label>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {errorMessage && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
      <textarea
        className={classNames('govuk-textarea', Boolean(errorMessage) && 'govuk-textarea--error')}
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
