import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

export interface ErrorSummaryItem {
  /** The field's id, as `#field-id`: the first input of a group takes the group's id. */
  href: string;
  text: ReactNode;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  title?: ReactNode;
  description?: ReactNode;
}

export function ErrorSummary({
  errors,
  title = 'There is a problem',
  description,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={ref}>
      {/* role="alert" sits on a child so screen readers announce it after focus moves. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description && <p>{description}</p>}
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.href}>
                <a href={error.href} onClick={focusField}>
                  {error.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** Focuses the field and scrolls its label or legend into view, as GOV.UK Frontend does. */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const field = id ? document.getElementById(id) : null;
  if (!field) return;
  event.preventDefault();
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legend ?? label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}
