import {
  useNetworkQuery,
  useUpdateNetworkMutation,
  type NetworkFieldsFragment,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  NotAllowed,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { QueryProblem } from '../common/QueryProblem';
import type { ReferenceData } from '../common/reference';
import { useReferenceData } from '../common/useReferenceData';
import { checkNetworkForm, formFromNetwork, NETWORK_FIELD_IDS } from './network-form';
import { NetworkFormFields } from './NetworkFormFields';

export function EditNetworkPage() {
  const { networkId = '' } = useParams();
  const { data, error } = useNetworkQuery({ variables: { input: { networkId } } });
  const { reference, error: referenceError } = useReferenceData();
  if (error || referenceError)
    return <QueryProblem error={error ?? referenceError} who="the network’s leads" />;
  if (!data || !reference) return <Loading what="the network" />;
  if (!data.network.leading) return <NotAllowed who="the network’s leads" />;
  return <EditForm network={data.network} reference={reference} />;
}

function EditForm({
  network,
  reference,
}: {
  network: NetworkFieldsFragment;
  reference: ReferenceData;
}) {
  const navigate = useNavigate();
  const [update, { loading }] = useUpdateNetworkMutation();
  const [form, setForm] = useState(() => formFromNetwork(network));
  const { errors, hasErrors, show } = useFormErrors(NETWORK_FIELD_IDS, 'name');
  useDocumentTitle('Change the network', hasErrors);
  const back = `/networks/${network.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkNetworkForm(form);
    if (!input) return show(problems);
    const { code: _code, ...changes } = input;
    try {
      await update({ variables: { input: { id: network.id, ...changes } } });
      const state: FlashState = { flash: 'Network updated' };
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
          <span className="govuk-caption-l">{network.name}</span>
          <h1 className="govuk-heading-l">Change the network</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <NetworkFormFields
              form={form}
              update={(change) => setForm((now) => ({ ...now, ...change }))}
              errors={errors}
              reference={reference}
              codeFixed
            />
            <Button preventDoubleClick disabled={loading}>
              Save changes
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
