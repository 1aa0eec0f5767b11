import type { ReactNode } from 'react';
import { useLinkComponent } from '../link/useLinkComponent';
import { classNames } from '../utils/class-names';

export interface SummaryListAction {
  href: string;
  text: string;
  /** Completes the link for screen readers, e.g. "name" for "Change name". */
  visuallyHiddenText: string;
}

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  actions?: SummaryListAction[];
}

export interface SummaryListProps {
  rows: SummaryListRow[];
  noBorder?: boolean;
}

export function SummaryList({ rows, noBorder = false }: SummaryListProps) {
  const anyActions = rows.some((row) => row.actions?.length);
  return (
    <dl className={classNames('govuk-summary-list', noBorder && 'govuk-summary-list--no-border')}>
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            key={index}
            className={classNames(
              'govuk-summary-list__row',
              anyActions && actions.length === 0 && 'govuk-summary-list__row--no-actions',
            )}
          >
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {actions.length > 0 && (
              <dd className="govuk-summary-list__actions">
                {actions.length === 1 ? (
                  <ActionLink action={actions[0]} />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action) => (
                      <li key={action.href} className="govuk-summary-list__actions-list-item">
                        <ActionLink action={action} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

function ActionLink({ action }: { action: SummaryListAction }) {
  const Link = useLinkComponent();
  return (
    <Link className="govuk-link" href={action.href}>
      {action.text}
      <span className="govuk-visually-hidden"> {action.visuallyHiddenText}</span>
    </Link>
  );
}
