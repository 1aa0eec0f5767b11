import {
  applicationInput,
  applyPath,
  emptyApplicationDraft,
  firstIncompleteStep,
  isApplicationStep,
  nextApplyPath,
  previousApplyPath,
  stepProblem,
  type ApplicationDraft,
} from '../application-flow';
import { applicationAnswerRows } from '../application-answers';
import { hasAnsweredBackground } from '../background';

const complete: ApplicationDraft = {
  cohortId: 'c1',
  goals: '  Understand promotion boards  ',
  topics: ['hidden_rules', 'confidence'],
  professionPreference: 'any',
  departmentPreference: 'other',
  region: '',
  availability: '',
};

describe('application flow', () => {
  it('asks the questions in order, then checks answers', () => {
    expect(nextApplyPath(complete, 'goals', false)).toBe('/mentoring/cohorts/c1/apply/topics');
    expect(nextApplyPath(complete, 'availability', false)).toBe(
      '/mentoring/cohorts/c1/apply/check',
    );
    expect(previousApplyPath('c1', 'goals', false)).toBe('/mentoring/cohorts/c1/apply');
    expect(previousApplyPath('c1', 'region', false)).toBe('/mentoring/cohorts/c1/apply/department');
  });

  it('goes back to check answers after changing one', () => {
    expect(nextApplyPath(complete, 'topics', true)).toBe(applyPath('c1', 'check'));
    expect(previousApplyPath('c1', 'topics', true)).toBe(applyPath('c1', 'check'));
  });

  it('knows its steps', () => {
    expect(isApplicationStep('region')).toBe(true);
    expect(isApplicationStep('check')).toBe(false);
    expect(isApplicationStep(undefined)).toBe(false);
  });

  it('finds the first unanswered question', () => {
    expect(firstIncompleteStep(emptyApplicationDraft('c1'))).toBe('goals');
    expect(firstIncompleteStep({ ...complete, region: null })).toBe('region');
    expect(firstIncompleteStep(complete)).toBeNull();
  });

  it('explains what is missing, in the API’s limits', () => {
    const empty = emptyApplicationDraft('c1');
    expect(stepProblem('goals', empty)?.message).toBe(
      'Enter what you would like to get from mentoring',
    );
    expect(stepProblem('goals', { ...empty, goals: 'x'.repeat(2001) })?.message).toBe(
      'Goals must be 2,000 characters or fewer',
    );
    expect(stepProblem('topics', empty)?.field).toBe('topics');
    expect(stepProblem('profession', empty)?.field).toBe('professionPreference');
    expect(stepProblem('department', empty)?.field).toBe('departmentPreference');
    expect(stepProblem('region', empty)?.field).toBe('region');
    expect(stepProblem('availability', empty)).toBeNull();
  });

  it('sends the answers, own region as no region', () => {
    expect(applicationInput(complete)).toEqual({
      cohortId: 'c1',
      goals: 'Understand promotion boards',
      topics: ['hidden_rules', 'confidence'],
      professionPreference: 'any',
      departmentPreference: 'other',
      region: null,
      availability: '',
    });
    expect(applicationInput({ ...complete, region: 'TLD' }).region).toBe('TLD');
  });

  it('lists the answers for checking', () => {
    const rows = applicationAnswerRows({ ...complete, region: 'TLD' }, () => 'North West');
    expect(rows.map((row) => [row.key, row.value])).toEqual([
      ['Your goals', 'Understand promotion boards'],
      ['Topics', 'Hidden rules of the Civil Service, Confidence'],
      ['Mentor’s profession', 'No preference'],
      ['Mentor’s department', 'From a different department'],
      ['Where to meet', 'North West'],
      ['When you could meet', 'Not given'],
    ]);
    expect(applicationAnswerRows(complete)[4].value).toBe('The region I work in');
  });
});

describe('hasAnsweredBackground', () => {
  it('is true once the occupation question, short or four-part, has an answer', () => {
    expect(hasAnsweredBackground(undefined)).toBe(false);
    expect(
      hasAnsweredBackground([
        { question: 'seb_occupation', code: null },
        { question: 'gender', code: 'female' },
      ]),
    ).toBe(false);
    expect(hasAnsweredBackground([{ question: 'seb_occupation', code: 'routine' }])).toBe(true);
    expect(hasAnsweredBackground([{ question: 'seb_earner_employment', code: 'employed' }])).toBe(
      true,
    );
  });
});
