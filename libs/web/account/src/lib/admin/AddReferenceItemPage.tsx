import {
  ReferenceDataDocument,
  useAddDepartmentMutation,
  useAddProfessionMutation,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  TextInput,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { validateReferenceItem, type ReferenceKind } from './reference-item-form';

const FIELD_IDS = { code: 'code', name: 'name' };
const REFETCH = { refetchQueries: [{ query: ReferenceDataDocument }], awaitRefetchQueries: true };

export function AddReferenceItemPage({ kind }: { kind: ReferenceKind }) {
  const navigate = useNavigate();
  const [addDepartment, department] = useAddDepartmentMutation(REFETCH);
  const [addProfession, profession] = useAddProfessionMutation(REFETCH);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const { errors, hasErrors, show } = useFormErrors(FIELD_IDS, 'code');
  useDocumentTitle(`Add a ${kind}`, hasErrors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { code: code.trim(), name: name.trim() };
    const problems = validateReferenceItem(input);
    if (problems.length > 0) return show(problems);
    try {
      if (kind === 'department') await addDepartment({ variables: { input } });
      else await addProfession({ variables: { input } });
      const state: FlashState = { flash: `${input.name} added` };
      navigate('/admin/reference-data', { state });
    } catch (error) {
      show(problemsFrom(error));
    }
  };

  return (
    <>
      <BackLink href="/admin/reference-data" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Add a {kind}</h1>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <TextInput
              id="code"
              name="code"
              label="Code"
              hint={`2 to 40 letters, digits or underscores, starting with a letter, like ${kind === 'department' ? 'DSIT' : 'data_science'}`}
              width="20"
              spellCheck={false}
              value={code}
              onChange={setCode}
              errorMessage={errors.byField['code']}
            />
            <TextInput
              id="name"
              name="name"
              label="Name"
              value={name}
              onChange={setName}
              errorMessage={errors.byField['name']}
            />
            <Button preventDoubleClick disabled={department.loading || profession.loading}>
              Add {kind}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
