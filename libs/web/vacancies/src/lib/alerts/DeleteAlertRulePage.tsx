import {
  MyAlertRulesDocument,
  useDeleteAlertRuleMutation,
  useMyAlertRulesQuery,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  Button,
  Loading,
  PageNotFound,
  ServiceProblem,
  SummaryList,
  useDocumentTitle,
  useLinkComponent,
  type Problem,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { useReferenceData } from '../common/useReferenceData';
import { ruleSummaryRows, ruleTitle } from './rule-summary';

export function DeleteAlertRulePage() {
  const { ruleId = '' } = useParams();
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const { data, error } = useMyAlertRulesQuery();
  const { reference, error: referenceError } = useReferenceData();
  const [remove, { loading }] = useDeleteAlertRuleMutation({
    refetchQueries: [{ query: MyAlertRulesDocument }],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  useDocumentTitle('Are you sure you want to delete this alert?', problems.length > 0);
  if (error || referenceError) return <ServiceProblem />;
  if (!data || !reference) return <Loading what="your alert" />;
  const index = data.myAlertRules.findIndex((rule) => rule.id === ruleId);
  if (index < 0) return <PageNotFound />;
  const rule = data.myAlertRules[index];

  const confirm = async () => {
    setProblems([]);
    try {
      await remove({ variables: { input: { id: rule.id } } });
      const state: FlashState = { flash: 'Alert deleted' };
      void navigate('/vacancies/alerts', { state });
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ActionErrorSummary problems={problems} target="delete" />
        <span className="govuk-caption-l">{ruleTitle(rule, index)}</span>
        <h1 className="govuk-heading-l">Are you sure you want to delete this alert?</h1>
        <SummaryList rows={ruleSummaryRows(rule, reference)} />
        <div className="govuk-button-group" id="delete">
          <Button variant="warning" type="button" disabled={loading} onClick={() => void confirm()}>
            Delete alert
          </Button>
          <Link href="/vacancies/alerts" className="govuk-link">
            Cancel
          </Link>
        </div>
      </div>
    </div>
  );
}
