import { Checkboxes, Radios, Textarea, TextInput, type ShownErrors } from '@pathways/web-ui';
import { keysOf, NETWORK_KIND_LABELS } from '../common/labels';
import { choiceItems, type ReferenceData } from '../common/reference';
import type { NetworkForm } from './network-form';

export interface NetworkFormFieldsProps {
  form: NetworkForm;
  update: (change: Partial<NetworkForm>) => void;
  errors: ShownErrors;
  reference: ReferenceData;
  /** The code names the network in lead grants, so it cannot change once created. */
  codeFixed: boolean;
}

export function NetworkFormFields({
  form,
  update,
  errors,
  reference,
  codeFixed,
}: NetworkFormFieldsProps) {
  const departments = choiceItems(reference, 'departments');
  return (
    <>
      <TextInput
        id="name"
        name="name"
        label="Name"
        labelSize="s"
        value={form.name}
        onChange={(name) => update({ name })}
        errorMessage={errors.byField['name']}
      />
      {!codeFixed && (
        <TextInput
          id="code"
          name="code"
          label="Code"
          labelSize="s"
          hint="Capital letters, digits and hyphens, like MOJ-SOCIAL-MOBILITY. Network lead roles name it."
          width="20"
          spellCheck={false}
          value={form.code}
          onChange={(code) => update({ code })}
          errorMessage={errors.byField['code']}
        />
      )}
      <Radios
        name="kind"
        idPrefix="kind"
        legend="What kind of network is it?"
        legendSize="s"
        small
        items={keysOf(NETWORK_KIND_LABELS).map((value) => ({
          value,
          text: NETWORK_KIND_LABELS[value],
        }))}
        value={form.kind ?? undefined}
        onChange={(kind) => update({ kind: kind as NetworkForm['kind'] })}
        errorMessage={errors.byField['kind']}
      />
      <Textarea
        id="description"
        name="description"
        label="Description (optional)"
        labelSize="s"
        hint="Who the network is for, as members will read it."
        value={form.description}
        onChange={(description) => update({ description })}
        errorMessage={errors.byField['description']}
      />
      <Checkboxes
        name="departmentCodes"
        idPrefix="departments"
        legend="Which departments does it cover?"
        legendSize="s"
        hint="Leave them all unselected for a cross-government network."
        small
        items={departments}
        values={form.departmentCodes}
        onChange={(values) =>
          update({
            departmentCodes: departments.map((d) => d.value).filter((v) => values.includes(v)),
          })
        }
        errorMessage={errors.byField['departmentCodes']}
      />
    </>
  );
}
