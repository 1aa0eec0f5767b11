import {
  RelationshipTimelineDocument,
  useLogSessionMutation,
  useRelationshipQuery,
  type SessionFormat,
  type SessionTopic,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Checkboxes,
  DateInput,
  EMPTY_DATE,
  FormErrorSummary,
  Loading,
  PageNotFound,
  Radios,
  Textarea,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { isoToday } from '../vocabulary/dates';
import { FORMAT_LABELS, personName, SESSION_TOPICS, TOPIC_LABELS } from '../vocabulary/labels';
import { otherMember } from './relationship-view';
import { checkSessionForm, SESSION_FIELD_IDS, type SessionForm } from './session-form';

const FORMATS: SessionFormat[] = ['in_person', 'video', 'phone'];

export function LogSessionPage() {
  const { relationshipId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useRelationshipQuery({ variables: { id: relationshipId } });
  const [log, { loading }] = useLogSessionMutation({
    refetchQueries: [{ query: RelationshipTimelineDocument, variables: { id: relationshipId } }],
  });
  const [form, setForm] = useState<SessionForm>({
    heldOn: EMPTY_DATE,
    duration: '',
    format: null,
    topics: [],
    nextSteps: '',
    privateNote: '',
  });
  const { errors, hasErrors, show } = useFormErrors(SESSION_FIELD_IDS, 'heldOn');
  useDocumentTitle('Log a session', hasErrors);
  if (error) return <PageNotFound />;
  if (!data) return <Loading what="the relationship" />;
  const relationship = data.relationship;
  const back = `/mentoring/relationships/${relationshipId}`;
  const update = (change: Partial<SessionForm>) =>
    setForm((previous) => ({ ...previous, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkSessionForm(
      form,
      relationshipId,
      isoToday(),
      relationship.startedOn ?? null,
    );
    if (!input) return show(problems);
    try {
      await log({ variables: { input } });
      const state: FlashState = { flash: 'Session logged' };
      navigate(back, { state });
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <span className="govuk-caption-l">
            Mentoring with {personName(otherMember(relationship))}
          </span>
          <h1 className="govuk-heading-l">Log a session</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <DateInput
              id="held-on"
              legend="When did you meet?"
              hint="For example, 27 3 2026"
              value={form.heldOn}
              onChange={(heldOn) => update({ heldOn })}
              errorMessage={errors.byField['heldOn']}
            />
            <TextInput
              id="duration"
              name="duration"
              label="How long did it last, in minutes?"
              labelSize="s"
              width="3"
              inputMode="numeric"
              value={form.duration}
              onChange={(duration) => update({ duration })}
              errorMessage={errors.byField['durationMinutes']}
            />
            <Radios
              name="format"
              legend="How did you meet?"
              legendSize="s"
              value={form.format ?? undefined}
              items={FORMATS.map((format) => ({ value: format, text: FORMAT_LABELS[format] }))}
              onChange={(format) => update({ format: format as SessionFormat })}
              errorMessage={errors.byField['format']}
            />
            <Checkboxes
              name="topics"
              legend="What did you talk about?"
              legendSize="s"
              hint="Select all that apply."
              small
              items={SESSION_TOPICS.map((topic) => ({ value: topic, text: TOPIC_LABELS[topic] }))}
              values={form.topics}
              onChange={(values) =>
                update({
                  topics: SESSION_TOPICS.filter((t) => values.includes(t)) as SessionTopic[],
                })
              }
              errorMessage={errors.byField['topics']}
            />
            <Textarea
              id="next-steps"
              name="nextSteps"
              label="Next steps (optional)"
              labelSize="s"
              hint="What you agreed to do before you next meet. You both see this."
              value={form.nextSteps}
              onChange={(nextSteps) => update({ nextSteps })}
              errorMessage={errors.byField['nextSteps']}
            />
            <Textarea
              id="private-note"
              name="privateNote"
              label="Private note (optional)"
              labelSize="s"
              hint="Only you can see this. Not your mentoring partner, not the programme lead."
              value={form.privateNote}
              onChange={(privateNote) => update({ privateNote })}
              errorMessage={errors.byField['privateNote']}
            />
            <Button preventDoubleClick disabled={loading}>
              Log session
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
