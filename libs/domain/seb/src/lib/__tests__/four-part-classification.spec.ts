import {
  nsSecClassFromFourPart,
  sebGroupFromFourPart,
  sebGroupFromNsSec,
} from '../four-part-classification';
import type {
  SebEarnerEmployeeStatusCode,
  SebEarnerEmploymentCode,
  SebEarnerSupervisesCode,
  SebEarnerWorkplaceSizeCode,
  SebEarnerWorkTypeCode,
} from '../four-part-questions';

type Employment = SebEarnerEmploymentCode;
type WorkType = SebEarnerWorkTypeCode;
type Status = SebEarnerEmployeeStatusCode;
type Size = SebEarnerWorkplaceSizeCode;
type Supervises = SebEarnerSupervisesCode;
type Column = 1 | 2 | 3 | 4 | 5 | 6 | 7;

// seb.md, "Q1 — four-part version", hand-transcribed: NS-SEC class for B in columns 1..7.
const SEB_MD_TABLE: Record<Exclude<WorkType, 'prefer_not_to_say'>, readonly number[]> = {
  modern_professional: [1, 1, 1, 1, 1, 1, 1],
  traditional_professional: [1, 1, 1, 1, 1, 1, 1],
  clerical_intermediate: [1, 3, 3, 1, 1, 1, 2],
  senior_manager: [1, 3, 3, 1, 1, 1, 1],
  middle_junior_manager: [1, 3, 3, 1, 1, 1, 1],
  technical_craft: [1, 3, 3, 1, 1, 4, 4],
  semi_routine_manual: [1, 3, 3, 1, 1, 4, 5],
  routine_manual: [1, 3, 3, 1, 1, 4, 5],
};

// Every answered C, D, E → column for other work types, and for senior_manager (null =
// unclassifiable), from seb.md's column definitions and notes.
const S = 'self_employed_with_employees';
const W = 'self_employed_without_employees';
const COLUMNS: readonly (readonly [Status, Size, Supervises, Column | null, Column | null])[] = [
  [S, 'large', 'yes', 1, 1],
  [S, 'large', 'no', 1, 1],
  [S, 'large', 'unknown', 1, 1],
  [S, 'small', 'yes', 2, 2],
  [S, 'small', 'no', 2, 2],
  [S, 'small', 'unknown', 2, 2],
  [S, 'unknown', 'yes', null, null],
  [S, 'unknown', 'no', null, null],
  [S, 'unknown', 'unknown', null, null],
  [W, 'large', 'yes', 3, 3],
  [W, 'large', 'no', 3, 3],
  [W, 'large', 'unknown', 3, 3],
  [W, 'small', 'yes', 3, 3],
  [W, 'small', 'no', 3, 3],
  [W, 'small', 'unknown', 3, 3],
  [W, 'unknown', 'yes', 3, 3],
  [W, 'unknown', 'no', 3, 3],
  [W, 'unknown', 'unknown', 3, 3],
  ['employee', 'large', 'yes', 6, 4],
  ['employee', 'large', 'no', 7, 4],
  ['employee', 'large', 'unknown', 7, 4],
  ['employee', 'small', 'yes', 6, 5],
  ['employee', 'small', 'no', 7, 5],
  ['employee', 'small', 'unknown', 7, 5],
  ['employee', 'unknown', 'yes', 6, 6],
  ['employee', 'unknown', 'no', 7, 7],
  ['employee', 'unknown', 'unknown', 7, 7],
  ['unknown', 'large', 'yes', null, null],
  ['unknown', 'large', 'no', null, null],
  ['unknown', 'large', 'unknown', null, null],
  ['unknown', 'small', 'yes', null, null],
  ['unknown', 'small', 'no', null, null],
  ['unknown', 'small', 'unknown', null, null],
  ['unknown', 'unknown', 'yes', null, null],
  ['unknown', 'unknown', 'no', null, null],
  ['unknown', 'unknown', 'unknown', null, null],
];

const CLASSIFIABLE_WORK_TYPES = Object.keys(SEB_MD_TABLE) as Exclude<
  WorkType,
  'prefer_not_to_say'
>[];

const EMPLOYED_CASES = CLASSIFIABLE_WORK_TYPES.flatMap((workType) =>
  COLUMNS.map(([employeeStatus, workplaceSize, supervises, other, senior]) => {
    const column = workType === 'senior_manager' ? senior : other;
    const expected = column === null ? null : SEB_MD_TABLE[workType][column - 1];
    return { workType, employeeStatus, workplaceSize, supervises, expected };
  }),
);

const ALL_WORK_TYPES: (WorkType | null)[] = [...CLASSIFIABLE_WORK_TYPES, 'prefer_not_to_say', null];
const ALL_STATUSES: (Status | null)[] = [S, W, 'employee', 'unknown', null];
const ALL_SIZES: (Size | null)[] = ['small', 'large', 'unknown', null];
const ALL_SUPERVISES: (Supervises | null)[] = ['yes', 'no', 'unknown', null];

