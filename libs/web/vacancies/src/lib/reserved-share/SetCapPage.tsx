import {
  ReservedSharesDocument,
  useReservedSharesQuery,
  useSetReservedShareCapMutation,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  Select,
  ServiceProblem,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { selectOptions } from '../common/reference';
import { useReferenceData } from '../common/useReferenceData';
import { CAP_FIELD_IDS, capText, checkCapForm, type CapForm } from './cap-form';

/** An admin sets, changes or removes a department's cap on reserved accelerator roles. */
export function SetCapPage() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { reference, error } = useReferenceData();
  const { data: shares } = useReservedSharesQuery({ fetchPolicy: 'cache-and-network' });
  const [setCap, { loading }] = useSetReservedShareCapMutation({
    refetchQueries: [{ query: ReservedSharesDocument }],
  });
  const [form, setForm] = useState<CapForm>({
    departmentCode: search.get('department') ?? '',
    maxPercent: '',
  });
  const { errors, hasErrors, show } = useFormErrors(CAP_FIELD_IDS, 'departmentCode');
  useDocumentTitle('Set a department’s cap on reserved roles', hasErrors);
  if (error) return <ServiceProblem />;
  if (!reference) return <Loading what="the form" />;
  const current = shares?.reservedShares.find(
    (share) => share.departmentCode === form.departmentCode,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkCapForm(form);
    if (!input) return show(problems);
    try {
      const { data } = await setCap({ variables: { input } });
      if (!data) return;
      const share = data.setReservedShareCap;
      const flash =
        share.maxPercent === null
          ? `${share.departmentName} has no cap`
          : `${share.departmentName}’s cap is ${capText(share)}`;
      const state: FlashState = { flash };
      void navigate('/vacancies/reserved-share', { state });
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href="/vacancies/reserved-share" text="Roles reserved for talent schemes" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Set a department’s cap on reserved roles</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Select
              id={CAP_FIELD_IDS.departmentCode}
              name="departmentCode"
              label="Department"
              labelSize="s"
              options={selectOptions(reference, 'departments', 'Select a department')}
              value={form.departmentCode}
              errorMessage={errors.byField.departmentCode}
              onChange={(departmentCode) => setForm((now) => ({ ...now, departmentCode }))}
            />
            <TextInput
              id={CAP_FIELD_IDS.maxPercent}
              name="maxPercent"
              label="Most of its open accelerator roles that may be reserved, in percent"
              labelSize="s"
              hint={`${current ? `Now: ${capText(current)}. ` : ''}For example, 30. Leave it empty to remove the cap.`}
              width="3"
              inputMode="numeric"
              spellCheck={false}
              value={form.maxPercent}
              errorMessage={errors.byField.maxPercent}
              onChange={(maxPercent) => setForm((now) => ({ ...now, maxPercent }))}
            />
            <Button preventDoubleClick disabled={loading}>
              Save the cap
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
