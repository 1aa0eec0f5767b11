import { gradeAbove, outcomeEvent, PLACEMENT_OUTCOMES } from '../rules/placement-outcomes';

const post = { gradeCode: 'AO', departmentCode: 'MOJ' };

describe(outcomeEvent.name, () => {
  it('maps each outcome to the career event of contracts.md, and completed to none', () => {
    expect(
      Object.fromEntries(PLACEMENT_OUTCOMES.map((o) => [o, outcomeEvent(o, post)?.type ?? null])),
    ).toEqual({
      extended: 'contract_extended',
      made_permanent: 'made_permanent',
      promoted: 'promotion',
      left: 'left',
      completed: null,
    });
  });

  it('keeps the grade and department for an extension or permanence', () => {
    expect(outcomeEvent('made_permanent', post)).toEqual({
      type: 'made_permanent',
      fromGrade: 'AO',
      toGrade: 'AO',
      fromDepartment: 'MOJ',
      toDepartment: 'MOJ',
    });
  });

  it('promotes to the grade above unless told otherwise', () => {
    expect(outcomeEvent('promoted', post)).toMatchObject({ fromGrade: 'AO', toGrade: 'EO' });
    expect(outcomeEvent('promoted', { ...post, gradeCode: 'EO' })).toMatchObject({
      toGrade: 'HEO',
    });
    expect(outcomeEvent('promoted', post, 'HEO')).toMatchObject({ toGrade: 'HEO' });
  });

  it('records leaving with no grade or department to go to', () => {
    expect(outcomeEvent('left', post)).toEqual({
      type: 'left',
      fromGrade: 'AO',
      toGrade: null,
      fromDepartment: 'MOJ',
      toDepartment: null,
    });
  });
});

describe(gradeAbove.name, () => {
  it('has nothing above the top grade or for an unknown one', () => {
    expect(gradeAbove('PS')).toBeNull();
    expect(gradeAbove('XX')).toBeNull();
  });
});
