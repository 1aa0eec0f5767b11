import type { ChangeEvent, HTMLAttributes, ReactNode } from 'react';
import { classNames, describedBy } from '../utils/class-names';
import { ErrorMessage } from './ErrorMessage';
import type { HeadingSize } from './heading-size';
import { Hint } from './Hint';
import { Label } from './Label';

export type TextInputWidth = '2' | '3' | '4' | '5' | '10' | '20' | '30';

export interface TextInputProps {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: HeadingSize;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  errorMessage?: ReactNode;
  type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'search';
  width?: TextInputWidth;
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
}

export function TextInput({
  id,
  name,
  label,
  labelSize,
  labelIsPageHeading = false,
  hint,
  errorMessage,
  type = 'text',
  width,
  autoComplete,
  inputMode,
  spellCheck,
  value,
  defaultValue,
  onChange,
}: TextInputProps) {
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
      <input
        className={classNames(
          'govuk-input',
          width && `govuk-input--width-${width}`,
          Boolean(errorMessage) && 'govuk-input--error',
        )}
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        value={value}
        defaultValue={defaultValue}
        onChange={
          onChange && ((event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value))
        }
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
