import { LeadProgrammeDocument, useCreateCohortMutation } from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  type Problem,
  SummaryList,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useRef, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useDraftStore } from '../common/draft-store';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { formatDate } from '../vocabulary/dates';
import { checkCohortDraft, cohortDraftStore } from './cohort-form';

export function CheckCohortPage() {
  const { programmeId = '' } = useParams();
  const navigate = useNavigate();
  const draft = useDraftStore(cohortDraftStore);
  const [create, { loading }] = useCreateCohortMutation({
    refetchQueries: [{ query: LeadProgrammeDocument, variables: { id: programmeId } }],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const sent = useRef(false);
  useDocumentTitle('Check the cohort before you add it', problems.length > 0);
  const { input } = checkCohortDraft(draft);
  const formPath = `/programmes/${programmeId}/cohorts/new`;
  // After sending, the cleared draft must not bounce this page back to the form.
  if (sent.current) return null;
  if (draft.programmeId !== programmeId || !input) return <Navigate to={formPath} replace />;

  const submit = async () => {
    try {
      const { data } = await create({ variables: { input } });
      if (!data) throw new Error('no cohort');
      const state: FlashState = { flash: `${data.createCohort.name} added` };
      sent.current = true;
      navigate(`/programmes/cohorts/${data.createCohort.id}`, { state });
      cohortDraftStore.clear();
    } catch (error) {
      setProblems(problemsFrom(error));
    }
  };

  const change = (what: string) => [{ href: formPath, text: 'Change', visuallyHiddenText: what }];
  return (
    <>
      <BackLink href={formPath} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ActionErrorSummary problems={problems} target="add-cohort" />
          <h1 className="govuk-heading-l">Check the cohort before you add it</h1>
          <SummaryList
            rows={[
              { key: 'Name', value: input.name, actions: change('name') },
              { key: 'Code', value: input.code, actions: change('code') },
              {
                key: 'Applications open',
                value: formatDate(input.applicationsOpen),
                actions: change('date applications open'),
              },
              {
                key: 'Applications close',
                value: formatDate(input.applicationsClose),
                actions: change('date applications close'),
              },
              { key: 'Starts', value: formatDate(input.startDate), actions: change('start date') },
            ]}
          />
          <div id="add-cohort">
            <Button
              preventDoubleClick
              disabled={loading}
              type="button"
              onClick={() => void submit()}
            >
              Add cohort
            </Button>
          </div>
        </div>
      </div>
    </>
  );
}
