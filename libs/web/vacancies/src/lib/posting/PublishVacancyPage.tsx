import {
  MyVacanciesDocument,
  useAcceleratorRoleQuery,
  usePublishVacancyMutation,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  ErrorSummary,
  Loading,
  NotAllowed,
  SummaryList,
  useDocumentTitle,
  type Problem,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { FlashBanner } from '../common/FlashBanner';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { QueryProblem } from '../common/QueryProblem';
import { useReferenceData } from '../common/useReferenceData';
import { CapAdvice } from './CapAdvice';
import { checkRows, isCapProblem } from './check-rows';

/** "Check your answers" for a draft: every detail with a change link, then publish. */
export function PublishVacancyPage() {
  const { vacancyId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useAcceleratorRoleQuery({
    variables: { input: { vacancyId } },
    fetchPolicy: 'cache-and-network',
  });
  const { reference, error: referenceError } = useReferenceData();
  const [publish, { loading }] = usePublishVacancyMutation({
    refetchQueries: [{ query: MyVacanciesDocument }],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  useDocumentTitle('Check the role before you publish it', problems.length > 0);
  if (error || referenceError)
    return <QueryProblem error={error ?? referenceError} who="the person who posted it" />;
  if (!data || !reference) return <Loading what="the role" />;
  const vacancy = data.acceleratorRole;
  if (!vacancy.postedByMe) return <NotAllowed who="the person who posted the role" />;
  const edit = `/vacancies/${vacancy.id}/edit`;
  const capProblem = problems.find(isCapProblem);

  const submit = async () => {
    setProblems([]);
    try {
      await publish({ variables: { input: { vacancyId: vacancy.id } } });
      const state: FlashState = {
        flash: 'Role published: everyone whose alerts match it is being told',
      };
      void navigate(`/vacancies/${vacancy.id}`, { state });
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href="/vacancies/posted" text="Roles you posted" />
      <FlashBanner />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {capProblem ? (
            <ErrorSummary errors={[{ href: '#cap-advice', text: capProblem.message }]} />
          ) : (
            <ActionErrorSummary problems={problems} target="publish" />
          )}
          <h1 className="govuk-heading-l">Check the role before you publish it</h1>
          {capProblem && <CapAdvice editHref={edit} />}
          {vacancy.status !== 'draft' ? (
            <p className="govuk-body">This role has already been published.</p>
          ) : (
            <>
              <SummaryList
                rows={checkRows(vacancy, reference).map(({ key, value }) => ({
                  key,
                  value,
                  actions: [{ href: edit, text: 'Change', visuallyHiddenText: key.toLowerCase() }],
                }))}
              />
              <h2 className="govuk-heading-m">Now publish the role</h2>
              <p className="govuk-body">
                Everyone can then see it in the list of accelerator roles, and everyone whose alerts
                match it is told. You can then share it with networks you lead.
              </p>
              <span id="publish">
                <Button
                  preventDoubleClick
                  disabled={loading}
                  type="button"
                  onClick={() => void submit()}
                >
                  Publish role
                </Button>
              </span>
            </>
          )}
        </div>
      </div>
    </>
  );
}
