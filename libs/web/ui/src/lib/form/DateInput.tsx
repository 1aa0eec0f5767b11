import { classNames, describedBy } from '../utils/class-names';
import type { DateParts } from './date-parts';
import { ErrorMessage } from './ErrorMessage';
import type { HeadingSize } from './heading-size';
import { Hint } from './Hint';

export interface DateInputProps {
  id: string;
  legend: string;
  /** Defaults to l for a page heading, s otherwise. */
  legendSize?: HeadingSize;
  /** Puts the page's <h1> inside the legend, for one-question pages. */
  legendIsPageHeading?: boolean;
  hint?: string;
  errorMessage?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
}

const PARTS = [
  { part: 'day', label: 'Day', width: '2' },
  { part: 'month', label: 'Month', width: '2' },
  { part: 'year', label: 'Year', width: '4' },
] as const;

/** GOV.UK date input: an error summary links to the day field, `${id}-day`. */
export function DateInput({
  id,
  legend,
  legendSize,
  legendIsPageHeading = false,
  hint,
  errorMessage,
  value,
  onChange,
}: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  const size = legendSize ?? (legendIsPageHeading ? 'l' : 's');
  return (
    <div className={classNames('govuk-form-group', errorMessage && 'govuk-form-group--error')}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(hintId, errorId)}
      >
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${size}`}>
          {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint && <Hint id={hintId}>{hint}</Hint>}
        {errorMessage && <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage>}
        <div className="govuk-date-input" id={id}>
          {PARTS.map(({ part, label, width }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  className={classNames(
                    'govuk-input govuk-date-input__input',
                    `govuk-input--width-${width}`,
                    errorMessage && 'govuk-input--error',
                  )}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
