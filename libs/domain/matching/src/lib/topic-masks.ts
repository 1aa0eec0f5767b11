/**
 * Topic sets as bit masks (32 topics a word, all people in one flat array), so comparing two
 * people's topics costs a few popcounts instead of set lookups across millions of pairs.
 */
export class TopicMasks {
  private readonly words: number;
  private readonly masks: Uint32Array;
  private readonly sizes: Int32Array;

  constructor(topicLists: readonly (readonly string[])[]) {
    const ids = new Map<string, number>();
    for (const topics of topicLists) {
      for (const topic of topics) if (!ids.has(topic)) ids.set(topic, ids.size);
    }
    this.words = Math.max(1, Math.ceil(ids.size / 32));
    this.masks = new Uint32Array(topicLists.length * this.words);
    this.sizes = new Int32Array(topicLists.length);
    topicLists.forEach((topics, person) => {
      for (const topic of topics) {
        const id = ids.get(topic) ?? 0;
        this.masks[person * this.words + (id >>> 5)] |= 1 << (id & 31);
      }
      this.sizes[person] = this.shared(person, person);
    });
  }

  /** Number of topics in both lists a and b (positions in the constructor's list). */
  shared(a: number, b: number): number {
    let count = 0;
    for (let w = 0, at = a * this.words, bt = b * this.words; w < this.words; w++) {
      count += popcount(this.masks[at + w] & this.masks[bt + w]);
    }
    return count;
  }

  /** Number of distinct topics in list a. */
  size(a: number): number {
    return this.sizes[a];
  }
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
