import { unreadChangePayloads } from '../unread-change';

const id = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

describe(unreadChangePayloads.name, () => {
  it('sends nothing for nobody', () => {
    expect(unreadChangePayloads([])).toEqual([]);
  });

  it('collapses duplicates', () => {
    expect(unreadChangePayloads([id(1), id(1), id(2)])).toEqual([`${id(1)},${id(2)}`]);
  });

  it('keeps every payload under PostgreSQL’s 8,000-byte NOTIFY limit, losing no one', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => id(i));
    const payloads = unreadChangePayloads(ids);
    expect(payloads).toHaveLength(5);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(payloads.flatMap((payload) => payload.split(','))).toEqual(ids);
  });
});
