import {
  draftFromProgramme,
  PROGRAMME_EDIT_FIELD_IDS,
  type EditableProgramme,
  type ProgrammeEditDraft,
} from '../programme-edit-draft';
import { checkProgrammeEdit } from '../programme-edit-form';

const catapult: EditableProgramme = {
  id: 'p1',
  name: 'DWP Catapult',
  description: 'Mentoring for people from lower backgrounds.',
  type: 'mentoring',
  durationMonths: 12,
  participatingDepartments: ['DWP'],
  eligibility: {
    sebGroups: ['lower'],
    minimumGrade: null,
    maximumGrade: 'HEO',
    departments: [],
    careLeaver: false,
    minimumAge: null,
    maximumAge: null,
  },
  matchingRules: {
    mentorMinimumGrade: 'G7',
    minimumGradeGap: 1,
    maximumGradeGap: null,
    profession: 'any',
    department: 'any',
    defaultMentorCapacity: 2,
  },
  matchingWeights: {
    gradeGap: 0.3,
    idealGradeGap: 2,
    professionFit: 0.2,
    sharedTopics: 0.3,
    sameRegion: 0.1,
    previouslyUnmatched: 0.25,
  },
};

const draft = draftFromProgramme(catapult);
const edited = (change: Partial<ProgrammeEditDraft>) => ({ ...draft, ...change });
const weights = (change: Partial<ProgrammeEditDraft['weights']>) =>
  edited({ weights: { ...draft.weights, ...change } });
const problemsOf = (change: ProgrammeEditDraft) => checkProgrammeEdit(change).problems;

describe('draftFromProgramme', () => {
  it('fills the form from the programme, numbers as text and empty for no condition', () => {
    expect(draft).toEqual({
      id: 'p1',
      name: 'DWP Catapult',
      description: 'Mentoring for people from lower backgrounds.',
      durationMonths: '12',
      participatingDepartments: ['DWP'],
      sebGroups: ['lower'],
      minimumGrade: '',
      maximumGrade: 'HEO',
      eligibleDepartments: [],
      careLeaver: false,
      minimumAge: '',
      maximumAge: '',
      mentorMinimumGrade: 'G7',
      minimumGradeGap: '1',
      maximumGradeGap: '',
      profession: 'any',
      department: 'any',
      defaultMentorCapacity: '2',
      weights: {
        gradeGap: '0.3',
        idealGradeGap: '2',
        professionFit: '0.2',
        sharedTopics: '0.3',
        sameRegion: '0.1',
        previouslyUnmatched: '0.25',
      },
    });
  });

  it('shows weights without floating-point noise', () => {
    const noisy = {
      ...catapult,
      matchingWeights: { ...catapult.matchingWeights, gradeGap: 0.1 + 0.2 },
    };
    expect(draftFromProgramme(noisy).weights.gradeGap).toBe('0.3');
  });
});

