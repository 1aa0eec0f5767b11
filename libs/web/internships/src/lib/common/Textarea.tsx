import { ErrorMessage, Hint, Label } from '@pathways/web-ui';

export interface TextareaProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errorMessage?: string;
  value: string;
  onChange: (value: string) => void;
}

export function Textarea({ id, name, label, hint, errorMessage, value, onChange }: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${errorMessage ? ' govuk-form-group--error' : ''}`}>
      <Label htmlFor={id} size="s">
        {label}
      </Label>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {errorMessage && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
      <textarea
        className={`govuk-textarea${errorMessage ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={5}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
      />
    </div>
  );
}
