/** The K best (score, index) offers; the worst kept one sits at the root of a min-heap. */
export class TopK {
  private readonly scores: number[] = [];
  private readonly indexes: number[] = [];

  constructor(private readonly limit: number) {}

  offer(score: number, index: number): void {
    if (this.scores.length < this.limit) {
      this.scores.push(score);
      this.indexes.push(index);
      this.siftUp(this.scores.length - 1);
    } else if (this.limit > 0 && this.worse(0, score, index)) {
      this.scores[0] = score;
      this.indexes[0] = index;
      this.siftDown(0);
    }
  }

  /** Kept indexes, best score first, ties by index. */
  sorted(): number[] {
    const order = this.indexes.map((_, i) => i);
    order.sort((a, b) => this.scores[b] - this.scores[a] || this.indexes[a] - this.indexes[b]);
    return order.map((i) => this.indexes[i]);
  }

  /** Whether the kept entry at `at` ranks below (score, index). */
  private worse(at: number, score: number, index: number): boolean {
    const kept = this.scores[at];
    return kept < score || (kept === score && this.indexes[at] > index);
  }

  private siftUp(start: number): void {
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.worse(at, this.scores[parent], this.indexes[parent])) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  private siftDown(start: number): void {
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.scores.length) break;
      const right = child + 1;
      if (
        right < this.scores.length &&
        this.worse(right, this.scores[child], this.indexes[child])
      ) {
        child = right;
      }
      if (!this.worse(child, this.scores[at], this.indexes[at])) break;
      this.swap(at, child);
      at = child;
    }
  }

  private swap(a: number, b: number): void {
    [this.scores[a], this.scores[b]] = [this.scores[b], this.scores[a]];
    [this.indexes[a], this.indexes[b]] = [this.indexes[b], this.indexes[a]];
  }
}
