import {
  useAcceleratorRoleQuery,
  useBroadcastVacancyMutation,
  useNetworksQuery,
  type BroadcastAudience,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Checkboxes,
  FormErrorSummary,
  Loading,
  Radios,
  useDocumentTitle,
  useFormErrors,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { AUDIENCE_LABELS, keysOf } from '../common/labels';
import { QueryProblem } from '../common/QueryProblem';
import {
  BROADCAST_FIELD_IDS,
  broadcastConfirmation,
  checkBroadcastForm,
  type BroadcastForm,
} from './broadcast-form';

const AUDIENCE_HINTS: Record<BroadcastAudience, string> = {
  matching: 'Members with an alert for this kind of role. They can stop these alerts.',
  all: 'Every member, whatever their alerts say. Use this sparingly.',
};

/** A network lead targets an open role at networks they lead. */
export function BroadcastVacancyPage() {
  const { vacancyId = '' } = useParams();
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const role = useAcceleratorRoleQuery({ variables: { input: { vacancyId } } });
  const networks = useNetworksQuery({ fetchPolicy: 'cache-and-network' });
  const [broadcast, { loading }] = useBroadcastVacancyMutation();
  const [form, setForm] = useState<BroadcastForm>({ networkIds: [], audience: null });
  const { errors, hasErrors, show } = useFormErrors(BROADCAST_FIELD_IDS, 'networkIds');
  useDocumentTitle('Share the role with your networks', hasErrors);
  const error = role.error ?? networks.error;
  if (error) return <QueryProblem error={error} who="network leads" />;
  if (!role.data || !networks.data) return <Loading what="your networks" />;
  const vacancy = role.data.acceleratorRole;
  const led = networks.data.networks.filter((network) => network.leading);
  const back = `/vacancies/${vacancy.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkBroadcastForm(form, vacancy.id);
    if (!input) return show(problems);
    try {
      await broadcast({ variables: { input } });
      const names = led.filter((n) => input.networkIds.includes(n.id)).map((n) => n.name);
      const state: FlashState = {
        flash: broadcastConfirmation(names, input.audience ?? 'matching'),
      };
      void navigate(back, { state });
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
          <span className="govuk-caption-l">{vacancy.title}</span>
          <h1 className="govuk-heading-l">Share the role with your networks</h1>
          {vacancy.status !== 'open' ? (
            <p className="govuk-body">Only an open role can be shared.</p>
          ) : led.length === 0 ? (
            <p className="govuk-body">
              You do not lead any networks yet.{' '}
              <Link href="/networks" className="govuk-link">
                See the networks
              </Link>
              .
            </p>
          ) : (
            <form noValidate onSubmit={(event) => void submit(event)}>
              <Checkboxes
                name="networkIds"
                idPrefix="networks"
                legend="Which networks?"
                legendSize="m"
                hint="Networks you lead."
                items={led.map((network) => ({ value: network.id, text: network.name }))}
                values={form.networkIds}
                onChange={(networkIds) => setForm((now) => ({ ...now, networkIds }))}
                errorMessage={errors.byField['networkIds']}
              />
              <Radios
                name="audience"
                idPrefix="audience"
                legend="Who should be alerted?"
                legendSize="m"
                items={keysOf(AUDIENCE_LABELS).map((value) => ({
                  value,
                  text: AUDIENCE_LABELS[value],
                  hint: AUDIENCE_HINTS[value],
                }))}
                value={form.audience ?? undefined}
                onChange={(audience) =>
                  setForm((now) => ({ ...now, audience: audience as BroadcastAudience }))
                }
                errorMessage={errors.byField['audience']}
              />
              <Button preventDoubleClick disabled={loading}>
                Share role
              </Button>
            </form>
          )}
        </div>
      </div>
    </>
  );
}
