import { useMyAnswersQuery, useOpenProgrammesQuery } from '@pathways/web-graphql';
import { Button, Loading, Tag, useLinkComponent } from '@pathways/web-ui';
import { formatDate } from '../vocabulary/dates';
import { PROGRAMME_TYPE_LABELS } from '../vocabulary/labels';
import { hasAnsweredBackground } from './background';
import { EligibilityMessage } from './EligibilityMessage';

export function OpenProgrammes() {
  const Link = useLinkComponent();
  const { data, error } = useOpenProgrammesQuery({ fetchPolicy: 'cache-and-network' });
  const answers = useMyAnswersQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <p className="govuk-body">Sorry, the programmes could not be loaded.</p>;
  if (!data || !answers.data) return <Loading what="programmes" />;
  const answered = hasAnsweredBackground(answers.data.myAnswers.answers);
  if (data.openProgrammes.length === 0) {
    return <p className="govuk-body">No programmes are taking applications at the moment.</p>;
  }
  return (
    <>
      {data.openProgrammes.map((programme) => (
        <section
          key={programme.id}
          className="govuk-!-margin-bottom-8"
          aria-labelledby={`programme-${programme.id}`}
        >
          <h3 className="govuk-heading-m" id={`programme-${programme.id}`}>
            {programme.name}
          </h3>
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            {PROGRAMME_TYPE_LABELS[programme.type]}, {programme.durationMonths} months
          </p>
          {programme.description && <p className="govuk-body">{programme.description}</p>}
          <EligibilityMessage eligibility={programme.myEligibility} answeredBackground={answered} />
          <ul className="govuk-list">
            {programme.openCohorts.map((cohort) => (
              <li key={cohort.id} className="govuk-!-margin-bottom-4">
                <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{cohort.name}</h4>
                <p className="govuk-body-s govuk-!-margin-bottom-2">
                  Apply by {formatDate(cohort.applicationsClose)}. Starts{' '}
                  {formatDate(cohort.startDate)}.
                </p>
                {cohort.myApplication?.status === 'active' ? (
                  <p className="govuk-body">
                    <Tag colour="blue">You have applied</Tag>{' '}
                    <Link href="/mentoring/applications" className="govuk-link">
                      Your applications
                    </Link>
                  </p>
                ) : (
                  cohort.myEligibility.eligible && (
                    <Button href={`/mentoring/cohorts/${cohort.id}/apply`}>
                      Apply<span className="govuk-visually-hidden"> to {cohort.name}</span>
                    </Button>
                  )
                )}
                <p className="govuk-body">
                  {cohort.myMentorOffer ? (
                    <Link href="/mentoring/volunteering" className="govuk-link">
                      You have offered to mentor in this cohort
                    </Link>
                  ) : (
                    <Link href={`/mentoring/cohorts/${cohort.id}/volunteer`} className="govuk-link">
                      Volunteer as a {programme.type === 'sponsorship' ? 'sponsor' : 'mentor'}
                      <span className="govuk-visually-hidden"> in {cohort.name}</span>
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
