import { checkCareerEventRow } from '../import/career-event-csv';
import { checkEnrolmentRow } from '../import/enrolment-csv';

const record = (cells: Record<string, string>, line = 2) => ({ line, cells });

describe('checkEnrolmentRow', () => {
  const valid = {
    staff_number: 'SN1',
    programme: 'CATAPULT',
    programme_type: 'mentoring',
    cohort: '2024A',
    role: 'participant',
    start_date: '2024-03-01',
  };

  it('reads a row, empty optional cells as not provided', () => {
    expect(checkEnrolmentRow(record({ ...valid, end_date: '', met_expectations: 'yes' }))).toEqual({
      ok: true,
      row: {
        line: 2,
        staffNumber: 'SN1',
        programme: 'CATAPULT',
        programmeType: 'mentoring',
        cohort: '2024A',
        role: 'participant',
        startDate: '2024-03-01',
        endDate: null,
        mentorStaffNumber: null,
        metExpectations: true,
        sessionsInteresting: null,
      },
    });
  });

  it('reports every problem of the row with its field', () => {
    const result = checkEnrolmentRow(
      record({ ...valid, role: 'mentee', start_date: '2024-02-30', end_date: '2023-01-01' }, 7),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 7, field: 'role', message: expect.stringContaining('"mentee" is not allowed') },
        { line: 7, field: 'start_date', message: expect.stringContaining('not a date') },
      ],
    });
  });

  it('rejects an end before the start and a participant mentoring themself', () => {
    const result = checkEnrolmentRow(
      record({ ...valid, end_date: '2024-01-01', mentor_staff_number: 'SN1' }),
    );
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      'end_date',
      'mentor_staff_number',
    ]);
  });
});

describe('checkCareerEventRow', () => {
  it('reads a row with grades and departments', () => {
    const result = checkCareerEventRow(
      record({
        event_id: 'HR-1',
        staff_number: 'SN1',
        type: 'promotion',
        effective_date: '2024-05-01',
        from_grade: 'EO',
        to_grade: 'HEO',
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      row: { eventId: 'HR-1', fromGrade: 'EO', toGrade: 'HEO', fromDepartment: null },
    });
  });

  it('rejects an unknown type and grade', () => {
    const result = checkCareerEventRow(
      record({
        event_id: 'HR-1',
        staff_number: 'SN1',
        type: 'fired',
        effective_date: '2024-05-01',
        to_grade: 'G5',
      }),
    );
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['type', 'to_grade']);
  });
});
