import {
  MyMentorOffersDocument,
  OpenProgrammesDocument,
  useVolunteerAsMentorMutation,
  useVolunteerCohortQuery,
  useVolunteerOptionsQuery,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  Loading,
  type Problem,
  SummaryList,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useRef, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useDraftStore } from '../common/draft-store';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { professionLabel, topicList } from '../vocabulary/labels';
import { checkVolunteerDraft, volunteerDraftStore } from './volunteer-form';

export function CheckVolunteerPage() {
  const { cohortId = '' } = useParams();
  const navigate = useNavigate();
  const draft = useDraftStore(volunteerDraftStore);
  const cohort = useVolunteerCohortQuery({ variables: { id: cohortId } });
  const options = useVolunteerOptionsQuery();
  const [volunteer, { loading }] = useVolunteerAsMentorMutation({
    refetchQueries: [{ query: MyMentorOffersDocument }, { query: OpenProgrammesDocument }],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const sent = useRef(false);
  useDocumentTitle('Check your offer before sending it', problems.length > 0);
  const form = `/mentoring/cohorts/${cohortId}/volunteer`;
  const { input } = checkVolunteerDraft(draft);
  // After sending, the cleared draft must not bounce this page back to the form.
  if (sent.current) return null;
  if (draft.cohortId !== cohortId || !input) return <Navigate to={form} replace />;
  if (!cohort.data || !options.data) return <Loading what="your offer" />;
  const programme = cohort.data.cohort.programme;
  const professionName = (code: string) =>
    options.data?.professions.find((p) => p.code === code)?.name ?? professionLabel(code);

  const send = async () => {
    try {
      await volunteer({ variables: { input } });
      const state: FlashState = { flash: `Thank you for volunteering for ${programme.name}` };
      sent.current = true;
      navigate('/mentoring/volunteering', { state });
      volunteerDraftStore.clear();
    } catch (error) {
      setProblems(problemsFrom(error));
    }
  };

  const change = (what: string) => [{ href: form, text: 'Change', visuallyHiddenText: what }];
  return (
    <>
      <BackLink href={form} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ActionErrorSummary problems={problems} target="send-offer" />
          <span className="govuk-caption-l">
            {programme.name}, {cohort.data.cohort.name}
          </span>
          <h1 className="govuk-heading-l">Check your offer before sending it</h1>
          <SummaryList
            rows={[
              {
                key: 'Mentees at once',
                value: String(input.capacity),
                actions: change('how many mentees'),
              },
              { key: 'Topics', value: topicList(input.topics ?? []), actions: change('topics') },
              {
                key: 'Professions',
                value: (input.professions ?? []).map(professionName).join(', ') || 'None chosen',
                actions: change('professions'),
              },
            ]}
          />
          <p className="govuk-body">
            You can pause your offer at any time: paused mentors are not proposed to anyone.
          </p>
          <div id="send-offer">
            <Button preventDoubleClick disabled={loading} type="button" onClick={() => void send()}>
              Send offer
            </Button>
          </div>
        </div>
      </div>
    </>
  );
}
