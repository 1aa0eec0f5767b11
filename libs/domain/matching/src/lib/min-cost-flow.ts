import { EdgeFlows } from './edge-flows';
import { IndexedPairHeap } from './indexed-pair-heap';

/**
 * A bipartite transport problem: every row places each unit of its supply either on a
 * column (one unit per edge, at most `colCapacity` units per column) or on its own "unplaced"
 * slot. Placing a unit on edge e costs (-1, -score[e]); leaving it unplaced costs (0, 0).
 * Costs compare lexicographically, so the minimum places as many units as possible and, among
 * those placements, has the largest total score — exactly, with no big-M constant.
 */
export interface TransportProblem {
  readonly rowCount: number;
  readonly colCount: number;
  readonly rowSupply: Int32Array;
  readonly colCapacity: Int32Array;
  readonly edgeRow: Int32Array;
  readonly edgeCol: Int32Array;
  readonly edgeScore: Float64Array;
}

/**
 * Successive shortest paths from one supply unit at a time (a transportation-problem SSP:
 * any node with excess may be augmented next, so rows need not be processed in cost order).
 * Johnson potentials keep every residual arc's reduced cost >= 0 in the lexicographic order,
 * which is the optimality certificate; Dijkstra stops as soon as the sink is settled and only
 * the settled nodes' potentials move. Returns the flow (0/1) on each edge.
 */
export function solveTransport(problem: TransportProblem): Uint8Array {
  const solver = new TransportSolver(problem);
  for (let row = 0; row < problem.rowCount; row++) {
    for (let unit = 0; unit < problem.rowSupply[row]; unit++) solver.placeUnitFrom(row);
  }
  return solver.flows.flow;
}

// Node ids: the sink is 0 (so it wins ties and searches stop early), rows 1..R, columns R+1..
const SINK = 0;

class TransportSolver {
  readonly flows: EdgeFlows;
  private readonly rowStart: Int32Array;
  private readonly rowEdges: Int32Array;
  private readonly colLoad: Int32Array;
  private readonly unplaced: Int32Array;
  private readonly potMajor: Float64Array;
  private readonly potMinor: Float64Array;
  private readonly distMajor: Float64Array;
  private readonly distMinor: Float64Array;
  private readonly pred: Int32Array;
  private readonly seen: Int32Array;
  private readonly settled: Int32Array;
  private readonly settledList: Int32Array;
  private readonly heap: IndexedPairHeap;
  private readonly firstCol: number;
  private stamp = 0;
  private settledCount = 0;

  constructor(private readonly p: TransportProblem) {
    const nodes = 1 + p.rowCount + p.colCount;
    const edges = p.edgeRow.length;
    this.firstCol = 1 + p.rowCount;
    this.flows = new EdgeFlows(p.edgeCol, p.colCount);
    this.rowStart = new Int32Array(p.rowCount + 1);
    this.rowEdges = new Int32Array(edges);
    for (let e = 0; e < edges; e++) this.rowStart[p.edgeRow[e] + 1]++;
    for (let r = 0; r < p.rowCount; r++) this.rowStart[r + 1] += this.rowStart[r];
    const fill = this.rowStart.slice(0, p.rowCount);
    for (let e = 0; e < edges; e++) this.rowEdges[fill[p.edgeRow[e]]++] = e;
    this.colLoad = new Int32Array(p.colCount);
    this.unplaced = new Int32Array(p.rowCount);
    this.potMajor = new Float64Array(nodes);
    this.potMinor = new Float64Array(nodes);
    this.distMajor = new Float64Array(nodes);
    this.distMinor = new Float64Array(nodes);
    this.pred = new Int32Array(nodes);
    this.seen = new Int32Array(nodes);
    this.settled = new Int32Array(nodes);
    this.settledList = new Int32Array(nodes);
    this.heap = new IndexedPairHeap(nodes, this.distMajor, this.distMinor);
    // Feasible start: sink and columns at 0, each row at (1, its best score).
    for (let r = 0; r < p.rowCount; r++) {
      let best = 0;
      for (let k = this.rowStart[r]; k < this.rowStart[r + 1]; k++) {
        best = Math.max(best, p.edgeScore[this.rowEdges[k]]);
      }
      this.potMajor[1 + r] = 1;
      this.potMinor[1 + r] = best;
    }
  }

