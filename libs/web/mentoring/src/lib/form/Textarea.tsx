import { ErrorMessage, Hint, Label, type HeadingSize } from '@pathways/web-ui';
import type { ReactNode } from 'react';

export interface TextareaProps {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: HeadingSize;
  /** Wraps the label in the page's <h1>, for one-question pages. */
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  errorMessage?: string;
  rows?: number;
  value: string;
  onChange: (value: string) => void;
}

export function Textarea({
  id,
  name,
  label,
  labelSize = 'm',
  labelIsPageHeading = false,
  hint,
  errorMessage,
  rows = 5,
  value,
  onChange,
}: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${errorMessage ? ' govuk-form-group--error' : ''}`}>
      <Label htmlFor={id} size={labelSize} isPageHeading={labelIsPageHeading}>
        {label}
      </Label>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {errorMessage && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
      <textarea
        className={`govuk-textarea${errorMessage ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
      />
    </div>
  );
}
