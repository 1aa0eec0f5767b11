import {
  MyApplicationsDocument,
  OpenProgrammesDocument,
  useMyApplicationsQuery,
  useWithdrawApplicationMutation,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  Loading,
  PageNotFound,
  type Problem,
  ServiceProblem,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';

export function WithdrawApplicationPage() {
  const { applicationId = '' } = useParams();
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const { data, error } = useMyApplicationsQuery();
  const [withdraw, { loading }] = useWithdrawApplicationMutation({
    refetchQueries: [{ query: MyApplicationsDocument }, { query: OpenProgrammesDocument }],
    awaitRefetchQueries: true,
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  useDocumentTitle('Are you sure you want to withdraw your application?', problems.length > 0);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your application" />;
  const application = data.myApplications.find((candidate) => candidate.id === applicationId);
  if (!application || application.status !== 'active') return <PageNotFound />;

  const confirm = async () => {
    try {
      await withdraw({ variables: { input: { applicationId } } });
      const state: FlashState = { flash: 'Your application has been withdrawn' };
      navigate('/mentoring/applications', { state });
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href="/mentoring/applications" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ActionErrorSummary problems={problems} target="withdraw" />
          <span className="govuk-caption-l">
            {application.cohort.programme.name}, {application.cohort.name}
          </span>
          <h1 className="govuk-heading-l">Are you sure you want to withdraw your application?</h1>
          <p className="govuk-body">
            You will not be matched with a mentor in this cohort. If a mentor has already been
            proposed to you, they will be told the proposal no longer stands.
          </p>
          <div className="govuk-button-group" id="withdraw">
            <Button
              variant="warning"
              type="button"
              disabled={loading}
              onClick={() => void confirm()}
            >
              Withdraw application
            </Button>
            <Link href="/mentoring/applications" className="govuk-link">
              Cancel
            </Link>
          </div>
        </div>
      </div>
    </>
  );
}
