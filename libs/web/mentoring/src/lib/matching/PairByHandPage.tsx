import {
  CohortRelationshipsDocument,
  MatchingRunDocument,
  useCohortApplicationsQuery,
  useCohortMentorsQuery,
  useMatchingRunQuery,
  useReplacePairMutation,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  Radios,
  ServiceProblem,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { departmentLabel, gradeLabel, personName } from '../vocabulary/labels';
import { pairByHandProblems, placesInUse } from './pair-by-hand';

const FIELD_IDS = { menteeApplicationId: 'mentee', mentorOfferId: 'mentor' };

/** A hand-made pair replaces the mentee's current suggestion and is kept by every re-run. */
export function PairByHandPage() {
  const { cohortId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const applications = useCohortApplicationsQuery({ variables: { cohortId } });
  const mentors = useCohortMentorsQuery({ variables: { cohortId } });
  const board = useMatchingRunQuery({ variables: { cohortId } });
  const [mentee, setMentee] = useState(params.get('application') ?? '');
  const [mentor, setMentor] = useState('');
  const [replace, { loading }] = useReplacePairMutation({
    refetchQueries: [
      { query: MatchingRunDocument, variables: { cohortId } },
      { query: CohortRelationshipsDocument, variables: { cohortId } },
    ],
    awaitRefetchQueries: true,
  });
  const { errors, hasErrors, show } = useFormErrors(FIELD_IDS, 'menteeApplicationId');
  useDocumentTitle('Pair a mentee with a mentor by hand', hasErrors);
  if (applications.error || mentors.error) return <ServiceProblem />;
  if (!applications.data || !mentors.data || !board.data) {
    return <Loading what="applicants and mentors" />;
  }
  const pairs = board.data.matchingRun?.pairs ?? [];
  const back = `/programmes/cohorts/${cohortId}/matching`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = pairByHandProblems(mentee, mentor);
    if (problems.length > 0) return show(problems);
    try {
      await replace({
        variables: { input: { menteeApplicationId: mentee, mentorOfferId: mentor } },
      });
      const state: FlashState = {
        flash: 'Pair made by hand: approve it to propose it to both people',
      };
      navigate(back, { state });
    } catch (error) {
      show(problemsFrom(error));
    }
  };

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Pair a mentee with a mentor by hand</h1>
          <p className="govuk-body">
            The pair replaces the mentee’s current suggestion. Matching keeps it every time it runs
            again. It still needs your approval before the two people are asked.
          </p>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Radios
              name="mentee"
              legend="Mentee"
              legendSize="m"
              errorMessage={errors.byField['menteeApplicationId']}
              items={applications.data.cohortApplications
                .filter((application) => application.status === 'active')
                .map((application) => ({
                  value: application.applicationId,
                  text: personName(application.person),
                  hint: `${gradeLabel(application.person.gradeCode)}, ${departmentLabel(application.person.departmentCode)}`,
                }))}
              value={mentee}
              onChange={setMentee}
            />
            <Radios
              name="mentor"
              legend="Mentor"
              legendSize="m"
              errorMessage={errors.byField['mentorOfferId']}
              items={mentors.data.cohortMentors.map((offer) => ({
                value: offer.id,
                text: personName(offer.person),
                hint: `${gradeLabel(offer.person.gradeCode)}, ${departmentLabel(offer.person.departmentCode)}: ${placesInUse(pairs, offer.person.id)} of ${offer.capacity} places in use${offer.paused ? ', paused' : ''}`,
              }))}
              value={mentor}
              onChange={setMentor}
            />
            <Button preventDoubleClick disabled={loading}>
              Make this pair
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
