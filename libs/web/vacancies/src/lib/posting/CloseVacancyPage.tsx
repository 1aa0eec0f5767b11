import {
  MyVacanciesDocument,
  useAcceleratorRoleQuery,
  useCloseVacancyMutation,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  Loading,
  NotAllowed,
  useDocumentTitle,
  useLinkComponent,
  type Problem,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { formatDate } from '../common/dates';
import { problemsFrom } from '../common/graphql-errors';
import { QueryProblem } from '../common/QueryProblem';

/** The poster ends an open role early: it leaves the list and nobody more is alerted. */
export function CloseVacancyPage() {
  const { vacancyId = '' } = useParams();
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const { data, error } = useAcceleratorRoleQuery({
    variables: { input: { vacancyId } },
    fetchPolicy: 'cache-and-network',
  });
  const [close, { loading }] = useCloseVacancyMutation({
    refetchQueries: [{ query: MyVacanciesDocument }],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  useDocumentTitle('Close the role', problems.length > 0);
  if (error) return <QueryProblem error={error} who="the person who posted it" />;
  if (!data) return <Loading what="the role" />;
  const vacancy = data.acceleratorRole;
  if (!vacancy.postedByMe) return <NotAllowed who="the person who posted the role" />;
  const rolePage = `/vacancies/${vacancy.id}`;

  const submit = async () => {
    setProblems([]);
    try {
      await close({ variables: { input: { vacancyId: vacancy.id } } });
      const state: FlashState = { flash: `${vacancy.title} is closed` };
      void navigate('/vacancies/posted', { state });
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href={rolePage} text={vacancy.title} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ActionErrorSummary problems={problems} target="close" />
          <span className="govuk-caption-l">{vacancy.title}</span>
          <h1 className="govuk-heading-l">Close the role</h1>
          {vacancy.status !== 'open' ? (
            <p className="govuk-body">
              Only an open role can be closed: this one is {vacancy.status}.
            </p>
          ) : (
            <>
              <p className="govuk-body">
                The role closes on {formatDate(vacancy.closingDate)}. Closing it now takes it out of
                the list of accelerator roles, stops any more alerts about it and stops changes to
                its details.
              </p>
              <p className="govuk-body">
                You can still record who was appointed and see its funnel. You cannot open it again.
              </p>
              <div className="govuk-button-group">
                <span id="close">
                  <Button
                    variant="warning"
                    preventDoubleClick
                    disabled={loading}
                    type="button"
                    onClick={() => void submit()}
                  >
                    Close role
                  </Button>
                </span>
                <Link href={rolePage} className="govuk-link">
                  Keep it open
                </Link>
              </div>
            </>
          )}
        </div>
      </div>
    </>
  );
}
