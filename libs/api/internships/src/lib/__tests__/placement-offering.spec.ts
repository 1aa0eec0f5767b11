import {
  isTakingPlacements,
  leadsDepartment,
  offerRefusal,
  type Offerer,
} from '../rules/placement-offering';

const JUSTICE = { code: 'MOJ', name: 'Ministry of Justice' };
const DWP = { code: 'DWP', name: 'Department for Work and Pensions' };
const INTAKE = { name: 'Intake 2026', startDate: '2026-09-01' };
const BEFORE = '2026-08-01';

const lead = (departments: Offerer['departments']): Offerer => ({
  coordinates: false,
  departments,
});

describe(offerRefusal.name, () => {
  it('lets a department lead offer in their own department before the intake starts', () => {
    expect(offerRefusal(lead(['MOJ']), JUSTICE, INTAKE, BEFORE)).toBeNull();
    expect(offerRefusal(lead(['DWP', 'MOJ']), JUSTICE, INTAKE, '2026-09-01')).toBeNull();
  });

  it('refuses a department lead another department, naming it', () => {
    expect(offerRefusal(lead(['MOJ']), DWP, INTAKE, BEFORE)).toEqual({
      kind: 'not_their_department',
      message:
        'You cannot offer placements in Department for Work and Pensions (DWP): only its department leads and this intake’s coordinators can.',
    });
  });

  it('refuses someone who leads no department and does not coordinate the intake', () => {
    expect(offerRefusal(lead([]), JUSTICE, INTAKE, BEFORE)?.kind).toBe('not_their_department');
  });

  it('refuses a department lead once the intake has started', () => {
    expect(offerRefusal(lead(['MOJ']), JUSTICE, INTAKE, '2026-09-02')).toEqual({
      kind: 'intake_started',
      message:
        'Intake 2026 started on 1 September 2026, so it takes no more placements from departments. Ask its coordinator.',
    });
  });

  it('lets the intake’s coordinators offer in any department, even after it started', () => {
    const coordinator: Offerer = { coordinates: true, departments: [] };
    expect(offerRefusal(coordinator, DWP, INTAKE, '2027-01-01')).toBeNull();
  });

  it('lets a grant covering all departments offer in any of them', () => {
    expect(offerRefusal(lead('all'), DWP, INTAKE, BEFORE)).toBeNull();
  });
});

describe(isTakingPlacements.name, () => {
  it('takes placements up to and on the start date, not after', () => {
    expect(isTakingPlacements(INTAKE, '2026-08-31')).toBe(true);
    expect(isTakingPlacements(INTAKE, '2026-09-01')).toBe(true);
    expect(isTakingPlacements(INTAKE, '2026-09-02')).toBe(false);
  });

  it('takes placements when the intake has no start date yet', () => {
    expect(isTakingPlacements({ name: 'Intake', startDate: null }, '2030-01-01')).toBe(true);
  });
});

describe(leadsDepartment.name, () => {
  it('matches department codes exactly', () => {
    expect(leadsDepartment(['MOJ'], 'MOJ')).toBe(true);
    expect(leadsDepartment(['MOJ'], 'moj')).toBe(false);
    expect(leadsDepartment('all', 'HMRC')).toBe(true);
  });
});
