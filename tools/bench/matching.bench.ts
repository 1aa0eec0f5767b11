// Benchmark of the exact assignment engine against a best-pair-first greedy on one seeded
// instance: 10,000 mentees × 3,000 mentors, ~50 candidate mentors each, capacities 1–3.
//   npm run bench:matching [-- --write-instance FILE.json]
import { writeFileSync } from 'node:fs';
import { solveAssignment } from '@pathways/domain-matching';
import type { AssignmentInput, CandidateEdge } from '@pathways/domain-matching';

const MENTEES = 10_000;
const MENTORS = 3_000;
const CANDIDATES = 50;
const SEED = 20_240_601;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateInstance(): AssignmentInput {
  const random = mulberry32(SEED);
  const mentees = Array.from({ length: MENTEES }, (_, i) => ({ id: `e${i}` }));
  const mentors = Array.from({ length: MENTORS }, (_, i) => ({
    id: `m${i}`,
    capacity: 1 + Math.floor(random() * 3),
  }));
  const edges: CandidateEdge[] = [];
  const pool = Int32Array.from({ length: MENTORS }, (_, i) => i);
  for (let e = 0; e < MENTEES; e++) {
    // 40–60 distinct mentors by a partial Fisher–Yates shuffle of the pool.
    const count = CANDIDATES - 10 + Math.floor(random() * 21);
    for (let k = 0; k < count; k++) {
      const j = k + Math.floor(random() * (MENTORS - k));
      const picked = pool[j];
      pool[j] = pool[k];
      pool[k] = picked;
      const score = Math.round(random() * 1e6) / 1e6;
      edges.push({ mentee: mentees[e].id, mentor: mentors[picked].id, score });
    }
  }
  return { mentees, mentors, edges };
}

/** Best-pair-first: take edges by falling score while both sides still have room. */
function greedy(input: AssignmentInput): { matched: number; totalScore: number } {
  const seats = new Map(input.mentors.map((m) => [m.id, m.capacity]));
  const taken = new Set<string>();
  const order = input.edges.map((_, i) => i);
  order.sort((a, b) => input.edges[b].score - input.edges[a].score || a - b);
  let totalScore = 0;
  for (const i of order) {
    const edge = input.edges[i];
    const left = seats.get(edge.mentor) ?? 0;
    if (left === 0 || taken.has(edge.mentee)) continue;
    seats.set(edge.mentor, left - 1);
    taken.add(edge.mentee);
    totalScore += edge.score;
  }
  return { matched: taken.size, totalScore };
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function main(): void {
  const args = process.argv.slice(2);
  const writeAt = args.indexOf('--write-instance');
  process.stderr.write(`generating ${MENTEES} mentees × ${MENTORS} mentors (seed ${SEED})\n`);
  const input = generateInstance();
  process.stderr.write(`${input.edges.length} candidate edges\n`);
  if (writeAt >= 0 && args[writeAt + 1]) {
    writeFileSync(args[writeAt + 1], JSON.stringify(input));
    process.stderr.write(`instance written to ${args[writeAt + 1]}\n`);
  }

  process.stderr.write('greedy baseline (best pair first)…\n');
  let start = process.hrtime.bigint();
  const baseline = greedy(input);
  const baselineSeconds = seconds(start);

  process.stderr.write('exact solve…\n');
  start = process.hrtime.bigint();
  const result = solveAssignment(input);
  const solveSeconds = seconds(start);

  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(
    `exact: ${result.matched} matched in ${solveSeconds.toFixed(3)} s; ` +
      `greedy: ${baseline.matched} matched in ${baselineSeconds.toFixed(3)} s\n`,
  );
  process.stdout.write(
    `RESULT matching seconds=${solveSeconds.toFixed(3)} peak_mb=${peakMb.toFixed(0)} ` +
      `matched=${result.matched} total_score=${result.total_score.toFixed(6)} ` +
      `baseline_seconds=${baselineSeconds.toFixed(3)} baseline_matched=${baseline.matched} ` +
      `baseline_total_score=${baseline.totalScore.toFixed(6)} ` +
      `ratio=${(solveSeconds / baselineSeconds).toFixed(2)}\n`,
  );
}

main();
