import { MatchingInputError } from '../matching-input-error';
import { validateAssignmentInput } from '../validate-input';

function valid(): Record<string, unknown> {
  return {
    mentees: [{ id: 'e1' }, { id: 'e2' }],
    mentors: [
      { id: 'm1', capacity: 1 },
      { id: 'm2', capacity: 2 },
    ],
    edges: [
      { mentee: 'e1', mentor: 'm1', score: 0.5 },
      { mentee: 'e2', mentor: 'm1', score: 0 },
      { mentee: 'e2', mentor: 'm2', score: 1 },
    ],
  };
}

function messageFor(input: unknown): string {
  try {
    validateAssignmentInput(input);
  } catch (error) {
    if (error instanceof MatchingInputError) return error.message;
    throw error;
  }
  throw new Error('expected a MatchingInputError');
}

describe(validateAssignmentInput.name, () => {
  it('returns the typed input, keeping only the contract fields', () => {
    const input = valid();
    input['mentees'] = [{ id: 'e1', extra: true }, { id: 'e2' }];
    expect(validateAssignmentInput(input)).toEqual({ ...valid() });
  });

  it('accepts and returns locked pairs that are edges within capacity', () => {
    const input = { ...valid(), locked: [{ mentee: 'e2', mentor: 'm2' }] };
    expect(validateAssignmentInput(input).locked).toEqual([{ mentee: 'e2', mentor: 'm2' }]);
  });

  it.each([
    ['a non-object input', [], 'input: expected an object, got []'],
    ['missing mentees', { mentors: [], edges: [] }, 'mentees: expected an array, got nothing'],
    [
      'a mentee without id',
      { ...valid(), mentees: [{}] },
      'mentees[0].id: expected a non-empty string id, got nothing',
    ],
    [
      'a numeric mentor id',
      { ...valid(), mentors: [{ id: 7, capacity: 1 }] },
      'mentors[0].id: expected a non-empty string id, got 7',
    ],
    [
      'a duplicate mentee id',
      { ...valid(), mentees: [{ id: 'e1' }, { id: 'e1' }] },
      'mentees[1].id: duplicate mentee id "e1" (first at mentees[0])',
    ],
    [
      'a duplicate mentor id',
      {
        ...valid(),
        mentors: [
          { id: 'm1', capacity: 1 },
          { id: 'm1', capacity: 1 },
        ],
      },
      'mentors[1].id: duplicate mentor id "m1"',
    ],
    [
      'a negative capacity',
      {
        ...valid(),
        mentors: [
          { id: 'm1', capacity: -1 },
          { id: 'm2', capacity: 1 },
        ],
      },
      'mentors[0].capacity: expected a whole number ≥ 0, got -1',
    ],
    [
      'a fractional capacity',
      {
        ...valid(),
        mentors: [
          { id: 'm1', capacity: 1.5 },
          { id: 'm2', capacity: 1 },
        ],
      },
      'mentors[0].capacity: expected a whole number ≥ 0, got 1.5',
    ],
    [
      'a missing capacity',
      { ...valid(), mentors: [{ id: 'm1' }, { id: 'm2', capacity: 1 }] },
      'mentors[0].capacity: expected a whole number ≥ 0, got nothing',
    ],
    [
      'an unknown mentee in an edge',
      { ...valid(), edges: [{ mentee: 'zz', mentor: 'm1', score: 1 }] },
      'edges[0].mentee: unknown mentee id "zz"',
    ],
    [
      'an unknown mentor in an edge',
      { ...valid(), edges: [{ mentee: 'e1', mentor: 'zz', score: 1 }] },
      'edges[0].mentor: unknown mentor id "zz"',
    ],
    [
      'a duplicate edge',
      {
        ...valid(),
        edges: [
          { mentee: 'e1', mentor: 'm1', score: 1 },
          { mentee: 'e1', mentor: 'm1', score: 2 },
        ],
      },
      'edges[1]: duplicate edge e1 → m1 (first at edges[0])',
    ],
    [
      'an infinite score',
      { ...valid(), edges: [{ mentee: 'e1', mentor: 'm1', score: Infinity }] },
      'edges[0].score: expected a finite number ≥ 0, got Infinity',
    ],
    [
      'a negative score',
      { ...valid(), edges: [{ mentee: 'e1', mentor: 'm1', score: -0.1 }] },
      'edges[0].score: expected a finite number ≥ 0, got -0.1',
    ],
    [
      'a string score',
      { ...valid(), edges: [{ mentee: 'e1', mentor: 'm1', score: '1' }] },
      'edges[0].score: expected a finite number ≥ 0, got "1"',
    ],
    [
      'locked that is not an array',
      { ...valid(), locked: {} },
      'locked: expected an array, got {}',
    ],
    [
      'a locked pair that is not an edge',
      { ...valid(), locked: [{ mentee: 'e1', mentor: 'm2' }] },
      'locked[0]: e1 → m2 is not an edge',
    ],
    [
      'a locked pair with an unknown mentee',
      { ...valid(), locked: [{ mentee: 'x', mentor: 'm2' }] },
      'locked[0].mentee: unknown mentee id "x"',
    ],
    [
      'a mentee locked twice',
      {
        ...valid(),
        locked: [
          { mentee: 'e2', mentor: 'm1' },
          { mentee: 'e2', mentor: 'm2' },
        ],
      },
      'locked[1].mentee: mentee "e2" is locked twice',
    ],
    [
      'locks beyond a capacity',
      {
        ...valid(),
        locked: [
          { mentee: 'e1', mentor: 'm1' },
          { mentee: 'e2', mentor: 'm1' },
        ],
      },
      'locked: mentor "m1" has 2 locked pairs but capacity 1',
    ],
  ])('rejects %s with a message naming it', (_case, input, message) => {
    expect(messageFor(input)).toContain(message);
  });
});
