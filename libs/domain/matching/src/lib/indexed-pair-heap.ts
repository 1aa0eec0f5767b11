/**
 * Binary min-heap of node ids keyed by a lexicographic pair (major, minor) read from the
 * caller's arrays, with decrease-key. Equal keys pop the lower node id first, so searches
 * are deterministic and prefer earlier input.
 */
export class IndexedPairHeap {
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  private size = 0;

  constructor(
    capacity: number,
    private readonly major: Float64Array,
    private readonly minor: Float64Array,
  ) {
    this.items = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  isEmpty(): boolean {
    return this.size === 0;
  }

  /** Inserts the node, or restores heap order after its key decreased. */
  upsert(node: number): void {
    let at = this.position[node];
    if (at < 0) {
      at = this.size++;
      this.items[at] = node;
      this.position[node] = at;
    }
    this.siftUp(at);
  }

  pop(): number {
    const top = this.items[0];
    this.position[top] = -1;
    const last = this.items[--this.size];
    if (this.size > 0) {
      this.items[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.position[this.items[i]] = -1;
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ma = this.major[a];
    const mb = this.major[b];
    if (ma !== mb) return ma < mb;
    const na = this.minor[a];
    const nb = this.minor[b];
    return na !== nb ? na < nb : a < b;
  }

  private siftUp(start: number): void {
    const node = this.items[start];
    let at = start;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.items[parentAt];
      if (!this.less(node, parent)) break;
      this.items[at] = parent;
      this.position[parent] = at;
      at = parentAt;
    }
    this.items[at] = node;
    this.position[node] = at;
  }

  private siftDown(start: number): void {
    const node = this.items[start];
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.less(this.items[child + 1], this.items[child])) child++;
      const childNode = this.items[child];
      if (!this.less(childNode, node)) break;
      this.items[at] = childNode;
      this.position[childNode] = at;
      at = child;
    }
    this.items[at] = node;
    this.position[node] = at;
  }
}
