import { Partitioners } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { murmur2, partitionForKey } from '../src/index.ts';

describe('murmur2', () => {
  // The vectors of Kafka's own UtilsTest.testMurmur2.
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ])('hashes %j like Kafka', (input, expected) => {
    expect(murmur2(Buffer.from(input))).toBe(expected);
  });
});

describe('partitionForKey', () => {
  it('picks the partition kafkajs DefaultPartitioner picks, for every partition count', () => {
    const kafkajs = Partitioners.DefaultPartitioner();
    const keys = [
      ...Array.from({ length: 200 }, (_, i) => `story-${i}`),
      '',
      'ü-ñ-日本語',
      '😀',
      'x'.repeat(1001),
    ];
    for (const partitions of [1, 2, 3, 7, 12, 64]) {
      const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({
        partitionId,
        leader: 0,
        partitionErrorCode: 0,
        replicas: [0],
        isr: [0],
      }));
      for (const key of keys) {
        const expected = kafkajs({ topic: 't', partitionMetadata, message: { key, value: 'v' } });
        expect(partitionForKey(key, partitions)).toBe(expected);
      }
    }
  });

  it('is stable and spreads keys over every partition', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100; i++) {
      const p = partitionForKey(`key-${i}`, 5);
      expect(p).toBe(partitionForKey(`key-${i}`, 5));
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(5);
      seen.add(p);
    }
    expect(seen.size).toBe(5);
  });

  it('rejects a partition count that is not a positive integer', () => {
    for (const n of [0, -1, 1.5, Number.NaN])
      expect(() => partitionForKey('k', n)).toThrow(/positive integer/);
  });
});
