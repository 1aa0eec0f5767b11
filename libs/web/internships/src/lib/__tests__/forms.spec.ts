import { EMPTY_DATE } from '@pathways/web-ui';
import { readIntake } from '../coordinator/intake-form';
import { readPlacement } from '../coordinator/placement-form';
import { programmeProblems } from '../coordinator/programme-form';
import { cellText } from '../coordinator/report-cells';

describe('coordinator forms', () => {
  it('lists every missing field of an intake, in order', () => {
    const read = readIntake({
      name: '',
      code: '',
      applicationsOpen: EMPTY_DATE,
      applicationsClose: { day: '31', month: '2', year: '2026' },
      startDate: { day: '1', month: '9', year: '2026' },
    });
    expect(read).toEqual({
      problems: [
        { field: 'name', message: 'Enter the intake name' },
        {
          field: 'code',
          message: 'Enter a code of up to 30 letters, digits or hyphens, like 2026',
        },
        { field: 'applicationsOpen', message: 'Enter the date applications open' },
        { field: 'applicationsClose', message: 'The date applications close must be a real date' },
      ],
    });
  });

  it('leaves the term to the programme when none is given', () => {
    const read = readPlacement({
      departmentCode: 'MOJ',
      team: ' Digital ',
      gradeCode: 'EO',
      regionCode: 'TLI',
      workArea: 'policy',
      lineManagerStaffNumber: 'S123 ',
      startDate: { day: '1', month: '9', year: '2026' },
      termMonths: '',
    });
    expect(read).toEqual({
      input: {
        departmentCode: 'MOJ',
        team: 'Digital',
        gradeCode: 'EO',
        regionCode: 'TLI',
        workArea: 'policy',
        lineManagerStaffNumber: 'S123',
        startDate: '2026-09-01',
        termMonths: null,
      },
    });
  });

  it('wants whole numbers for the programme’s settings', () => {
    expect(
      programmeProblems({
        name: 'X',
        code: 'CL',
        termMonths: '18',
        minimumAge: '18',
        maximumAge: 'thirty',
      }),
    ).toEqual([{ field: 'maximumAge', message: 'Enter the oldest age as a whole number' }]);
  });
});

describe(cellText.name, () => {
  it('shows [c] for a withheld count, and never its share', () => {
    expect(cellText({ value: null, suppressed: true, share: null }, true)).toBe('[c]');
    expect(cellText({ value: 12, suppressed: false, share: 0.3 }, true)).toBe('12 (30%)');
    expect(cellText({ value: 12, suppressed: false, share: 0.3 })).toBe('12');
  });
});
