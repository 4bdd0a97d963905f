import { describe, expect, it } from 'vitest';
import { chunkBySize } from '../src/kafka-bus.ts';

const msg = (key: string, bytes: number) => ({ key, value: Buffer.alloc(bytes, 0x61) });

describe('chunkBySize', () => {
  it('splits a send into requests under the limit, in order, and lets an oversized message go alone', () => {
    const messages = [msg('a', 400), msg('b', 400), msg('c', 400), msg('d', 5000), msg('e', 10)];
    const chunks = chunkBySize(messages, 1000);
    expect(chunks.map((c) => c.map((m) => m.key))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  });

  it('keeps everything in one request when it fits, and sends nothing for nothing', () => {
    expect(chunkBySize([msg('a', 10), msg('b', 10)], 1000)).toHaveLength(1);
    expect(chunkBySize([], 1000)).toEqual([]);
  });
});
