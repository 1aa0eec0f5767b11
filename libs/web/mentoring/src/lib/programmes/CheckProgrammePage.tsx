import { LedProgrammesDocument, useCreateProgrammeMutation } from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  Loading,
  type Problem,
  ServiceProblem,
  SummaryList,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useRef, useState } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { useDraftStore } from '../common/draft-store';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { programmeDraftStore } from './programme-form';
import { RulesSummary } from './RulesSummary';
import { usePresetOf } from './usePresetOf';

export function CheckProgrammePage() {
  const navigate = useNavigate();
  const draft = useDraftStore(programmeDraftStore);
  const { preset, loading, failed } = usePresetOf(draft);
  const [create, { loading: creating }] = useCreateProgrammeMutation({
    refetchQueries: [{ query: LedProgrammesDocument }],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const sent = useRef(false);
  useDocumentTitle('Check the programme before you create it', problems.length > 0);
  // After sending, the cleared draft must not bounce this page back to the form.
  if (sent.current) return null;
  if (!draft.preset) return <Navigate to="/programmes/new" replace />;
  if (!draft.name || !draft.code) return <Navigate to="/programmes/new/details" replace />;
  if (failed) return <ServiceProblem />;
  if (loading || !preset) return <Loading what="the programme’s rules" />;

  const submit = async () => {
    try {
      const { data } = await create({
        variables: { input: { preset: preset.key, name: draft.name, code: draft.code } },
      });
      if (!data) throw new Error('no programme');
      const state: FlashState = { flash: `${data.createProgramme.name} created` };
      sent.current = true;
      navigate(`/programmes/${data.createProgramme.id}`, { state });
      programmeDraftStore.clear();
    } catch (error) {
      setProblems(problemsFrom(error));
    }
  };

  const change = (href: string, what: string) => [
    { href, text: 'Change', visuallyHiddenText: what },
  ];
  return (
    <>
      <BackLink href="/programmes/new/details" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ActionErrorSummary problems={problems} target="create" />
          <h1 className="govuk-heading-l">Check the programme before you create it</h1>
          <SummaryList
            rows={[
              {
                key: 'Starts from',
                value: preset.name,
                actions: change('/programmes/new', 'kind of programme'),
              },
              {
                key: 'Name',
                value: draft.name,
                actions: change('/programmes/new/details', 'name'),
              },
              {
                key: 'Code',
                value: draft.code,
                actions: change('/programmes/new/details', 'code'),
              },
            ]}
          />
          <RulesSummary rules={preset} />
          <h2 className="govuk-heading-m">Now create the programme</h2>
          <p className="govuk-body">
            You will lead it. Next, add a cohort with the dates people can apply.
          </p>
          <div id="create">
            <Button
              preventDoubleClick
              disabled={creating}
              type="button"
              onClick={() => void submit()}
            >
              Create programme
            </Button>
          </div>
        </div>
      </div>
    </>
  );
}
