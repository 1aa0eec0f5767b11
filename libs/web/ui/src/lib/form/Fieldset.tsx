import type { ReactNode } from 'react';
import { classNames } from '../utils/class-names';
import type { HeadingSize } from './heading-size';

export interface FieldsetProps {
  legend: ReactNode;
  legendSize?: HeadingSize;
  /** Puts the page's <h1> inside the legend, for one-question pages. */
  legendIsPageHeading?: boolean;
  describedBy?: string;
  children: ReactNode;
}

export function Fieldset({
  legend,
  legendSize,
  legendIsPageHeading = false,
  describedBy,
  children,
}: FieldsetProps) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
      <legend
        className={classNames(
          'govuk-fieldset__legend',
          legendSize && `govuk-fieldset__legend--${legendSize}`,
        )}
      >
        {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