describe('checkProgrammeEdit', () => {
  it('gives the whole input to send for an unchanged programme', () => {
    expect(checkProgrammeEdit(draft)).toEqual({
      problems: [],
      input: {
        id: 'p1',
        name: 'DWP Catapult',
        description: 'Mentoring for people from lower backgrounds.',
        durationMonths: 12,
        participatingDepartments: ['DWP'],
        eligibility: {
          sebGroups: ['lower'],
          minimumGrade: null,
          maximumGrade: 'HEO',
          departments: [],
          careLeaver: false,
          minimumAge: null,
          maximumAge: null,
        },
        matchingRules: {
          mentorMinimumGrade: 'G7',
          minimumGradeGap: 1,
          maximumGradeGap: null,
          profession: 'any',
          department: 'any',
          defaultMentorCapacity: 2,
        },
        matchingWeights: catapult.matchingWeights,
      },
    });
  });

  it('sends changed rules, trimmed, in the API’s order and without repeats', () => {
    const { input } = checkProgrammeEdit(
      edited({
        name: '  DWP Catapult 2  ',
        durationMonths: ' 6 ',
        participatingDepartments: ['DWP', 'HMRC', 'DWP'],
        sebGroups: ['lower', 'professional'],
        minimumGrade: 'AA',
        eligibleDepartments: ['HMRC', 'HMRC'],
        careLeaver: true,
        minimumAge: '16',
        maximumAge: '25',
        maximumGradeGap: '4',
        minimumGradeGap: '0',
        profession: 'prefer_same',
        department: 'other',
        defaultMentorCapacity: '10',
        weights: { ...draft.weights, sameRegion: '0', sharedTopics: '.5', idealGradeGap: '3' },
      }),
    );
    expect(input).toMatchObject({
      name: 'DWP Catapult 2',
      durationMonths: 6,
      participatingDepartments: ['DWP', 'HMRC'],
      eligibility: {
        sebGroups: ['professional', 'lower'],
        minimumGrade: 'AA',
        maximumGrade: 'HEO',
        departments: ['HMRC'],
        careLeaver: true,
        minimumAge: 16,
        maximumAge: 25,
      },
      matchingRules: {
        minimumGradeGap: 0,
        maximumGradeGap: 4,
        profession: 'prefer_same',
        department: 'other',
        defaultMentorCapacity: 10,
      },
      matchingWeights: { sameRegion: 0, sharedTopics: 0.5, idealGradeGap: 3 },
    });
  });

  it('keeps an emptied description, which clears it', () => {
    expect(checkProgrammeEdit(edited({ description: '' })).input?.description).toBe('');
  });

  it('reports every problem at once, each naming the API’s field', () => {
    const empty = edited({
      name: ' ',
      durationMonths: '',
      mentorMinimumGrade: '',
      minimumGradeGap: '',
      defaultMentorCapacity: '',
      weights: {
        gradeGap: '',
        idealGradeGap: '',
        professionFit: '',
        sharedTopics: '',
        sameRegion: '',
        previouslyUnmatched: '',
      },
    });
    expect(checkProgrammeEdit(empty)).toEqual({
      input: null,
      problems: [
        { field: 'name', message: 'Enter the programme name' },
        { field: 'durationMonths', message: 'Enter how many months the programme lasts' },
        {
          field: 'matchingRules.mentorMinimumGrade',
          message: 'Select the lowest grade a mentor can be',
        },
        { field: 'matchingRules.minimumGradeGap', message: 'Enter the smallest grade gap' },
        {
          field: 'matchingRules.defaultMentorCapacity',
          message: 'Enter how many mentees a mentor takes on',
        },
        {
          field: 'matchingWeights.gradeGap',
          message: 'Enter the weight for a grade gap close to the ideal',
        },
        { field: 'matchingWeights.idealGradeGap', message: 'Enter the ideal grade gap' },
        {
          field: 'matchingWeights.professionFit',
          message: 'Enter the weight for a profession as wished',
        },
        { field: 'matchingWeights.sharedTopics', message: 'Enter the weight for shared topics' },
        { field: 'matchingWeights.sameRegion', message: 'Enter the weight for the same region' },
        {
          field: 'matchingWeights.previouslyUnmatched',
          message: 'Enter the weight for being left unmatched last time',
        },
      ],
    });
  });

  it('links every problem it or the API reports to an element of the form', () => {
    const allWrong = edited({
      name: '',
      description: 'x'.repeat(2001),
      durationMonths: 'x',
      sebGroups: ['x'],
      minimumGrade: 'x',
      maximumGrade: 'x',
      minimumAge: 'x',
      maximumAge: 'x',
      mentorMinimumGrade: 'x',
      minimumGradeGap: 'x',
      maximumGradeGap: 'x',
      defaultMentorCapacity: 'x',
      weights: { ...draft.weights, gradeGap: 'x', previouslyUnmatched: 'x' },
    });
    const fromApi = [
      'participatingDepartments',
      'eligibility.departments',
      'matchingRules.profession',
      'matchingRules.department',
      'matchingWeights',
    ];
    const fields = [...problemsOf(allWrong).map((problem) => problem.field), ...fromApi];
    expect(fields).toHaveLength(19);
    for (const field of fields) expect(Object.keys(PROGRAMME_EDIT_FIELD_IDS)).toContain(field);
    expect(PROGRAMME_EDIT_FIELD_IDS['matchingWeights']).toBe('weight-grade-gap');
    expect(PROGRAMME_EDIT_FIELD_IDS['matchingWeights.previouslyUnmatched']).toBe(
      'weight-previously-unmatched',
    );
  });

  it.each([
    ['name', { name: 'x'.repeat(201) }, 'The programme name must be 200 characters or fewer'],
    [
      'description',
      { description: 'x'.repeat(2001) },
      'The description must be 2,000 characters or fewer',
    ],
  ])('limits the length of the %s', (field, change, message) => {
    expect(problemsOf(edited(change))).toEqual([{ field, message }]);
  });

  it.each(['5', '13', '6.5', 'six', '-6'])('refuses a duration of %p months', (durationMonths) => {
    expect(problemsOf(edited({ durationMonths }))).toEqual([
      {
        field: 'durationMonths',
        message: 'Duration must be a whole number of months from 6 to 12',
      },
    ]);
  });

  it.each(['6', '12'])('accepts a duration of %p months', (durationMonths) => {
    expect(problemsOf(edited({ durationMonths }))).toEqual([]);
  });

  it('refuses an SEB group the API does not know', () => {
    expect(problemsOf(edited({ sebGroups: ['unknown'] }))).toEqual([
      { field: 'eligibility.sebGroups', message: '"unknown" is not an SEB group' },
    ]);
  });

  it('refuses a grade range the wrong way round, and grades not on the list', () => {
    expect(problemsOf(edited({ minimumGrade: 'G7', maximumGrade: 'EO' }))).toEqual([
      {
        field: 'eligibility.maximumGrade',
        message: 'The lowest grade must not be above the highest grade',
      },
    ]);
    expect(problemsOf(edited({ minimumGrade: 'G6', maximumGrade: 'G6' }))).toEqual([]);
    expect(problemsOf(edited({ minimumGrade: 'G8', mentorMinimumGrade: 'Boss' }))).toEqual([
      { field: 'eligibility.minimumGrade', message: 'Select a grade from the list' },
      { field: 'matchingRules.mentorMinimumGrade', message: 'Select a grade from the list' },
    ]);
  });

  it.each(['13', '81', '16.5', 'sixteen'])('refuses an age of %p', (age) => {
    expect(problemsOf(edited({ minimumAge: age, maximumAge: age }))).toEqual([
      { field: 'eligibility.minimumAge', message: 'Enter an age from 14 to 80' },
      { field: 'eligibility.maximumAge', message: 'Enter an age from 14 to 80' },
    ]);
  });

  it('refuses an age range the wrong way round but allows one end alone', () => {
    expect(problemsOf(edited({ minimumAge: '30', maximumAge: '25' }))).toEqual([
      {
        field: 'eligibility.maximumAge',
        message: 'The lowest age must not be above the highest age',
      },
    ]);
    expect(problemsOf(edited({ minimumAge: '14', maximumAge: '' }))).toEqual([]);
    expect(problemsOf(edited({ minimumAge: '', maximumAge: '80' }))).toEqual([]);
  });

  it.each(['11', '-11', '1.5', 'one'])('refuses a grade gap of %p', (gap) => {
    expect(problemsOf(edited({ minimumGradeGap: gap, maximumGradeGap: gap }))).toEqual([
      {
        field: 'matchingRules.minimumGradeGap',
        message: 'Grade gaps are whole numbers from -10 to 10',
      },
      {
        field: 'matchingRules.maximumGradeGap',
        message: 'Grade gaps are whole numbers from -10 to 10',
      },
    ]);
  });

  it('allows negative grade gaps in order and refuses them out of order', () => {
    expect(problemsOf(edited({ minimumGradeGap: '-10', maximumGradeGap: '10' }))).toEqual([]);
    expect(problemsOf(edited({ minimumGradeGap: '3', maximumGradeGap: '2' }))).toEqual([
      {
        field: 'matchingRules.maximumGradeGap',
        message: 'The largest grade gap must not be below the smallest',
      },
    ]);
  });

  it.each(['0', '11', '2.5', 'two'])('refuses %p mentees per mentor', (defaultMentorCapacity) => {
    expect(problemsOf(edited({ defaultMentorCapacity }))).toEqual([
      {
        field: 'matchingRules.defaultMentorCapacity',
        message: 'Mentees per mentor must be a whole number from 1 to 10',
      },
    ]);
  });

  it.each(['-0.1', '-1'])('refuses a negative weight, %p', (value) => {
    expect(problemsOf(weights({ sharedTopics: value, idealGradeGap: value }))).toEqual([
      { field: 'matchingWeights.idealGradeGap', message: 'The ideal grade gap must be 0 or more' },
      {
        field: 'matchingWeights.sharedTopics',
        message: 'The weight for shared topics must be 0 or more',
      },
    ]);
  });

  it.each(['high', '1e3', '0,5', '1.2.3', 'Infinity', '9'.repeat(400)])(
    'refuses a weight that is not a plain number, %p',
    (value) => {
      expect(problemsOf(weights({ sameRegion: value }))).toEqual([
        {
          field: 'matchingWeights.sameRegion',
          message: 'The weight for the same region must be a number, for example 0.1',
        },
      ]);
    },
  );

  it.each([
    ['0', 0],
    ['.5', 0.5],
    ['2.', 2],
    [' 1.25 ', 1.25],
    ['100', 100],
  ])('accepts a weight of %p', (value, expected) => {
    expect(
      checkProgrammeEdit(weights({ professionFit: value })).input?.matchingWeights,
    ).toMatchObject({ professionFit: expected });
  });
});
