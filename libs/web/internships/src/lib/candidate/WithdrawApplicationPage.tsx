import {
  InternshipsHomeDocument,
  useInternshipsHomeQuery,
  useWithdrawInternshipApplicationMutation,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  Loading,
  MessagePage,
  type Problem,
  ServiceProblem,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { NotYours } from '../common/NotYours';
import { problemsFrom } from '../common/problems';

const TITLE = 'Are you sure you want to withdraw your application?';

/** Confirms withdrawing one of the candidate's applications; the API decides what it may. */
export function WithdrawApplicationPage() {
  const applicationId = useParams()['applicationId'] ?? '';
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const { data, error } = useInternshipsHomeQuery({ fetchPolicy: 'cache-and-network' });
  const [withdraw, { loading }] = useWithdrawInternshipApplicationMutation({
    refetchQueries: [{ query: InternshipsHomeDocument }],
    awaitRefetchQueries: true,
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  useDocumentTitle(TITLE, problems.length > 0);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your application" />;
  const application = data.myInternshipApplications.find((a) => a.id === applicationId);
  if (!application) return <NotYours what="This is not an application you can withdraw." />;
  if (application.offer?.status === 'accepted') {
    return (
      <MessagePage title="You cannot withdraw this application">
        <p className="govuk-body">
          You have accepted a placement. Ask your coordinator if you want to end it.
        </p>
      </MessagePage>
    );
  }

  const confirm = async () => {
    try {
      await withdraw({ variables: { input: { applicationId } } });
      const state: FlashState = { flash: 'Your application has been withdrawn' };
      navigate('/internships', { state });
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href="/internships" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ActionErrorSummary problems={problems} target="withdraw" />
          <span className="govuk-caption-l">
            {application.programmeName}: {application.intakeName}
          </span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">If you withdraw:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>you will not be matched with a placement in this intake</li>
            {application.offer?.status === 'offered' && (
              <li>
                the placement you have been offered will be declined, and may be offered to someone
                else
              </li>
            )}
            <li>you can apply to this intake again while it is taking applications</li>
          </ul>
          <div className="govuk-button-group" id="withdraw">
            <Button
              variant="warning"
              type="button"
              disabled={loading}
              onClick={() => void confirm()}
            >
              Withdraw application
            </Button>
            <Link href="/internships" className="govuk-link">
              Keep my application
            </Link>
          </div>
        </div>
      </div>
    </>
  );
}
