import { useMyCareerEventsQuery } from '@pathways/web-graphql';
import { Button, Loading, ServiceProblem, useDocumentTitle } from '@pathways/web-ui';
import { FlashBanner } from '../common/FlashBanner';
import { CareerEventsTable } from './CareerEventsTable';

/** A person's own career steps; the ones they reported wait for a programme lead. */
export function MyCareerEventsPage() {
  useDocumentTitle('Your career steps');
  const { data, error } = useMyCareerEventsQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your career steps" />;
  const events = data.myCareerEvents;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FlashBanner />
        <h1 className="govuk-heading-l">Your career steps</h1>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body">
              Promotions, moves and other steps in your career help show whether programmes like
              mentoring work. Tell us about a step and your programme lead will confirm it. Until
              then it shows as awaiting confirmation and does not count in any report.
            </p>
            <Button href="/account/career/new">Tell us about a career step</Button>
          </div>
        </div>
        {events.length === 0 ? (
          <p className="govuk-body">You have no career steps recorded yet.</p>
        ) : (
          <CareerEventsTable caption="Your career steps, newest first" events={events} />
        )}
      </div>
    </div>
  );
}
