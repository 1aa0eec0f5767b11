import { checkSurveyForm, EMPTY_SURVEY, isSurveyKind } from '../survey-form';

describe('checkSurveyForm', () => {
  it('needs the two yes/no answers for the close-out survey', () => {
    expect(checkSurveyForm(EMPTY_SURVEY, 'r1', 'close_out').problems.map((p) => p.field)).toEqual([
      'metExpectations',
      'sessionsInteresting',
      'rating',
    ]);
    expect(
      checkSurveyForm(
        { metExpectations: 'yes', sessionsInteresting: 'no', rating: '4', comments: ' Good ' },
        'r1',
        'close_out',
      ),
    ).toEqual({
      problems: [],
      input: {
        relationshipId: 'r1',
        kind: 'close_out',
        rating: 4,
        metExpectations: true,
        sessionsInteresting: false,
        comments: 'Good',
      },
    });
  });

  it('asks only for a rating in a check-in', () => {
    expect(checkSurveyForm({ ...EMPTY_SURVEY, rating: '5' }, 'r1', 'check_in').input).toEqual({
      relationshipId: 'r1',
      kind: 'check_in',
      rating: 5,
      metExpectations: null,
      sessionsInteresting: null,
      comments: '',
    });
    expect(checkSurveyForm({ ...EMPTY_SURVEY, rating: '6' }, 'r1', 'check_in').problems).toEqual([
      { field: 'rating', message: 'Select a rating from 1 to 5' },
    ]);
  });

  it('knows the survey kinds', () => {
    expect(isSurveyKind('close_out')).toBe(true);
    expect(isSurveyKind('exit')).toBe(false);
  });
});
