import { ErrorMessage, Hint, Label } from '@pathways/web-ui';

export interface PasswordInputProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errorMessage?: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange: (value: string) => void;
}

/** GOV.UK password input, without the show/hide toggle (it needs GOV.UK Frontend's script per field). */
export function PasswordInput({
  id,
  name,
  label,
  hint,
  errorMessage,
  autoComplete,
  value,
  onChange,
}: PasswordInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${errorMessage ? ' govuk-form-group--error' : ''}`}>
      <Label htmlFor={id}>{label}</Label>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {errorMessage && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
      <input
        className={`govuk-input govuk-!-width-two-thirds${errorMessage ? ' govuk-input--error' : ''}`}
        id={id}
        name={name}
        type="password"
        spellCheck={false}
        autoCapitalize="none"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
      />
    </div>
  );
}
