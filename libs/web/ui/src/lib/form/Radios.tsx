import type { ReactNode } from 'react';
import { classNames } from '../utils/class-names';
import { ChoiceGroup } from './ChoiceGroup';
import { choiceItemId, type ChoiceItem } from './choice-item';
import type { HeadingSize } from './heading-size';

export interface RadiosProps {
  name: string;
  /** Defaults to name. */
  idPrefix?: string;
  legend: ReactNode;
  legendSize?: HeadingSize;
  legendIsPageHeading?: boolean;
  hint?: ReactNode;
  errorMessage?: ReactNode;
  items: ChoiceItem[];
  inline?: boolean;
  small?: boolean;
  /** The selected value; with onChange the radios are controlled. */
  value?: string;
  onChange?: (value: string) => void;
}

export function Radios({
  name,
  idPrefix = name,
  items,
  inline,
  small,
  value,
  onChange,
  ...group
}: RadiosProps) {
  return (
    <ChoiceGroup idPrefix={idPrefix} {...group}>
      <div
        className={classNames(
          'govuk-radios',
          inline && 'govuk-radios--inline',
          small && 'govuk-radios--small',
        )}
        data-module="govuk-radios"
      >
        {items.map((item, index) => {
          const id = choiceItemId(idPrefix, item, index);
          const hintId = item.hint ? `${id}-item-hint` : undefined;
          const checked = value === undefined ? undefined : value === item.value;
          return (
            <div className="govuk-radios__item" key={item.value}>
              <input
                className="govuk-radios__input"
                id={id}
                name={name}
                type="radio"
                value={item.value}
                disabled={item.disabled}
                {...(onChange
                  ? { checked: checked ?? false, onChange: () => onChange(item.value) }
                  : { defaultChecked: checked })}
                aria-describedby={hintId}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={id}>
                {item.text}
              </label>
              {item.hint && (
                <div id={hintId} className="govuk-hint govuk-radios__hint">
                  {item.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </ChoiceGroup>
  );
}
