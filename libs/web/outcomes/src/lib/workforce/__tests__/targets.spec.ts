import { checkTargetForm, EMPTY_TARGET_FORM, formFromTarget } from '../target-form';
import { targetProgress, targetScope } from '../target-progress';

describe(checkTargetForm.name, () => {
  it('sends the share as a fraction and the grades in seniority order', () => {
    expect(
      checkTargetForm(
        {
          name: ' Share of SCS from lower SEB ',
          sebGroup: 'lower',
          grades: ['SCS2', 'SCS1'],
          departmentCode: '',
          targetPercent: '12.3',
          targetYear: '2031',
        },
        2026,
      ),
    ).toEqual({
      problems: [],
      input: {
        name: 'Share of SCS from lower SEB',
        sebGroup: 'lower',
        grades: ['SCS1', 'SCS2'],
        departmentCode: null,
        targetShare: 0.123,
        targetYear: 2031,
      },
    });
  });

  it('reports every problem at once', () => {
    expect(checkTargetForm(EMPTY_TARGET_FORM, 2026).problems.map((p) => p.field)).toEqual([
      'name',
      'sebGroup',
      'targetShare',
      'targetYear',
    ]);
    const bad = checkTargetForm(
      {
        ...EMPTY_TARGET_FORM,
        name: 'x',
        sebGroup: 'unknown',
        targetPercent: '120',
        targetYear: '2020',
      },
      2026,
    );
    expect(bad.problems.map((p) => p.message)).toEqual([
      'Select the background the target is about',
      'The target share must be a percentage from 0 to 100',
      'The year must be from 2026 to 2100',
    ]);
  });
});

describe(targetProgress.name, () => {
  const target = { sebGroup: 'lower', grades: ['SCS1'], departmentCode: 'MOJ', targetShare: 0.25 };

  it('says how far there is to go, or that the target is met', () => {
    expect(targetProgress({ ...target, currentShare: 0.18 })).toEqual({
      now: '18.0%',
      progress: '7.0 percentage points to go',
      met: false,
    });
    expect(targetProgress({ ...target, currentShare: 0.3 }).met).toBe(true);
  });

  it('withholds the share now when too few people count', () => {
    expect(targetProgress({ ...target, currentShare: null }).now).toBe('[c]');
  });

  it('describes who the target counts', () => {
    expect(targetScope(target)).toBe('Lower, in SCS1, MOJ');
    expect(targetScope({ ...target, grades: [], departmentCode: null })).toBe(
      'Lower, every grade, every department',
    );
  });
});

describe(formFromTarget.name, () => {
  const target = {
    name: 'SCS from lower backgrounds',
    sebGroup: 'lower',
    grades: ['SCS2', 'SCS1'],
    departmentCode: null,
    targetShare: 0.123,
    targetYear: 2030,
  };

  it('fills the form in, the share back as the percentage typed', () => {
    expect(formFromTarget(target)).toEqual({
      name: 'SCS from lower backgrounds',
      sebGroup: 'lower',
      grades: ['SCS2', 'SCS1'],
      departmentCode: '',
      targetPercent: '12.3',
      targetYear: '2030',
    });
    expect(formFromTarget({ ...target, targetShare: 0.25, departmentCode: 'MOJ' })).toMatchObject({
      targetPercent: '25',
      departmentCode: 'MOJ',
    });
  });

  it('gives back what the target was set from when checked again', () => {
    expect(checkTargetForm(formFromTarget(target), 2026).input).toEqual({
      name: 'SCS from lower backgrounds',
      sebGroup: 'lower',
      grades: ['SCS1', 'SCS2'],
      departmentCode: null,
      targetShare: 0.123,
      targetYear: 2030,
    });
  });
});
