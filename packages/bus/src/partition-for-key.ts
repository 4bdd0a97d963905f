// Kafka's default partitioner for keyed messages (murmur2 of the key's UTF-8 bytes, made
// positive, modulo the partition count), so a key lands on the same partition number in the
// memory bus as in Kafka with the Java client or kafkajs' DefaultPartitioner.
import { ErrorCode, NewswireError } from '@newswire/contracts';

const SEED = 0x9747b28c;
const M = 0x5bd1e995;

/** Kafka's `Utils.murmur2`: a signed 32-bit hash. */
export const murmur2 = (data: Uint8Array): number => {
  const length = data.length;
  let h = SEED ^ length;
  const whole = length - (length % 4);
  for (let i = 0; i < whole; i += 4) {
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    k = Math.imul(k, M);
    k ^= k >>> 24;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  const rest = length % 4;
  if (rest === 3) h ^= data[whole + 2]! << 16;
  if (rest >= 2) h ^= data[whole + 1]! << 8;
  if (rest >= 1) {
    h ^= data[whole]!;
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
};

/** The partition Kafka's default partitioner picks for `key` on a topic of `partitions` partitions. */
export const partitionForKey = (key: string, partitions: number): number => {
  if (!Number.isInteger(partitions) || partitions < 1) {
    throw new NewswireError(
      ErrorCode.Internal,
      `partition count must be a positive integer, got ${partitions}`,
    );
  }
  return (murmur2(Buffer.from(key, 'utf8')) & 0x7fffffff) % partitions;
};
