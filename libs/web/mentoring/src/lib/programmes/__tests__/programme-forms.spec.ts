import { checkCohortDraft, emptyCohortDraft, type CohortDraft } from '../cohort-form';
import { normaliseProgrammeCode, programmeDetailsProblems } from '../programme-form';
import { eligibilityRows, matchingRows, programmeRows, type RulesLike } from '../rules-summary';

describe('programmeDetailsProblems', () => {
  it('asks for a name and a code', () => {
    expect(programmeDetailsProblems({ name: ' ', code: '' })).toEqual([
      { field: 'name', message: 'Enter the programme name' },
      { field: 'code', message: 'Enter a programme code' },
    ]);
  });

  it('accepts codes the API accepts once capitalised', () => {
    expect(programmeDetailsProblems({ name: 'DWP Catapult', code: 'dwp catapult' })).toEqual([]);
    expect(normaliseProgrammeCode(' dwp  catapult ')).toBe('DWP-CATAPULT');
    expect(programmeDetailsProblems({ name: 'X', code: 'A' })[0].field).toBe('code');
    expect(programmeDetailsProblems({ name: 'X', code: '-AB' })[0].field).toBe('code');
    expect(programmeDetailsProblems({ name: 'X', code: 'A'.repeat(31) })[0].field).toBe('code');
  });
});

describe('checkCohortDraft', () => {
  const filled: CohortDraft = {
    ...emptyCohortDraft('p1'),
    name: ' Spring 2026 ',
    code: '2026-SPRING',
    applicationsOpen: { day: '1', month: '3', year: '2026' },
    applicationsClose: { day: '31', month: '3', year: '2026' },
    startDate: { day: '1', month: '5', year: '2026' },
  };

  it('gives the input to send when everything is right', () => {
    expect(checkCohortDraft(filled)).toEqual({
      problems: [],
      input: {
        programmeId: 'p1',
        name: 'Spring 2026',
        code: '2026-SPRING',
        applicationsOpen: '2026-03-01',
        applicationsClose: '2026-03-31',
        startDate: '2026-05-01',
      },
    });
  });

  it('reports every problem at once', () => {
    const { problems, input } = checkCohortDraft(emptyCohortDraft('p1'));
    expect(input).toBeNull();
    expect(problems.map((problem) => problem.message)).toEqual([
      'Enter the cohort name',
      'Enter a cohort code',
      'Enter the date applications open',
      'Enter the date applications close',
      'Enter the start date',
    ]);
  });

  it('checks real dates and their order', () => {
    expect(
      checkCohortDraft({ ...filled, applicationsOpen: { day: '30', month: '2', year: '2026' } })
        .problems,
    ).toEqual([
      { field: 'applicationsOpen', message: 'The date applications open must be a real date' },
    ]);
    expect(
      checkCohortDraft({ ...filled, applicationsClose: { day: '1', month: '2', year: '2026' } })
        .problems[0].field,
    ).toBe('applicationsClose');
    expect(
      checkCohortDraft({ ...filled, startDate: { day: '30', month: '3', year: '2026' } }).problems,
    ).toEqual([
      {
        field: 'startDate',
        message: 'The start date must be on or after the date applications close',
      },
    ]);
  });
});

describe('rules in words', () => {
  const catapult: RulesLike = {
    type: 'mentoring',
    durationMonths: 12,
    participatingDepartments: [],
    eligibility: { sebGroups: ['lower'], departments: [], careLeaver: false },
    matchingRules: {
      mentorMinimumGrade: 'G7',
      minimumGradeGap: 1,
      profession: 'any',
      department: 'any',
      defaultMentorCapacity: 2,
    },
  };

  it('describes a Catapult-style programme', () => {
    expect(programmeRows(catapult)).toEqual([
      { key: 'Type', value: 'Mentoring' },
      { key: 'Length', value: '12 months' },
      { key: 'Departments taking part', value: 'Any department' },
    ]);
    expect(eligibilityRows(catapult)).toEqual([
      { key: 'Who can apply', value: 'Lower socio-economic background only' },
      { key: 'Grades that can apply', value: 'Any grade' },
      { key: 'Departments that can apply', value: 'Any department' },
    ]);
    expect(matchingRows(catapult)).toContainEqual({
      key: 'Mentor grade',
      value: 'Grade 7 (G7) or above',
    });
  });

  it('describes sponsorship across departments, with ranges and care leavers', () => {
    const sponsorship: RulesLike = {
      ...catapult,
      type: 'sponsorship',
      participatingDepartments: ['DWP', 'HMRC'],
      eligibility: {
        sebGroups: ['lower', 'intermediate'],
        departments: ['DWP', 'HMRC'],
        careLeaver: true,
        minimumGrade: 'AA',
        maximumGrade: 'HEO',
        minimumAge: 16,
        maximumAge: 25,
      },
      matchingRules: {
        ...catapult.matchingRules,
        mentorMinimumGrade: 'SCS1',
        department: 'other',
        maximumGradeGap: 4,
      },
    };
    expect(programmeRows(sponsorship)[2].value).toBe(
      'Work and Pensions and HM Revenue and Customs',
    );
    expect(eligibilityRows(sponsorship)).toEqual([
      { key: 'Who can apply', value: 'Lower and intermediate socio-economic background only' },
      {
        key: 'Grades that can apply',
        value: 'Administrative Assistant to Higher Executive Officer',
      },
      { key: 'Departments that can apply', value: 'Work and Pensions and HM Revenue and Customs' },
      { key: 'Care leavers', value: 'Care leavers only' },
      { key: 'Age', value: '16 to 25 on the day the cohort starts' },
    ]);
    expect(matchingRows(sponsorship)).toEqual([
      { key: 'Sponsor grade', value: 'Deputy Director (SCS1) or above' },
      { key: 'Grade gap', value: '1 to 4 grades above the mentee' },
      { key: 'Sponsor’s profession', value: 'Any profession' },
      { key: 'Sponsor’s department', value: 'A different department from the mentee’s' },
      { key: 'Mentees per sponsor', value: '2 unless they say otherwise' },
    ]);
  });
});
