import { grantRoleInput, validateGrant } from '../grant-role-form';
import { validateReferenceItem } from '../reference-item-form';

describe('validateGrant', () => {
  it('asks for a role and leaves scopes to the API', () => {
    expect(validateGrant({ role: '', scopeType: '', scopeId: '' })).toEqual([
      { field: 'role', message: 'Select a role' },
    ]);
    expect(validateGrant({ role: 'programme_lead', scopeType: '', scopeId: '' })).toEqual([]);
  });

  it('asks for the department when the scope is a department', () => {
    expect(
      validateGrant({ role: 'department_lead', scopeType: 'department', scopeId: ' ' }),
    ).toEqual([{ field: 'scopeId', message: 'Select the department this role is for' }]);
    expect(
      validateGrant({ role: 'department_lead', scopeType: 'department', scopeId: 'MOJ' }),
    ).toEqual([]);
  });
});

describe('grantRoleInput', () => {
  it('sends empty scope fields as null', () => {
    expect(grantRoleInput('p1', { role: 'mentor', scopeType: '', scopeId: '  ' })).toEqual({
      personId: 'p1',
      role: 'mentor',
      scopeType: null,
      scopeId: null,
    });
    expect(
      grantRoleInput('p1', { role: 'analyst', scopeType: 'department', scopeId: ' DWP ' }),
    ).toEqual({
      personId: 'p1',
      role: 'analyst',
      scopeType: 'department',
      scopeId: 'DWP',
    });
  });
});

describe('validateReferenceItem', () => {
  it('accepts a code and name the API accepts', () => {
    expect(
      validateReferenceItem({ code: 'DSIT', name: 'Science, Innovation and Technology' }),
    ).toEqual([]);
  });

  it('reports a bad code and a missing name together', () => {
    expect(validateReferenceItem({ code: '1X', name: '' })).toEqual([
      {
        field: 'code',
        message: 'Enter a code of 2 to 40 letters, digits or underscores, starting with a letter',
      },
      { field: 'name', message: 'Enter a name' },
    ]);
  });
});
