import {
  useVolunteerCohortQuery,
  useVolunteerOptionsQuery,
  type SessionTopic,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Checkboxes,
  FormErrorSummary,
  Loading,
  PageNotFound,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useDraftStore } from '../common/draft-store';
import { gradeLabel, SESSION_TOPICS, TOPIC_LABELS } from '../vocabulary/labels';
import {
  checkVolunteerDraft,
  emptyVolunteerDraft,
  VOLUNTEER_FIELD_IDS,
  volunteerDraftStore,
  type VolunteerDraft,
} from './volunteer-form';

export function VolunteerPage() {
  const { cohortId = '' } = useParams();
  const navigate = useNavigate();
  const stored = useDraftStore(volunteerDraftStore);
  const cohort = useVolunteerCohortQuery({ variables: { id: cohortId } });
  const options = useVolunteerOptionsQuery();
  const [edited, setDraft] = useState<VolunteerDraft | null>(
    stored.cohortId === cohortId ? stored : null,
  );
  const { errors, hasErrors, show } = useFormErrors(VOLUNTEER_FIELD_IDS, 'capacity');
  const found = cohort.data?.cohort;
  const role = found?.programme.type === 'sponsorship' ? 'sponsor' : 'mentor';
  useDocumentTitle(`Volunteer as a ${role}`, hasErrors);
  if (cohort.error) return <PageNotFound />;
  if (!found || !options.data) return <Loading what="the cohort" />;
  const offer = found.myMentorOffer;
  const draft =
    edited ??
    (offer
      ? {
          cohortId,
          capacity: String(offer.capacity),
          topics: offer.topics,
          professions: offer.professions,
        }
      : emptyVolunteerDraft(cohortId, String(found.programme.matchingRules.defaultMentorCapacity)));
  const update = (change: Partial<VolunteerDraft>) => setDraft({ ...draft, ...change });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { problems } = checkVolunteerDraft(draft);
    if (problems.length > 0) return show(problems);
    volunteerDraftStore.write(draft);
    navigate(`/mentoring/cohorts/${cohortId}/volunteer/check`);
  };

  const minimum = found.programme.matchingRules.mentorMinimumGrade;
  return (
    <>
      <BackLink href="/mentoring" text="Mentoring" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <span className="govuk-caption-l">
            {found.programme.name}, {found.name}
          </span>
          <h1 className="govuk-heading-l">Volunteer as a {role}</h1>
          <p className="govuk-body">
            {role === 'sponsor' ? 'Sponsors' : 'Mentors'} on this programme are{' '}
            {gradeLabel(minimum)} ({minimum}) or above
            {found.programme.participatingDepartments.length > 0 &&
              ', from the departments taking part'}
            . Mentees you are proposed will see your name, grade, department and the topics you
            choose.
          </p>
          <form noValidate onSubmit={submit}>
            <TextInput
              id="capacity"
              name="capacity"
              label="How many mentees could you take on at once?"
              labelSize="m"
              hint={`Up to 10. The programme suggests ${found.programme.matchingRules.defaultMentorCapacity}.`}
              width="2"
              inputMode="numeric"
              value={draft.capacity}
              errorMessage={errors.byField['capacity']}
              onChange={(capacity) => update({ capacity })}
            />
            <Checkboxes
              name="topics"
              legend="Which topics could you help with?"
              legendSize="m"
              hint="Select all that apply."
              errorMessage={errors.byField['topics']}
              items={SESSION_TOPICS.map((topic) => ({ value: topic, text: TOPIC_LABELS[topic] }))}
              values={draft.topics}
              onChange={(values) =>
                update({
                  topics: SESSION_TOPICS.filter((t) => values.includes(t)) as SessionTopic[],
                })
              }
            />
            <Checkboxes
              name="professions"
              legend="Which professions do you know well? (optional)"
              legendSize="m"
              hint="Mentees who want a mentor from their own profession are matched on these."
              small
              errorMessage={errors.byField['professions']}
              items={options.data.professions
                .filter((p) => p.active)
                .map((p) => ({ value: p.code, text: p.name }))}
              values={draft.professions}
              onChange={(professions) => update({ professions })}
            />
            <Button>Continue</Button>
          </form>
        </div>
      </div>
    </>
  );
}
