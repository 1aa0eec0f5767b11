import type { ChangeEvent, ReactNode } from 'react';
import { classNames } from '../utils/class-names';
import { ChoiceGroup } from './ChoiceGroup';
import { choiceItemId, type ChoiceItem } from './choice-item';
import type { HeadingSize } from './heading-size';

export interface CheckboxesProps {
  name: string;
  /** Defaults to name. */
  idPrefix?: string;
  legend: ReactNode;
  legendSize?: HeadingSize;
  legendIsPageHeading?: boolean;
  hint?: ReactNode;
  errorMessage?: ReactNode;
  items: ChoiceItem[];
  small?: boolean;
  /** The checked values; with onChange the checkboxes are controlled. */
  values?: string[];
  onChange?: (values: string[]) => void;
}

export function Checkboxes({
  name,
  idPrefix = name,
  items,
  small,
  values,
  onChange,
  ...group
}: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) => {
    const rest = (values ?? []).filter((v) => v !== value);
    onChange?.(checked ? [...rest, value] : rest);
  };
  return (
    <ChoiceGroup idPrefix={idPrefix} {...group}>
      <div
        className={classNames('govuk-checkboxes', small && 'govuk-checkboxes--small')}
        data-module="govuk-checkboxes"
      >
        {items.map((item, index) => {
          const id = choiceItemId(idPrefix, item, index);
          const hintId = item.hint ? `${id}-item-hint` : undefined;
          const checked = values === undefined ? undefined : values.includes(item.value);
          return (
            <div className="govuk-checkboxes__item" key={item.value}>
              <input
                className="govuk-checkboxes__input"
                id={id}
                name={name}
                type="checkbox"
                value={item.value}
                disabled={item.disabled}
                {...(onChange
                  ? {
                      checked: checked ?? false,
                      onChange: (event: ChangeEvent<HTMLInputElement>) =>
                        toggle(item.value, event.target.checked),
                    }
                  : { defaultChecked: checked })}
                aria-describedby={hintId}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                {item.text}
              </label>
              {item.hint && (
                <div id={hintId} className="govuk-hint govuk-checkboxes__hint">
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
