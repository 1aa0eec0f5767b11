import { REFERENCE } from '../../common/__tests__/fixtures';
import { checkNetworkForm, EMPTY_NETWORK_FORM, normaliseCode } from '../network-form';
import { departmentsText, networksInOrder } from '../network-view';

describe(checkNetworkForm.name, () => {
  it('asks for a name, a code and a kind', () => {
    expect(checkNetworkForm(EMPTY_NETWORK_FORM).problems.map((p) => p.field)).toEqual([
      'name',
      'code',
      'kind',
    ]);
  });

  it('makes the code the API’s form and refuses one it cannot take', () => {
    expect(normaliseCode(' moj social_mobility ')).toBe('MOJ-SOCIAL-MOBILITY');
    expect(
      checkNetworkForm({ ...EMPTY_NETWORK_FORM, name: 'N', code: 'x', kind: 'other' }).problems,
    ).toEqual([
      {
        field: 'code',
        message: 'The code must be 2 to 40 letters, digits or hyphens, like MOJ-SOCIAL-MOBILITY',
      },
    ]);
    expect(
      checkNetworkForm({
        name: ' Care leavers ',
        code: 'dwp care leavers',
        kind: 'care_leaver',
        description: '',
        departmentCodes: ['DWP'],
      }).input,
    ).toEqual({
      name: 'Care leavers',
      code: 'DWP-CARE-LEAVERS',
      kind: 'care_leaver',
      description: '',
      departmentCodes: ['DWP'],
    });
  });
});

describe('network view', () => {
  it('names the departments, or all of them', () => {
    expect(departmentsText({ departmentCodes: ['MOJ', 'DWP'] }, REFERENCE)).toBe(
      'Ministry of Justice, Work and Pensions',
    );
    expect(departmentsText({ departmentCodes: [] }, REFERENCE)).toBe('All departments');
  });

  it('lists your networks first', () => {
    const order = networksInOrder([
      { name: 'B', joined: false },
      { name: 'C', joined: true },
      { name: 'A', joined: false },
    ]);
    expect(order.map((n) => n.name)).toEqual(['C', 'A', 'B']);
  });
});
