/**
 * Results kept while the data behind them is unchanged. A "generation" counts the changes this
 * process has heard of; a result is kept only if no change was heard while it was computed, and
 * served only in the generation it was computed in. Callers asking for the same key at the same
 * time share one computation.
 */
export class GenerationCache<V> {
  private readonly entries = new Map<string, { generation: number; value: V }>();
  private readonly pending = new Map<string, { generation: number; promise: Promise<V> }>();

  constructor(private readonly maxEntries: number) {}

  /** `generation()` is read before and after computing; null means "not tracking: do not keep". */
  async get(key: string, generation: () => number | null, compute: () => Promise<V>): Promise<V> {
    const started = generation();
    if (started === null) return compute();
    const kept = this.entries.get(key);
    if (kept?.generation === started) return kept.value;
    const inFlight = this.pending.get(key);
    if (inFlight?.generation === started) return inFlight.promise;

    const promise = compute();
    this.pending.set(key, { generation: started, promise });
    try {
      const value = await promise;
      if (generation() === started) this.keep(key, started, value);
      return value;
    } finally {
      if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private keep(key: string, generation: number, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { generation, value });
    // Map order is insertion order: the first key is the one kept longest ago.
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
