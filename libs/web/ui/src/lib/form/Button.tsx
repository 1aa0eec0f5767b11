import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useLinkComponent } from '../link/useLinkComponent';
import { classNames } from '../utils/class-names';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse';

export interface ButtonProps {
  children: ReactNode;
  variant?: ButtonVariant;
  /** The start button of a start page: an arrow icon, links to the first question. */
  isStartButton?: boolean;
  /** Renders a link styled as a button. */
  href?: string;
  type?: ButtonHTMLAttributes<HTMLButtonElement>['type'];
  name?: string;
  value?: string;
  disabled?: boolean;
  preventDoubleClick?: boolean;
  onClick?: () => void;
}

export function Button({
  children,
  variant = 'primary',
  isStartButton = false,
  href,
  type = 'submit',
  name,
  value,
  disabled = false,
  preventDoubleClick,
  onClick,
}: ButtonProps) {
  const Link = useLinkComponent();
  const className = classNames(
    'govuk-button',
    variant !== 'primary' && `govuk-button--${variant}`,
    isStartButton && 'govuk-button--start',
  );
  const content = (
    <>
      {children}
      {isStartButton && <StartIcon />}
    </>
  );
  if (href) {
    return (
      <Link
        href={href}
        role="button"
        draggable="false"
        className={className}
        data-module="govuk-button"
        onClick={onClick}
      >
        {content}
      </Link>
    );
  }
  return (
    <button
      type={type}
      name={name}
      value={value}
      disabled={disabled || undefined}
      aria-disabled={disabled || undefined}
      className={className}
      data-module="govuk-button"
      data-prevent-double-click={preventDoubleClick}
      onClick={onClick}
    >
      {content}
    </button>
  );
}

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}
