import { useRecordPlacementOutcomeMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  ErrorSummary,
  Loading,
  SummaryList,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { longDate } from '../common/dates';
import { fullName, OUTCOME_LABELS } from '../common/labels';
import { NotYours } from '../common/NotYours';
import { problemsFrom } from '../common/problems';
import { OUTCOME_EVENTS, outcomeDraftFrom } from './outcome-draft';
import { NOT_YOUR_PLACEMENT, useManagedPlacement } from './useManagedPlacement';

const TITLE = 'Check the outcome before recording it';

export function CheckOutcomePage() {
  const navigate = useNavigate();
  const draft = outcomeDraftFrom(useLocation().state);
  const { placementId, placement, error } = useManagedPlacement();
  const [record, { loading }] = useRecordPlacementOutcomeMutation();
  const [problem, setProblem] = useState<string>();
  useDocumentTitle(TITLE, Boolean(problem));
  const base = `/internships/placements/${placementId}`;
  if (!draft) return <Navigate to={`${base}/outcome`} replace />;
  if (error) return <NotYours what={NOT_YOUR_PLACEMENT} />;
  if (!placement) return <Loading />;
  const effective = draft.effectiveDate ?? placement.endDate;
  const event = OUTCOME_EVENTS[draft.outcome];
  const send = async () => {
    try {
      await record({
        variables: {
          input: { placementId, outcome: draft.outcome, effectiveDate: draft.effectiveDate },
        },
      });
      navigate(base, { state: { flash: 'The outcome is recorded' } });
    } catch (failure) {
      setProblem(problemsFrom(failure)[0]?.message);
    }
  };
  const change = [{ href: `${base}/outcome`, text: 'Change', visuallyHiddenText: 'the outcome' }];
  return (
    <>
      <BackLink href={`${base}/outcome`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {problem && <ErrorSummary key={problem} errors={[{ href: '#record', text: problem }]} />}
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <SummaryList
            rows={[
              { key: 'Intern', value: placement.intern ? fullName(placement.intern) : '' },
              {
                key: 'Outcome',
                value: OUTCOME_LABELS[draft.outcome] ?? draft.outcome,
                actions: change,
              },
              { key: 'Takes effect', value: longDate(effective), actions: change },
            ]}
          />
          <p className="govuk-body">
            {event
              ? `This adds ${event} on ${longDate(effective)} to your intern’s career record. You can record the outcome only once.`
              : 'This adds nothing to your intern’s career record. You can record the outcome only once.'}
          </p>
          <div id="record">
            <Button preventDoubleClick disabled={loading} type="button" onClick={() => void send()}>
              Record outcome
            </Button>
          </div>
        </div>
      </div>
    </>
  );
}
