import {
  MyMentorOffersDocument,
  useMyMentorOffersQuery,
  useSetMentorPausedMutation,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  BackLink,
  Button,
  Loading,
  NotificationBanner,
  type Problem,
  ServiceProblem,
  Table,
  Tag,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState } from 'react';
import { FlashBanner } from '../common/FlashBanner';
import { problemsFrom } from '../common/graphql-errors';
import { topicList } from '../vocabulary/labels';

export function MyOffersPage() {
  useDocumentTitle('Your offers to mentor');
  const Link = useLinkComponent();
  const { data, error } = useMyMentorOffersQuery({ fetchPolicy: 'cache-and-network' });
  const [setPaused, { loading }] = useSetMentorPausedMutation({
    refetchQueries: [{ query: MyMentorOffersDocument }],
    awaitRefetchQueries: true,
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your offers" />;

  const toggle = async (cohortId: string, cohortName: string, paused: boolean) => {
    setProblems([]);
    try {
      await setPaused({ variables: { input: { cohortId, paused } } });
      setDone(
        paused
          ? `Paused: you will not be proposed new mentees in ${cohortName}`
          : `Resumed: you can be proposed mentees in ${cohortName} again`,
      );
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };

  const offers = data.myMentorOffers;
  return (
    <>
      <BackLink href="/mentoring" text="Mentoring" />
      <ActionErrorSummary problems={problems} target="offers" />
      {done && <NotificationBanner key={done} type="success" heading={done} />}
      <FlashBanner hidden={Boolean(done)} />
      <h1 className="govuk-heading-l">Your offers to mentor</h1>
      <p className="govuk-body">
        <Link href="/mentoring/proposals" className="govuk-link">
          Mentees proposed to you
        </Link>
      </p>
      {offers.length === 0 ? (
        <p className="govuk-body">
          You have not volunteered for any cohort. Find one on the{' '}
          <Link href="/mentoring" className="govuk-link">
            mentoring page
          </Link>
          .
        </p>
      ) : (
        <div id="offers">
          <Table
            firstCellIsHeader
            head={[
              { content: 'Cohort' },
              { content: 'Topics' },
              { content: 'Places', numeric: true },
              { content: 'Accepted', numeric: true },
              { content: 'Status' },
              { content: 'Action' },
            ]}
            rows={offers.map((offer) => {
              const name = `${offer.cohort.programme.name}, ${offer.cohort.name}`;
              return [
                { content: name },
                { content: topicList(offer.topics) || 'None chosen' },
                { content: offer.capacity, numeric: true },
                { content: offer.seatsTaken, numeric: true },
                {
                  content: offer.paused ? (
                    <Tag colour="grey">Paused</Tag>
                  ) : (
                    <Tag colour="green">Available</Tag>
                  ),
                },
                {
                  content: (
                    <>
                      <Button
                        variant="secondary"
                        type="button"
                        disabled={loading}
                        onClick={() => void toggle(offer.cohortId, name, !offer.paused)}
                      >
                        {offer.paused ? 'Resume' : 'Pause'}
                        <span className="govuk-visually-hidden"> {name}</span>
                      </Button>
                      <Link
                        href={`/mentoring/cohorts/${offer.cohortId}/volunteer`}
                        className="govuk-link govuk-!-display-block"
                      >
                        Change<span className="govuk-visually-hidden"> your offer for {name}</span>
                      </Link>
                    </>
                  ),
                },
              ];
            })}
          />
        </div>
      )}
    </>
  );
}
