import type { ChangeEvent } from 'react';
import { classNames, describedBy } from '../utils/class-names';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import type { HeadingSize } from './heading-size';
import { Label } from './Label';

export interface SelectOption {
  value: string;
  text: string;
}

export interface SelectProps {
  id: string;
  name: string;
  label: string;
  labelSize?: HeadingSize;
  hint?: string;
  errorMessage?: string;
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
}

/** GOV.UK select; the first option is usually an empty "Select…" prompt. */
export function Select({
  id,
  name,
  label,
  labelSize,
  hint,
  errorMessage,
  options,
  value,
  onChange,
}: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', errorMessage && 'govuk-form-group--error')}>
      <Label htmlFor={id} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {errorMessage && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
      <select
        className={classNames('govuk-select', errorMessage && 'govuk-select--error')}
        id={id}
        name={name}
        value={value}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
