import { LatestValueStream } from '../latest-value-stream';

describe(LatestValueStream.name, () => {
  it('hands a waiting reader the next value', async () => {
    const stream = new LatestValueStream<number>(() => undefined);
    const next = stream.next();
    stream.push(3);
    await expect(next).resolves.toEqual({ value: 3, done: false });
  });

  it('keeps only the newest value a slow reader has not taken', async () => {
    const stream = new LatestValueStream<number>(() => undefined);
    stream.push(1);
    stream.push(2);
    await expect(stream.next()).resolves.toEqual({ value: 2, done: false });
  });

  it('ends a waiting reader and calls back once when the subscriber stops', async () => {
    const onClose = jest.fn();
    const stream = new LatestValueStream<number>(onClose);
    const next = stream.next();
    await stream.return();
    await stream.return();
    await expect(next).resolves.toEqual({ value: undefined, done: true });
    stream.push(5);
    await expect(stream.next()).resolves.toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
