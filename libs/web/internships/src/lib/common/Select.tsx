import { ErrorMessage, Hint, Label } from '@pathways/web-ui';

export interface SelectOption {
  value: string;
  text: string;
}

export interface SelectProps {
  id: string;
  name: string;
  label: string;
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
  hint,
  errorMessage,
  options,
  value,
  onChange,
}: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${errorMessage ? ' govuk-form-group--error' : ''}`}>
      <Label htmlFor={id}>{label}</Label>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {errorMessage && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
      <select
        className={`govuk-select${errorMessage ? ' govuk-select--error' : ''}`}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
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