function everyLaterAnswer() {
  return ALL_WORK_TYPES.flatMap((workType) =>
    ALL_STATUSES.flatMap((employeeStatus) =>
      ALL_SIZES.flatMap((workplaceSize) =>
        ALL_SUPERVISES.map((supervises) => ({
          workType,
          employeeStatus,
          workplaceSize,
          supervises,
        })),
      ),
    ),
  );
}

describe(nsSecClassFromFourPart.name, () => {
  it('covers all 8 work types × 36 answered C/D/E combinations', () => {
    expect(EMPLOYED_CASES).toHaveLength(288);
  });

  it.each(EMPLOYED_CASES)(
    'employed, $workType, $employeeStatus, size $workplaceSize, supervises $supervises → $expected',
    ({ workType, employeeStatus, workplaceSize, supervises, expected }) => {
      expect(
        nsSecClassFromFourPart({
          employment: 'employed',
          workType,
          employeeStatus,
          workplaceSize,
          supervises,
        }),
      ).toBe(expected);
    },
  );

  it.each(['prefer_not_to_say', null, undefined] as const)(
    'is unclassifiable for an employed earner whose work type is %p, whatever C/D/E say',
    (workType) => {
      const results = COLUMNS.map(([employeeStatus, workplaceSize, supervises]) =>
        nsSecClassFromFourPart({
          employment: 'employed',
          workType,
          employeeStatus,
          workplaceSize,
          supervises,
        }),
      );
      expect(results).toEqual(COLUMNS.map(() => null));
    },
  );

  it.each<[Employment | null | undefined, number | null]>([
    ['long_term_unemployed', 5],
    ['unemployed', null],
    ['retired', null],
    ['unknown', null],
    [null, null],
    [undefined, null],
  ])('gives %p → %p whatever B–E say', (employment, expected) => {
    const answers = everyLaterAnswer();
    const results = answers.map((later) => nsSecClassFromFourPart({ employment, ...later }));
    expect(answers).toHaveLength(800);
    expect(results).toEqual(answers.map(() => expected));
  });

  it('treats a missing E like unknown: an employee who may not supervise is column 7', () => {
    const answers = { employment: 'employed', employeeStatus: 'employee' } as const;
    expect(nsSecClassFromFourPart({ ...answers, workType: 'routine_manual' })).toBe(5);
    expect(nsSecClassFromFourPart({ ...answers, workType: 'clerical_intermediate' })).toBe(2);
    expect(nsSecClassFromFourPart({ ...answers, workType: 'technical_craft' })).toBe(4);
  });

  it('is unclassifiable for the self-employed with employees when size is missing', () => {
    expect(
      nsSecClassFromFourPart({
        employment: 'employed',
        workType: 'routine_manual',
        employeeStatus: S,
        supervises: 'yes',
      }),
    ).toBeNull();
  });

  it('is unclassifiable when C is missing', () => {
    expect(
      nsSecClassFromFourPart({
        employment: 'employed',
        workType: 'modern_professional',
        workplaceSize: 'large',
        supervises: 'yes',
      }),
    ).toBeNull();
  });

  it('ignores D and E for the self-employed without employees', () => {
    expect(
      nsSecClassFromFourPart({
        employment: 'employed',
        workType: 'routine_manual',
        employeeStatus: W,
      }),
    ).toBe(3);
  });

  it('is unclassifiable for an empty answer set', () => {
    expect(nsSecClassFromFourPart({})).toBeNull();
  });
});

describe(sebGroupFromNsSec.name, () => {
  it.each([
    [1, 'professional'],
    [2, 'intermediate'],
    [3, 'intermediate'],
    [4, 'lower'],
    [5, 'lower'],
    [null, 'unknown'],
  ] as const)('maps class %p to %p', (nsSecClass, group) => {
    expect(sebGroupFromNsSec(nsSecClass)).toBe(group);
  });
});

describe(sebGroupFromFourPart.name, () => {
  it('puts a routine manual employee who did not supervise in the lower group', () => {
    expect(
      sebGroupFromFourPart({
        employment: 'employed',
        workType: 'routine_manual',
        employeeStatus: 'employee',
        workplaceSize: 'large',
        supervises: 'no',
      }),
    ).toBe('lower');
  });

  it('puts a small employer in the intermediate group', () => {
    expect(
      sebGroupFromFourPart({
        employment: 'employed',
        workType: 'technical_craft',
        employeeStatus: S,
        workplaceSize: 'small',
      }),
    ).toBe('intermediate');
  });

  it('puts the long-term unemployed in the lower group', () => {
    expect(sebGroupFromFourPart({ employment: 'long_term_unemployed' })).toBe('lower');
  });

  it('puts a retired earner in the unknown group', () => {
    expect(sebGroupFromFourPart({ employment: 'retired', workType: 'modern_professional' })).toBe(
      'unknown',
    );
  });
});
