import { solveAssignment, validateAssignmentInput } from '@pathways/domain-matching';
import { MatchingPool, PoolMentee, PoolMentor, prepareMatching } from '../matching/matching-input';

const mentee = (id: string, fields: Partial<PoolMentee> = {}): PoolMentee => ({
  applicationId: id,
  personId: `person-${id}`,
  person: { gradeCode: 'EO', departmentCode: 'MOJ', professionCode: 'policy', regionCode: 'TLC' },
  topics: ['confidence'],
  professionPreference: 'any',
  departmentPreference: 'any',
  region: null,
  previouslyUnmatched: false,
  ...fields,
});

const mentor = (id: string, fields: Partial<PoolMentor> = {}): PoolMentor => ({
  offerId: id,
  personId: `person-${id}`,
  person: { gradeCode: 'G7', departmentCode: 'DWP', professionCode: 'policy', regionCode: 'TLC' },
  capacity: 1,
  topics: ['confidence'],
  professions: [],
  paused: false,
  ...fields,
});

const pool = (fields: Partial<MatchingPool>): MatchingPool => ({
  mentees: [],
  mentors: [],
  kept: [],
  excluded: [],
  rules: { mentorMinimumGrade: 'G7', minimumGradeGap: 1, profession: 'any', department: 'any' },
  weights: {},
  ...fields,
});

const edgesOf = (prepared: ReturnType<typeof prepareMatching>) =>
  prepared.input.edges.map((edge) => `${edge.mentee}→${edge.mentor}`).sort();

describe(prepareMatching.name, () => {
  it('gives the engine application and offer ids, and input it accepts', () => {
    const prepared = prepareMatching(pool({ mentees: [mentee('a')], mentors: [mentor('m')] }));
    expect(() => validateAssignmentInput(JSON.parse(JSON.stringify(prepared.input)))).not.toThrow();
    expect(prepared.input.mentees).toEqual([{ id: 'a' }]);
    expect(prepared.input.mentors).toEqual([{ id: 'm', capacity: 1 }]);
    expect(edgesOf(prepared)).toEqual(['a→m']);
  });

  it('locks kept pairs with their stored score and gives their mentees no other edge', () => {
    const prepared = prepareMatching(
      pool({
        mentees: [mentee('a'), mentee('b')],
        mentors: [mentor('m', { capacity: 2 }), mentor('n')],
        kept: [{ applicationId: 'a', offerId: 'n', score: 0.42 }],
      }),
    );
    expect(prepared.input.locked).toEqual([{ mentee: 'a', mentor: 'n' }]);
    expect(prepared.input.edges).toContainEqual({ mentee: 'a', mentor: 'n', score: 0.42 });
    expect(edgesOf(prepared).filter((edge) => edge.startsWith('a→'))).toEqual(['a→n']);
    expect(solveAssignment(prepared.input).pairs).toContainEqual({
      mentee: 'a',
      mentor: 'n',
      score: 0.42,
    });
  });

  it('counts kept pairs against the mentor’s seats', () => {
    const prepared = prepareMatching(
      pool({
        mentees: [mentee('a'), mentee('b')],
        mentors: [mentor('m', { capacity: 1 })],
        kept: [{ applicationId: 'a', offerId: 'm', score: 0.5 }],
      }),
    );
    expect(edgesOf(prepared)).toEqual(['a→m']);
    expect(solveAssignment(prepared.input).unmatched).toEqual(['b']);
  });

  it('keeps a paused mentor’s pairs but gives them no new mentee', () => {
    const prepared = prepareMatching(
      pool({
        mentees: [mentee('a'), mentee('b')],
        mentors: [mentor('m', { capacity: 3, paused: true })],
        kept: [{ applicationId: 'a', offerId: 'm', score: 0.5 }],
      }),
    );
    expect(prepared.input.mentors).toEqual([{ id: 'm', capacity: 1 }]);
    expect(edgesOf(prepared)).toEqual(['a→m']);
  });

  it('leaves out mentors with no capacity', () => {
    const prepared = prepareMatching(
      pool({ mentees: [mentee('a')], mentors: [mentor('m', { capacity: 0 })] }),
    );
    expect(prepared.input.edges).toEqual([]);
  });

  it('keeps a kept pair even when the mentor has since lowered their capacity', () => {
    const prepared = prepareMatching(
      pool({
        mentees: [mentee('a'), mentee('b')],
        mentors: [mentor('m', { capacity: 1 })],
        kept: [
          { applicationId: 'a', offerId: 'm', score: 0.5 },
          { applicationId: 'b', offerId: 'm', score: 0.5 },
        ],
      }),
    );
    expect(prepared.input.mentors).toEqual([{ id: 'm', capacity: 2 }]);
    expect(solveAssignment(prepared.input).matched).toBe(2);
  });

  it('never proposes excluded pairs (declined or returned) again', () => {
    const prepared = prepareMatching(
      pool({
        mentees: [mentee('a')],
        mentors: [mentor('m'), mentor('n')],
        excluded: [{ mentee: 'a', mentor: 'm' }],
      }),
    );
    expect(edgesOf(prepared)).toEqual(['a→n']);
  });

  it('never pairs a person with themself', () => {
    const prepared = prepareMatching(
      pool({
        mentees: [mentee('a', { personId: 'same' })],
        mentors: [mentor('m', { personId: 'same' })],
      }),
    );
    expect(prepared.input.edges).toEqual([]);
  });

  it('honours a mentee’s department preference as a requirement', () => {
    const sameDepartment = mentor('s', {
      person: { ...mentor('s').person, departmentCode: 'MOJ' },
    });
    const otherDepartment = mentor('o');
    const mentors = [sameDepartment, otherDepartment];
    expect(
      edgesOf(
        prepareMatching(
          pool({ mentees: [mentee('a', { departmentPreference: 'same' })], mentors }),
        ),
      ),
    ).toEqual(['a→s']);
    expect(
      edgesOf(
        prepareMatching(
          pool({ mentees: [mentee('a', { departmentPreference: 'other' })], mentors }),
        ),
      ),
    ).toEqual(['a→o']);
    expect(edgesOf(prepareMatching(pool({ mentees: [mentee('a')], mentors })))).toEqual([
      'a→o',
      'a→s',
    ]);
  });

  it('gives a mentee left unmatched before the priority bonus', () => {
    const prepared = prepareMatching(
      pool({
        mentees: [mentee('a'), mentee('b', { previouslyUnmatched: true })],
        mentors: [mentor('m')],
      }),
    );
    const [a, b] = ['a', 'b'].map(
      (id) => prepared.input.edges.find((edge) => edge.mentee === id)?.score ?? 0,
    );
    expect(b - a).toBeCloseTo(0.25);
    expect(solveAssignment(prepared.input).pairs.map((pair) => pair.mentee)).toEqual(['b']);
  });

  it('uses the application’s region over the person’s own', () => {
    const prepared = prepareMatching(
      pool({ mentees: [mentee('a', { region: 'TLI' })], mentors: [mentor('m')] }),
    );
    expect(prepared.menteeProfiles.get('a')?.region).toBe('TLI');
  });

  it('uses the first profession a mentor knows when their record has none', () => {
    const prepared = prepareMatching(
      pool({
        mentors: [
          mentor('m', {
            person: { ...mentor('m').person, professionCode: null },
            professions: ['finance'],
          }),
        ],
      }),
    );
    expect(prepared.mentorProfiles.get('m')?.profession).toBe('finance');
  });
});
