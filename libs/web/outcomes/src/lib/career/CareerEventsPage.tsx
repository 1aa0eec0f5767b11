import {
  UnconfirmedCareerEventsDocument,
  useConfirmCareerEventMutation,
  useUnconfirmedCareerEventsQuery,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  NotificationBanner,
  ActionErrorSummary,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { FlashBanner } from '../common/FlashBanner';
import { problemsFrom, type Problem } from '../common/graphql-errors';
import { QueryProblem } from '../common/QueryProblem';
import { careerEventTypeLabel } from './career-vocabulary';
import { CareerEventsTable } from './CareerEventsTable';

/** The lead's career events: steps participants reported, waiting to be confirmed. */
export function CareerEventsPage() {
  const { programme = '' } = useParams();
  const input = { programme };
  const { data, error } = useUnconfirmedCareerEventsQuery({
    variables: { input },
    fetchPolicy: 'cache-and-network',
  });
  const [confirm, { loading }] = useConfirmCareerEventMutation({
    refetchQueries: [{ query: UnconfirmedCareerEventsDocument, variables: { input } }],
    awaitRefetchQueries: true,
  });
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  useDocumentTitle(`Career events – ${programme}`, problems.length > 0);
  if (error) return <QueryProblem error={error} who="the programme’s leads" />;
  if (!data) return <Loading what="career events" />;
  const events = data.unconfirmedCareerEvents;
  const base = `/outcomes/${encodeURIComponent(programme)}/career-events`;

  const confirmOne = async (id: string, what: string) => {
    setProblems([]);
    setConfirmed(null);
    try {
      await confirm({ variables: { input: { id } } });
      setConfirmed(what);
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };
  return (
    <>
      <BackLink href="/outcomes" text="Outcomes" />
      <ActionErrorSummary problems={problems} target="unconfirmed-events" />
      <FlashBanner hidden={confirmed !== null} />
      {confirmed && <NotificationBanner key={confirmed} type="success" heading={confirmed} />}
      <span className="govuk-caption-l">{programme}</span>
      <h1 className="govuk-heading-l">Career events</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Promotions, moves and other career steps of people on this programme. Events from HR
            records and those you record count straight away. Steps that participants tell us about
            count in the outcome report only once you confirm them with the person.
          </p>
          <Button href={`${base}/new`}>Record a career event</Button>
        </div>
      </div>
      <div id="unconfirmed-events" tabIndex={-1}>
        {events.length === 0 ? (
          <>
            <h2 className="govuk-heading-m">Waiting for confirmation</h2>
            <p className="govuk-body">No career steps are waiting for you to confirm.</p>
          </>
        ) : (
          <CareerEventsTable
            caption="Waiting for confirmation"
            events={events}
            person
            action={(event) => {
              const what = `${careerEventTypeLabel(event.type)} confirmed for ${event.personName ?? 'the participant'}`;
              return (
                <Button
                  variant="secondary"
                  type="button"
                  disabled={loading}
                  onClick={() => void confirmOne(event.id, what)}
                >
                  Confirm
                  <span className="govuk-visually-hidden">
                    {' '}
                    {careerEventTypeLabel(event.type).toLowerCase()} for {event.personName}
                  </span>
                </Button>
              );
            }}
          />
        )}
      </div>
    </>
  );
}
