import { currentTargetShare } from '../workforce/target-progress';
import type { DepartmentGradeCount } from '../workforce/target-progress';

const cell = (
  department: string,
  grade: string,
  sebGroup: DepartmentGradeCount['sebGroup'],
  people: number,
): DepartmentGradeCount => ({ department, grade, sebGroup, people });

const CELLS = [
  cell('MOJ', 'SCS1', 'lower', 12),
  cell('MOJ', 'SCS1', 'professional', 40),
  cell('MOJ', 'SCS1', 'unknown', 30),
  cell('HMT', 'SCS1', 'lower', 10),
  cell('HMT', 'SCS1', 'professional', 38),
  cell('MOJ', 'EO', 'lower', 300),
  cell('MOJ', 'EO', 'intermediate', 100),
];

describe('currentTargetShare', () => {
  it('is the group’s share of classifiable people in the target’s grades', () => {
    const target = { sebGroup: 'lower', grades: ['SCS1', 'SCS2'], departmentCode: null };
    expect(currentTargetShare(target, CELLS)).toBe(22 / 100);
  });

  it('keeps to the target’s department', () => {
    const target = { sebGroup: 'lower', grades: ['SCS1'], departmentCode: 'MOJ' };
    expect(currentTargetShare(target, CELLS)).toBe(12 / 52);
  });

  it('covers every grade when none is named', () => {
    const target = { sebGroup: 'intermediate', grades: [], departmentCode: 'MOJ' };
    expect(currentTargetShare(target, CELLS)).toBe(100 / 452);
  });

  it('is withheld when the group or the rest counts 1 to 9 people, or nobody is classifiable', () => {
    expect(
      currentTargetShare({ sebGroup: 'lower', grades: ['SCS1'], departmentCode: 'HMT' }, [
        cell('HMT', 'SCS1', 'lower', 9),
        cell('HMT', 'SCS1', 'professional', 40),
      ]),
    ).toBeNull();
    expect(
      currentTargetShare({ sebGroup: 'lower', grades: [], departmentCode: null }, [
        cell('HMT', 'SCS1', 'lower', 40),
        cell('HMT', 'SCS1', 'professional', 3),
      ]),
    ).toBeNull();
    expect(
      currentTargetShare({ sebGroup: 'lower', grades: ['PS'], departmentCode: null }, CELLS),
    ).toBeNull();
  });
});
