/**
 * Which edges carry flow (0/1), with each column's flowing edges on a doubly linked list so
 * a search can walk back from a column to the rows using it without scanning its edges.
 */
export class EdgeFlows {
  readonly flow: Uint8Array;
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;

  constructor(
    private readonly edgeCol: Int32Array,
    colCount: number,
  ) {
    this.flow = new Uint8Array(edgeCol.length);
    this.head = new Int32Array(colCount).fill(-1);
    this.next = new Int32Array(edgeCol.length).fill(-1);
    this.prev = new Int32Array(edgeCol.length).fill(-1);
  }

  /** First flowing edge into the column, or -1. */
  first(col: number): number {
    return this.head[col];
  }

  /** The column's flowing edge after e, or -1. */
  after(e: number): number {
    return this.next[e];
  }

  add(e: number): void {
    const col = this.edgeCol[e];
    const head = this.head[col];
    this.flow[e] = 1;
    this.prev[e] = -1;
    this.next[e] = head;
    if (head >= 0) this.prev[head] = e;
    this.head[col] = e;
  }

  remove(e: number): void {
    const prev = this.prev[e];
    const next = this.next[e];
    this.flow[e] = 0;
    if (prev >= 0) this.next[prev] = next;
    else this.head[this.edgeCol[e]] = next;
    if (next >= 0) this.prev[next] = prev;
  }
}
