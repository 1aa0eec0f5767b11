import { MatchingInputError } from './matching-input-error';
import { solveTransport, TransportProblem } from './min-cost-flow';
import type { AssignedPair, AssignmentInput, AssignmentResult } from './types';

/**
 * Exact assignment: the most matched mentees, then the highest total score, within mentor
 * capacities and with every locked pair kept. Expects input that passed
 * validateAssignmentInput; unknown ids and impossible locks still throw MatchingInputError.
 */
export function solveAssignment(input: AssignmentInput): AssignmentResult {
  const menteeIndex = indexIds(input.mentees);
  const mentorIndex = indexIds(input.mentors);
  const capacity = Int32Array.from(input.mentors, (m) => m.capacity);
  const lockedTo = lockPairs(input, menteeIndex, mentorIndex, capacity);
  const mentorOf = new Int32Array(input.mentees.length).fill(-1);
  const scoreOf = new Float64Array(input.mentees.length);

  const edgeCount = input.edges.length;
  const edgeMentee = new Int32Array(edgeCount);
  const edgeMentor = new Int32Array(edgeCount);
  const edgeScore = new Float64Array(edgeCount);
  let open = 0;
  for (let i = 0; i < edgeCount; i++) {
    const edge = input.edges[i];
    const mentee = lookup(menteeIndex, edge.mentee, `edges[${i}].mentee`);
    const mentor = lookup(mentorIndex, edge.mentor, `edges[${i}].mentor`);
    if (lockedTo[mentee] === mentor) {
      mentorOf[mentee] = mentor;
      scoreOf[mentee] = edge.score;
    } else if (lockedTo[mentee] < 0 && capacity[mentor] > 0) {
      edgeMentee[open] = mentee;
      edgeMentor[open] = mentor;
      edgeScore[open++] = edge.score;
    }
  }
  lockedTo.forEach((mentor, mentee) => {
    if (mentor >= 0 && mentorOf[mentee] !== mentor) {
      throw new MatchingInputError(
        `locked: ${input.mentees[mentee].id} → ${input.mentors[mentor].id} is not an edge`,
      );
    }
  });

  const flow = solveTransport(
    orient(
      edgeMentee.subarray(0, open),
      edgeMentor.subarray(0, open),
      edgeScore.subarray(0, open),
      input.mentees.length,
      capacity,
    ),
  );
  for (let e = 0; e < flow.length; e++) {
    if (flow[e] === 1) {
      mentorOf[edgeMentee[e]] = edgeMentor[e];
      scoreOf[edgeMentee[e]] = edgeScore[e];
    }
  }
  return buildResult(input, mentorOf, scoreOf);
}

function indexIds(items: readonly { readonly id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => index.set(item.id, i));
  return index;
}

function lookup(index: Map<string, number>, id: string, field: string): number {
  const found = index.get(id);
  if (found === undefined) throw new MatchingInputError(`${field}: unknown id "${id}"`);
  return found;
}

/** Marks each locked mentee's mentor and takes the seat out of that mentor's capacity. */
function lockPairs(
  input: AssignmentInput,
  menteeIndex: Map<string, number>,
  mentorIndex: Map<string, number>,
  capacity: Int32Array,
): Int32Array {
  const lockedTo = new Int32Array(input.mentees.length).fill(-1);
  (input.locked ?? []).forEach((pair, i) => {
    const mentee = lookup(menteeIndex, pair.mentee, `locked[${i}].mentee`);
    const mentor = lookup(mentorIndex, pair.mentor, `locked[${i}].mentor`);
    if (lockedTo[mentee] >= 0) {
      throw new MatchingInputError(`locked[${i}]: mentee "${pair.mentee}" is locked twice`);
    }
    if (capacity[mentor] <= 0) {
      throw new MatchingInputError(`locked[${i}]: mentor "${pair.mentor}" has no capacity left`);
    }
    lockedTo[mentee] = mentor;
    capacity[mentor]--;
  });
  return lockedTo;
}

/**
 * Rows are whichever side offers fewer units: every row search then ends quickly at one of
 * the many free columns. Both orientations describe the same optimisation problem.
 */
function orient(
  edgeMentee: Int32Array,
  edgeMentor: Int32Array,
  edgeScore: Float64Array,
  menteeCount: number,
  capacity: Int32Array,
): TransportProblem {
  const menteeDegree = new Int32Array(menteeCount);
  const mentorDegree = new Int32Array(capacity.length);
  for (let e = 0; e < edgeMentee.length; e++) {
    menteeDegree[edgeMentee[e]]++;
    mentorDegree[edgeMentor[e]]++;
  }
  const menteeUnits = Int32Array.from(menteeDegree, (d) => Math.min(1, d));
  const mentorUnits = Int32Array.from(mentorDegree, (d, m) => Math.min(capacity[m], d));
  const mentorsAreRows = sum(mentorUnits) <= sum(menteeUnits);
  return mentorsAreRows
    ? {
        rowCount: capacity.length,
        colCount: menteeCount,
        rowSupply: mentorUnits,
        colCapacity: menteeUnits,
        edgeRow: edgeMentor,
        edgeCol: edgeMentee,
        edgeScore,
      }
    : {
        rowCount: menteeCount,
        colCount: capacity.length,
        rowSupply: menteeUnits,
        colCapacity: mentorUnits,
        edgeRow: edgeMentee,
        edgeCol: edgeMentor,
        edgeScore,
      };
}

function sum(values: Int32Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function buildResult(
  input: AssignmentInput,
  mentorOf: Int32Array,
  scoreOf: Float64Array,
): AssignmentResult {
  const pairs: AssignedPair[] = [];
  const unmatched: string[] = [];
  let total = 0;
  input.mentees.forEach((mentee, i) => {
    if (mentorOf[i] < 0) {
      unmatched.push(mentee.id);
      return;
    }
    pairs.push({ mentee: mentee.id, mentor: input.mentors[mentorOf[i]].id, score: scoreOf[i] });
    total += scoreOf[i];
  });
  return { pairs, unmatched, matched: pairs.length, total_score: total };
}
