import { SummaryList, useLinkComponent } from '@pathways/web-ui';
import type { ReferenceData } from '../common/reference';
import { ruleSummaryRows, ruleTitle, type RuleView } from './rule-summary';

/** GOV.UK summary card: the rule's criteria, with change and delete links in its title bar. */
export function RuleSummaryCard({
  rule,
  index,
  reference,
}: {
  rule: RuleView;
  index: number;
  reference: ReferenceData;
}) {
  const Link = useLinkComponent();
  const title = ruleTitle(rule, index);
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        <ul className="govuk-summary-card__actions">
          <li className="govuk-summary-card__action">
            <Link href={`/vacancies/alerts/${rule.id}/edit`} className="govuk-link">
              Change<span className="govuk-visually-hidden"> {title}</span>
            </Link>
          </li>
          <li className="govuk-summary-card__action">
            <Link href={`/vacancies/alerts/${rule.id}/delete`} className="govuk-link">
              Delete<span className="govuk-visually-hidden"> {title}</span>
            </Link>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList rows={ruleSummaryRows(rule, reference)} />
      </div>
    </div>
  );
}
