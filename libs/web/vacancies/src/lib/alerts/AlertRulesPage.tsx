import { useMyAlertRulesQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  ServiceProblem,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { FlashBanner } from '../common/FlashBanner';
import { useReferenceData } from '../common/useReferenceData';
import { RuleSummaryCard } from './RuleSummaryCard';

export function AlertRulesPage() {
  useDocumentTitle('Your vacancy alerts');
  const Link = useLinkComponent();
  const { data, error } = useMyAlertRulesQuery({ fetchPolicy: 'cache-and-network' });
  const { reference, error: referenceError } = useReferenceData();
  if (error || referenceError) return <ServiceProblem />;
  if (!data || !reference) return <Loading what="your alerts" />;
  const rules = data.myAlertRules;

  return (
    <>
      <BackLink href="/vacancies" text="All accelerator roles" />
      <FlashBanner />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Your vacancy alerts</h1>
          <p className="govuk-body">
            We tell you when an accelerator role is published that matches one of your alerts, and
            when a network you belong to shares one that matches.
          </p>
          <Button href="/vacancies/alerts/new">Add an alert</Button>
          {rules.length === 0 ? (
            <p className="govuk-body">You have no alerts yet.</p>
          ) : (
            rules.map((rule, index) => (
              <RuleSummaryCard key={rule.id} rule={rule} index={index} reference={reference} />
            ))
          )}
          <p className="govuk-body">
            <Link href="/outbox" className="govuk-link">
              E-mails we have sent you
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
