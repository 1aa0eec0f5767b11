import {
  InternshipsHomeDocument,
  useInternshipsHomeQuery,
  useRespondToInternshipOfferMutation,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  ErrorSummary,
  Loading,
  Radios,
  ServiceProblem,
  SummaryList,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { longDate } from '../common/dates';
import { NotYours } from '../common/NotYours';
import { problemsFrom } from '../common/problems';

const QUESTION = 'Do you want to accept this placement?';
const MISSING = 'Select yes to accept the placement, or no to decline it';

export function OfferPage() {
  const matchId = useParams()['matchId'] ?? '';
  const navigate = useNavigate();
  const { data, error } = useInternshipsHomeQuery({ fetchPolicy: 'cache-and-network' });
  const [respond, { loading }] = useRespondToInternshipOfferMutation({
    refetchQueries: [{ query: InternshipsHomeDocument }],
    awaitRefetchQueries: true,
  });
  const [answer, setAnswer] = useState('');
  const [problem, setProblem] = useState<string>();
  useDocumentTitle('Your placement offer', Boolean(problem));
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="your offer" />;
  const offer = data.myInternshipApplications
    .map((application) => application.offer)
    .find((candidate) => candidate?.matchId === matchId && candidate.status === 'offered');
  if (!offer) return <NotYours what="This offer is not waiting for your answer." />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (answer !== 'yes' && answer !== 'no') return setProblem(MISSING);
    try {
      await respond({ variables: { input: { matchId, accept: answer === 'yes' } } });
      navigate('/internships', {
        state: {
          flash:
            answer === 'yes'
              ? 'You have accepted the placement'
              : 'You have declined the placement. We will look for another one for you.',
        },
      });
    } catch (failure) {
      setProblem(problemsFrom(failure)[0]?.message);
    }
  };

  return (
    <>
      <BackLink href="/internships" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {problem && <ErrorSummary key={problem} errors={[{ href: '#accept', text: problem }]} />}
          <h1 className="govuk-heading-l">Your placement offer</h1>
          <SummaryList
            rows={[
              { key: 'Department', value: offer.departmentName },
              { key: 'Team', value: offer.team },
              { key: 'Grade', value: offer.gradeCode },
              { key: 'Where', value: offer.regionName },
              { key: 'Kind of work', value: offer.workAreaName },
              { key: 'Starts', value: longDate(offer.startDate) },
              { key: 'Length', value: `${offer.termMonths} months, to ${longDate(offer.endDate)}` },
              { key: 'Line manager', value: offer.lineManagerName },
            ]}
          />
          <h2 className="govuk-heading-m">Why we offered you this placement</h2>
          <ul className="govuk-list govuk-list--bullet">
            {offer.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Radios
              name="accept"
              legend={QUESTION}
              legendSize="m"
              hint="If you decline, we will look for another placement for you."
              inline
              errorMessage={problem}
              items={[
                { value: 'yes', text: 'Yes, accept it' },
                { value: 'no', text: 'No, decline it' },
              ]}
              value={answer}
              onChange={(value) => {
                setAnswer(value);
                setProblem(undefined);
              }}
            />
            <Button preventDoubleClick disabled={loading}>
              Send your answer
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
