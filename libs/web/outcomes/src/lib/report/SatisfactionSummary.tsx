import { formatPercent } from '../format/figures';
import type { OutcomeGroupLike } from './outcome-rows';

/** The survey results of all participants, the case study's headline figures. */
export function SatisfactionSummary({ all }: { all: OutcomeGroupLike | undefined }) {
  if (!all || all.suppressed) return null;
  const { metExpectations, sessionsInteresting } = all;
  if (metExpectations == null && sessionsInteresting == null) return null;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {metExpectations != null && (
        <li>
          {formatPercent(metExpectations)} of participants who answered said the programme met their
          expectations
        </li>
      )}
      {sessionsInteresting != null && (
        <li>{formatPercent(sessionsInteresting)} found their sessions interesting</li>
      )}
    </ul>
  );
}
