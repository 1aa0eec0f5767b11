import { checkCohortEdit, cohortEditDraftFrom } from '../cohort-edit-form';

const cohort = {
  id: 'c1',
  name: 'Spring 2026',
  applicationsOpen: '2026-03-01',
  applicationsClose: '2026-03-31',
  startDate: '2026-05-01',
};
const draft = cohortEditDraftFrom(cohort);

describe('cohortEditDraftFrom', () => {
  it('fills the date inputs from the cohort’s dates', () => {
    expect(draft).toEqual({
      id: 'c1',
      name: 'Spring 2026',
      applicationsOpen: { day: '1', month: '3', year: '2026' },
      applicationsClose: { day: '31', month: '3', year: '2026' },
      startDate: { day: '1', month: '5', year: '2026' },
    });
  });

  it('leaves a date the cohort does not have empty', () => {
    expect(cohortEditDraftFrom({ ...cohort, startDate: null }).startDate).toEqual({
      day: '',
      month: '',
      year: '',
    });
  });
});

describe('checkCohortEdit', () => {
  it('gives the input to send, without a code: it cannot change', () => {
    expect(
      checkCohortEdit({
        ...draft,
        name: ' Spring 2026 (late) ',
        startDate: { day: '2', month: '6', year: '2026' },
      }),
    ).toEqual({
      problems: [],
      input: {
        id: 'c1',
        name: 'Spring 2026 (late)',
        applicationsOpen: '2026-03-01',
        applicationsClose: '2026-03-31',
        startDate: '2026-06-02',
      },
    });
  });

  it('reports every problem at once, as adding a cohort does', () => {
    const { problems, input } = checkCohortEdit({
      ...draft,
      name: '',
      applicationsOpen: { day: '', month: '', year: '' },
      applicationsClose: { day: '31', month: '', year: '2026' },
      startDate: { day: '31', month: '4', year: '2026' },
    });
    expect(input).toBeNull();
    expect(problems).toEqual([
      { field: 'name', message: 'Enter the cohort name' },
      { field: 'applicationsOpen', message: 'Enter the date applications open' },
      {
        field: 'applicationsClose',
        message: 'The date applications close must include a month',
      },
      { field: 'startDate', message: 'The start date must be a real date' },
    ]);
  });

  it('refuses a start before applications close', () => {
    expect(
      checkCohortEdit({ ...draft, startDate: { day: '30', month: '3', year: '2026' } }).problems,
    ).toEqual([
      {
        field: 'startDate',
        message: 'The start date must be on or after the date applications close',
      },
    ]);
  });

  it('limits the name to 200 characters', () => {
    expect(checkCohortEdit({ ...draft, name: 'x'.repeat(201) }).problems).toEqual([
      { field: 'name', message: 'The cohort name must be 200 characters or fewer' },
    ]);
  });
});
