import { NetworksDocument, useCreateNetworkMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  ServiceProblem,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { useReferenceData } from '../common/useReferenceData';
import { checkNetworkForm, EMPTY_NETWORK_FORM, NETWORK_FIELD_IDS } from './network-form';
import { NetworkFormFields } from './NetworkFormFields';

export function NewNetworkPage() {
  const navigate = useNavigate();
  const { reference, error } = useReferenceData();
  const [create, { loading }] = useCreateNetworkMutation({
    refetchQueries: [{ query: NetworksDocument }],
  });
  const [form, setForm] = useState(EMPTY_NETWORK_FORM);
  const { errors, hasErrors, show } = useFormErrors(NETWORK_FIELD_IDS, 'name');
  useDocumentTitle('Create a network', hasErrors);
  if (error) return <ServiceProblem />;
  if (!reference) return <Loading what="the form" />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkNetworkForm(form);
    if (!input) return show(problems);
    try {
      const { data } = await create({ variables: { input } });
      const state: FlashState = { flash: `${input.name} created` };
      if (data) void navigate(`/networks/${data.createNetwork.id}`, { state });
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href="/networks" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Create a network</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <NetworkFormFields
              form={form}
              update={(change) => setForm((now) => ({ ...now, ...change }))}
              errors={errors}
              reference={reference}
              codeFixed={false}
            />
            <Button preventDoubleClick disabled={loading}>
              Create network
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
