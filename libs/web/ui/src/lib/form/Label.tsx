import type { ReactNode } from 'react';
import { classNames } from '../utils/class-names';
import type { HeadingSize } from './heading-size';

export interface LabelProps {
  htmlFor: string;
  children: ReactNode;
  size?: HeadingSize;
  /** Wraps the label in the page's <h1>, for one-question pages. */
  isPageHeading?: boolean;
  className?: string;
}

export function Label({ htmlFor, children, size, isPageHeading = false, className }: LabelProps) {
  const label = (
    <label
      className={classNames('govuk-label', size && `govuk-label--${size}`, className)}
      htmlFor={htmlFor}
    >
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
