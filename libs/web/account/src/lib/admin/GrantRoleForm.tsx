import {
  PersonRoleGrantsDocument,
  useGrantRoleMutation,
  useReferenceDataQuery,
} from '@pathways/web-graphql';
import { Button, type FormErrorsState, Select, TextInput } from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { problemsFrom } from '../common/graphql-errors';
import {
  EMPTY_GRANT,
  grantRoleInput,
  ROLE_OPTIONS,
  SCOPE_TYPE_OPTIONS,
  validateGrant,
  type GrantRoleValues,
} from './grant-role-form';

interface GrantRoleFormProps {
  personId: string;
  /** Owned by the page, whose error summary sits at the top. */
  form: FormErrorsState;
  onGranted: (roleLabel: string) => void;
}

export function GrantRoleForm({ personId, form, onGranted }: GrantRoleFormProps) {
  const [values, setValues] = useState<GrantRoleValues>(EMPTY_GRANT);
  const [grant, { loading }] = useGrantRoleMutation({
    refetchQueries: [{ query: PersonRoleGrantsDocument, variables: { personId } }],
    awaitRefetchQueries: true,
  });
  const reference = useReferenceDataQuery();
  const set = (field: keyof GrantRoleValues) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const setScopeType = (scopeType: string) =>
    // A department is chosen from a list, other scopes are typed: start either afresh.
    setValues((previous) => ({ ...previous, scopeType, scopeId: '' }));
  const departmentOptions = [
    { value: '', text: 'Select a department' },
    ...(reference.data?.departments ?? []).map((department) => ({
      value: department.code,
      text: `${department.name} (${department.code})`,
    })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateGrant(values);
    if (problems.length === 0) {
      try {
        await grant({ variables: { input: grantRoleInput(personId, values) } });
        form.clear();
        onGranted(ROLE_OPTIONS.find((option) => option.value === values.role)?.text ?? values.role);
        setValues(EMPTY_GRANT);
        return;
      } catch (error) {
        problems.push(...problemsFrom(error));
      }
    }
    form.show(problems);
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <h2 className="govuk-heading-m">Grant a role</h2>
      <Select
        id="role"
        name="role"
        label="Role"
        options={ROLE_OPTIONS}
        value={values.role}
        onChange={set('role')}
        errorMessage={form.errors.byField['role']}
      />
      <Select
        id="scope-type"
        name="scopeType"
        label="Scope"
        hint="Programme leads lead a programme, network leads a network, line managers manage an intern, department leads offer internship placements in a department, analysts see a department or all government. Other roles have no scope."
        options={SCOPE_TYPE_OPTIONS}
        value={values.scopeType}
        onChange={setScopeType}
        errorMessage={form.errors.byField['scopeType']}
      />
      {values.scopeType === 'department' ? (
        <Select
          id="scope-id"
          name="scopeId"
          label="Department"
          options={departmentOptions}
          value={values.scopeId}
          onChange={set('scopeId')}
          errorMessage={form.errors.byField['scopeId']}
        />
      ) : (
        <TextInput
          id="scope-id"
          name="scopeId"
          label="Scope code (if the scope needs one)"
          hint="The programme, network or intern code, like CATAPULT"
          width="20"
          spellCheck={false}
          value={values.scopeId}
          onChange={set('scopeId')}
          errorMessage={form.errors.byField['scopeId']}
        />
      )}
      <Button preventDoubleClick disabled={loading}>
        Grant role
      </Button>
    </form>
  );
}
