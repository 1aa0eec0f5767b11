import { GenerationCache } from '../changes/generation-cache';

/** A computation the test finishes by hand, counting how often it was started. */
function deferred() {
  let finish: (value: string) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const started: Promise<string>[] = [];
  const compute = () => {
    const promise = new Promise<string>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
    started.push(promise);
    return promise;
  };
  return { compute, started, finish: (v: string) => finish(v), fail: (e: Error) => fail(e) };
}

describe(GenerationCache.name, () => {
  let generation: number | null;
  const current = () => generation;
  let computed: number;
  const count = (value: string) => () => {
    computed++;
    return Promise.resolve(value);
  };

  beforeEach(() => {
    generation = 0;
    computed = 0;
  });

  it('computes once, then serves the kept value while nothing changes', async () => {
    const cache = new GenerationCache<string>(10);
    expect(await cache.get('a', current, count('first'))).toBe('first');
    expect(await cache.get('a', current, count('second'))).toBe('first');
    expect(computed).toBe(1);
  });

  it('computes again after a change is heard', async () => {
    const cache = new GenerationCache<string>(10);
    await cache.get('a', current, count('before'));
    generation = 1;
    expect(await cache.get('a', current, count('after'))).toBe('after');
    expect(await cache.get('a', current, count('later'))).toBe('after');
    expect(computed).toBe(2);
  });

  it('keeps each key apart', async () => {
    const cache = new GenerationCache<string>(10);
    await cache.get('a', current, count('for a'));
    expect(await cache.get('b', current, count('for b'))).toBe('for b');
    expect(await cache.get('a', current, count('again'))).toBe('for a');
  });

  it('keeps nothing while changes are not being tracked', async () => {
    const cache = new GenerationCache<string>(10);
    generation = null;
    await cache.get('a', current, count('one'));
    expect(await cache.get('a', current, count('two'))).toBe('two');
    expect(cache.size).toBe(0);
  });

  it('does not keep a value computed while a change was heard: it may predate the change', async () => {
    const cache = new GenerationCache<string>(10);
    const slow = deferred();
    const pending = cache.get('a', current, slow.compute);
    generation = 1;
    slow.finish('maybe stale');
    expect(await pending).toBe('maybe stale');
    expect(cache.size).toBe(0);
    expect(await cache.get('a', current, count('fresh'))).toBe('fresh');
  });

  it('lets callers asking at the same time share one computation', async () => {
    const cache = new GenerationCache<string>(10);
    const slow = deferred();
    const first = cache.get('a', current, slow.compute);
    const second = cache.get('a', current, slow.compute);
    slow.finish('shared');
    expect(await Promise.all([first, second])).toEqual(['shared', 'shared']);
    expect(slow.started).toHaveLength(1);
  });

  it('does not share a computation that started before a change', async () => {
    const cache = new GenerationCache<string>(10);
    const slow = deferred();
    void cache.get('a', current, slow.compute);
    generation = 1;
    expect(await cache.get('a', current, count('after the change'))).toBe('after the change');
    slow.finish('before the change');
  });

  it('keeps no failure, and the next caller tries again', async () => {
    const cache = new GenerationCache<string>(10);
    const slow = deferred();
    const failing = cache.get('a', current, slow.compute);
    slow.fail(new Error('no such programme'));
    await expect(failing).rejects.toThrow('no such programme');
    expect(await cache.get('a', current, count('ok'))).toBe('ok');
  });

  it('drops the entry kept longest ago when full', async () => {
    const cache = new GenerationCache<string>(2);
    await cache.get('a', current, count('a'));
    await cache.get('b', current, count('b'));
    await cache.get('c', current, count('c'));
    expect(cache.size).toBe(2);
    expect(computed).toBe(3);
    expect(await cache.get('c', current, count('c again'))).toBe('c');
    expect(await cache.get('b', current, count('b again'))).toBe('b');
    expect(await cache.get('a', current, count('a again'))).toBe('a again');
  });
});