  placeUnitFrom(row: number): void {
    const source = 1 + row;
    this.stamp++;
    this.settledCount = 0;
    this.relax(source, 0, 0, -1);
    while (!this.heap.isEmpty()) {
      const node = this.heap.pop();
      this.settled[node] = this.stamp;
      this.settledList[this.settledCount++] = node;
      if (node === SINK) break;
      if (node < this.firstCol) this.expandRow(node);
      else this.expandCol(node);
    }
    this.heap.clear();
    // The row's own unplaced slot is always open, so the sink is always reached.
    this.shiftPotentials();
    this.augment(source);
  }

  private expandRow(node: number): void {
    const { edgeCol, edgeScore } = this.p;
    const flow = this.flows.flow;
    const row = node - 1;
    for (let k = this.rowStart[row], end = this.rowStart[row + 1]; k < end; k++) {
      const e = this.rowEdges[k];
      if (flow[e] === 1) continue;
      const col = this.firstCol + edgeCol[e];
      if (this.settled[col] !== this.stamp) this.relaxArc(node, col, -1, -edgeScore[e], e);
    }
    if (this.unplaced[row] < this.p.rowSupply[row]) this.relaxArc(node, SINK, 0, 0, node);
  }

  private expandCol(node: number): void {
    const { edgeRow, edgeScore } = this.p;
    const col = node - this.firstCol;
    if (this.colLoad[col] < this.p.colCapacity[col]) this.relaxArc(node, SINK, 0, 0, node);
    for (let e = this.flows.first(col); e >= 0; e = this.flows.after(e)) {
      const row = 1 + edgeRow[e];
      if (this.settled[row] !== this.stamp) this.relaxArc(node, row, 1, edgeScore[e], e);
    }
  }

  /**
   * Relaxes the residual arc from..to of cost (costMajor, costMinor) using its reduced cost.
   * A reduced cost that rounds to a hair below (0, 0) is clamped to zero, never propagated.
   */
  private relaxArc(from: number, to: number, costMajor: number, costMinor: number, via: number) {
    const fromMajor = this.distMajor[from];
    const fromMinor = this.distMinor[from];
    const major = fromMajor + costMajor + this.potMajor[from] - this.potMajor[to];
    let minor = fromMinor + costMinor + this.potMinor[from] - this.potMinor[to];
    if (major === fromMajor && minor < fromMinor) minor = fromMinor;
    this.relax(to, major, minor, via);
  }

  private relax(node: number, major: number, minor: number, via: number): void {
    if (this.seen[node] === this.stamp) {
      const m = this.distMajor[node];
      if (major > m || (major === m && minor >= this.distMinor[node])) return;
    } else {
      this.seen[node] = this.stamp;
    }
    this.distMajor[node] = major;
    this.distMinor[node] = minor;
    this.pred[node] = via;
    this.heap.upsert(node);
  }

  /** Settled nodes move by (dist - dist(sink)); the rest implicitly by 0 (a constant shift). */
  private shiftPotentials(): void {
    const sinkMajor = this.distMajor[SINK];
    const sinkMinor = this.distMinor[SINK];
    for (let i = 0; i < this.settledCount; i++) {
      const node = this.settledList[i];
      this.potMajor[node] += this.distMajor[node] - sinkMajor;
      this.potMinor[node] += this.distMinor[node] - sinkMinor;
    }
  }

  private augment(source: number): void {
    const { edgeRow, edgeCol } = this.p;
    let node = this.pred[SINK];
    if (node < this.firstCol) this.unplaced[node - 1]++;
    else this.colLoad[node - this.firstCol]++;
    while (node !== source) {
      const e = this.pred[node];
      if (node >= this.firstCol) {
        this.flows.add(e);
        node = 1 + edgeRow[e];
      } else {
        this.flows.remove(e);
        node = this.firstCol + edgeCol[e];
      }
    }
  }
}
