import { MatchingInputError } from './matching-input-error';
import type { AssignmentInput, CandidateEdge, MenteeRef, MentorSeats, PairRef } from './types';

type Fields = Record<string, unknown>;

/**
 * Checks parsed JSON against the `match` input contract and returns it typed. Throws
 * MatchingInputError naming the first problem found (path, value and rule broken).
 */
export function validateAssignmentInput(value: unknown): AssignmentInput {
  const root = record(value, 'input');
  const mentees = list(root['mentees'], 'mentees').map((item, i): MenteeRef => {
    return { id: id(record(item, `mentees[${i}]`)['id'], `mentees[${i}].id`) };
  });
  const mentors = list(root['mentors'], 'mentors').map((item, i): MentorSeats => {
    const fields = record(item, `mentors[${i}]`);
    return { id: id(fields['id'], `mentors[${i}].id`), capacity: capacity(fields, i) };
  });
  const menteeIndex = uniqueIndex(mentees, 'mentee', 'mentees');
  const mentorIndex = uniqueIndex(mentors, 'mentor', 'mentors');

  const edgeAt = new Map<number, number>();
  const edges = list(root['edges'], 'edges').map((item, i): CandidateEdge => {
    const fields = record(item, `edges[${i}]`);
    const e = known(fields['mentee'], menteeIndex, `edges[${i}].mentee`, 'mentee');
    const m = known(fields['mentor'], mentorIndex, `edges[${i}].mentor`, 'mentor');
    const [mentee, mentor] = [mentees[e].id, mentors[m].id];
    const key = e * mentors.length + m;
    const first = edgeAt.get(key);
    if (first !== undefined) {
      throw new MatchingInputError(
        `edges[${i}]: duplicate edge ${mentee} → ${mentor} (first at edges[${first}])`,
      );
    }
    edgeAt.set(key, i);
    return { mentee, mentor, score: score(fields['score'], `edges[${i}].score`) };
  });

  if (root['locked'] === undefined) return { mentees, mentors, edges };
  const locked = list(root['locked'], 'locked').map((item, i): PairRef => {
    const fields = record(item, `locked[${i}]`);
    const e = known(fields['mentee'], menteeIndex, `locked[${i}].mentee`, 'mentee');
    const m = known(fields['mentor'], mentorIndex, `locked[${i}].mentor`, 'mentor');
    const [mentee, mentor] = [mentees[e].id, mentors[m].id];
    if (!edgeAt.has(e * mentors.length + m)) {
      throw new MatchingInputError(`locked[${i}]: ${mentee} → ${mentor} is not an edge`);
    }
    return { mentee, mentor };
  });
  checkLockedSeats(locked, mentors);
  return { mentees, mentors, edges, locked };
}

function checkLockedSeats(locked: readonly PairRef[], mentors: readonly MentorSeats[]): void {
  const lockedMentees = new Set<string>();
  const seatsTaken = new Map<string, number>();
  locked.forEach((pair, i) => {
    if (lockedMentees.has(pair.mentee)) {
      throw new MatchingInputError(`locked[${i}].mentee: mentee "${pair.mentee}" is locked twice`);
    }
    lockedMentees.add(pair.mentee);
    seatsTaken.set(pair.mentor, (seatsTaken.get(pair.mentor) ?? 0) + 1);
  });
  for (const mentor of mentors) {
    const taken = seatsTaken.get(mentor.id) ?? 0;
    if (taken > mentor.capacity) {
      throw new MatchingInputError(
        `locked: mentor "${mentor.id}" has ${taken} locked pairs but capacity ${mentor.capacity}`,
      );
    }
  }
}

function record(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MatchingInputError(`${path}: expected an object, got ${describe(value)}`);
  }
  return value as Fields;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) {
    throw new MatchingInputError(`${path}: expected an array, got ${describe(value)}`);
  }
  return value;
}

function id(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new MatchingInputError(`${path}: expected a non-empty string id, got ${describe(value)}`);
  }
  return value;
}

function capacity(fields: Fields, i: number): number {
  const value = fields['capacity'];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new MatchingInputError(
      `mentors[${i}].capacity: expected a whole number ≥ 0, got ${describe(value)}`,
    );
  }
  return value;
}

function score(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new MatchingInputError(`${path}: expected a finite number ≥ 0, got ${describe(value)}`);
  }
  return value;
}

function uniqueIndex(
  items: readonly { id: string }[],
  kind: string,
  path: string,
): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const first = index.get(item.id);
    if (first !== undefined) {
      throw new MatchingInputError(
        `${path}[${i}].id: duplicate ${kind} id "${item.id}" (first at ${path}[${first}])`,
      );
    }
    index.set(item.id, i);
  });
  return index;
}

/** The position of a referenced id, which must exist. */
function known(value: unknown, index: Map<string, number>, path: string, kind: string): number {
  const key = id(value, path);
  const at = index.get(key);
  if (at === undefined) throw new MatchingInputError(`${path}: unknown ${kind} id "${key}"`);
  return at;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
