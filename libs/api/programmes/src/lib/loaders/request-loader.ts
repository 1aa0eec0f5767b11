import DataLoader from 'dataloader';

/**
 * A DataLoader per request without request-scoped providers: the singleton keeps one loader
 * per request object (weakly, so it goes with the request). Field resolvers pass
 * `@Context('req')`.
 */
export abstract class RequestLoader<K, V> {
  private readonly perRequest = new WeakMap<object, DataLoader<K, V>>();

  /** Values in the order of the keys; a missing value is null, not an error. */
  protected abstract batch(keys: readonly K[]): Promise<V[]>;

  load(request: object, key: K): Promise<V> {
    let loader = this.perRequest.get(request);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => this.batch(keys));
      this.perRequest.set(request, loader);
    }
    return loader.load(key);
  }
}

/** Orders rows found by id as the keys asked, null where a key has no row. */
export function byKeys<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string) {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups rows under the keys asked, an empty list where a key has none. */
export function groupedByKeys<T>(
  keys: readonly string[],
  rows: readonly T[],
  keyOf: (row: T) => string,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
