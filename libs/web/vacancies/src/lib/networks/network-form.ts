import type { CreateNetworkInput, NetworkFieldsFragment, NetworkKind } from '@pathways/web-graphql';
import type { Problem } from '@pathways/web-ui';

export interface NetworkForm {
  name: string;
  code: string;
  kind: NetworkKind | null;
  description: string;
  departmentCodes: string[];
}

export const EMPTY_NETWORK_FORM: NetworkForm = {
  name: '',
  code: '',
  kind: null,
  description: '',
  departmentCodes: [],
};

export const NETWORK_FIELD_IDS = {
  name: 'name',
  code: 'code',
  kind: 'kind',
  description: 'description',
  departmentCodes: 'departments',
};

export function formFromNetwork(network: NetworkFieldsFragment): NetworkForm {
  return {
    name: network.name,
    code: network.code,
    kind: network.kind,
    description: network.description,
    departmentCodes: [...network.departmentCodes],
  };
}

/** "moj social mobility" → "MOJ-SOCIAL-MOBILITY", the form codes take. */
export function normaliseCode(code: string): string {
  return code
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, '-');
}

export type NetworkCheck =
  { problems: Problem[]; input: null } | { problems: []; input: CreateNetworkInput };

/** Everything the API would refuse, at once; the code is fixed once the network exists. */
export function checkNetworkForm(form: NetworkForm): NetworkCheck {
  const problems: Problem[] = [];
  const name = form.name.trim();
  const code = normaliseCode(form.code);
  if (!name) problems.push({ field: 'name', message: 'Enter the name of the network' });
  else if (name.length > 120)
    problems.push({ field: 'name', message: 'The name must be 120 characters or fewer' });
  if (!code) problems.push({ field: 'code', message: 'Enter a code for the network' });
  else if (!/^[A-Z0-9][A-Z0-9-]{1,39}$/.test(code))
    problems.push({
      field: 'code',
      message: 'The code must be 2 to 40 letters, digits or hyphens, like MOJ-SOCIAL-MOBILITY',
    });
  if (!form.kind) problems.push({ field: 'kind', message: 'Select what kind of network it is' });
  if (form.description.length > 2000)
    problems.push({
      field: 'description',
      message: 'The description must be 2,000 characters or fewer',
    });
  if (problems.length > 0 || !form.kind) return { problems, input: null };
  return {
    problems: [],
    input: {
      name,
      code,
      kind: form.kind,
      description: form.description.trim(),
      departmentCodes: form.departmentCodes,
    },
  };
}
