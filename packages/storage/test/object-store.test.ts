// The behaviour every ObjectStore adapter shares, run against the fs and memory stores.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { createFsStore, createMemoryStore, type ObjectStore } from '../src/index.ts';

const collect = async (iterable: AsyncIterable<{ key: string; size: number }>) => {
  const out: { key: string; size: number }[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const factories: [string, () => Promise<ObjectStore>][] = [
  [
    'fs store',
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'newswire-store-'));
      dirs.push(dir);
      return createFsStore({ rootDir: path.join(dir, 'root'), fsync: false });
    },
  ],
  ['memory store', () => Promise.resolve(createMemoryStore())],
];

describe.each(factories)('%s', (_name, make) => {
  it('round-trips bytes and strings, and get/head of a missing key give null', async () => {
    const store = await make();
    await store.ensure();
    await store.put('raw/2026/01/02/ap/s1/abc.json', Buffer.from([0, 1, 2, 255]));
    await store.put('enriched/2026/01/02/s1/1.json', '{"héadline":"ü"}', { contentType: 'application/json' });
    expect(await store.get('raw/2026/01/02/ap/s1/abc.json')).toEqual(Buffer.from([0, 1, 2, 255]));
    expect((await store.get('enriched/2026/01/02/s1/1.json'))!.toString('utf8')).toBe('{"héadline":"ü"}');
    expect(await store.head('enriched/2026/01/02/s1/1.json')).toEqual({
      key: 'enriched/2026/01/02/s1/1.json',
      size: Buffer.byteLength('{"héadline":"ü"}'),
    });
    expect(await store.get('raw/nothing.json')).toBeNull();
    expect(await store.head('raw/nothing.json')).toBeNull();
    // A "folder" is not an object.
    expect(await store.get('raw/2026')).toBeNull();
    expect(await store.head('raw/2026')).toBeNull();
  });

  it('put replaces an object whole', async () => {
    const store = await make();
    await store.put('k/obj', 'a much longer first version');
    await store.put('k/obj', 'short');
    expect((await store.get('k/obj'))!.toString()).toBe('short');
    expect((await store.head('k/obj'))!.size).toBe(5);
  });

  it('stored bytes do not change when the caller mutates its buffers', async () => {
    const store = await make();
    const body = Buffer.from('original');
    await store.put('k/obj', body);
    body.write('MUTATED!');
    const got = (await store.get('k/obj'))!;
    got.write('changed!');
    expect((await store.get('k/obj'))!.toString()).toBe('original');
  });

  it('lists keys under a prefix in lexicographic (byte) order with sizes', async () => {
    const store = await make();
    const keys = ['b/2', 'a/c/x', 'a-b', 'a/b', 'a.z', 'a/c/y', 'b/10', 'ab', 'a/😀', 'a/\uffff'];
    for (const [i, k] of keys.entries()) await store.put(k, 'x'.repeat(i + 1));
    const all = await collect(store.list(''));
    const expected = [...keys].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect(all.map((o) => o.key)).toEqual(expected);
    // '-' and '.' sort before '/', so 'a-b' and 'a.z' come before everything under 'a/'.
    expect(all.map((o) => o.key).slice(0, 2)).toEqual(['a-b', 'a.z']);
    expect(all.find((o) => o.key === 'a/c/y')!.size).toBe(6);

    expect((await collect(store.list('a/'))).map((o) => o.key)).toEqual([
      'a/b',
      'a/c/x',
      'a/c/y',
      'a/\uffff',
      'a/😀',
    ]);
    expect((await collect(store.list('b/'))).map((o) => o.key)).toEqual(['b/10', 'b/2']);
  });

  it('list accepts a prefix that ends mid-segment', async () => {
    const store = await make();
    for (const k of ['raw/2026/01/a', 'raw/2026/02/b', 'raw/2025/12/c', 'raw2/x', 'rawr', 'enriched/x']) {
      await store.put(k, '1');
    }
    expect((await collect(store.list('raw/2026/0'))).map((o) => o.key)).toEqual([
      'raw/2026/01/a',
      'raw/2026/02/b',
    ]);
    expect((await collect(store.list('raw'))).map((o) => o.key)).toEqual([
      'raw/2025/12/c',
      'raw/2026/01/a',
      'raw/2026/02/b',
      'raw2/x',
      'rawr',
    ]);
    expect((await collect(store.list('raw/2026/01/a'))).map((o) => o.key)).toEqual(['raw/2026/01/a']);
    expect(await collect(store.list('nothing/'))).toEqual([]);
    expect(await collect(store.list('raw/2026/01/a/'))).toEqual([]);
  });

  it('delete removes an object, is idempotent, and leaves siblings alone', async () => {
    const store = await make();
    await store.put('d/1', 'one');
    await store.put('d/2', 'two');
    await store.delete('d/1');
    await store.delete('d/1');
    await store.delete('never/was');
    expect(await store.get('d/1')).toBeNull();
    expect((await store.get('d/2'))!.toString()).toBe('two');
    expect((await collect(store.list(''))).map((o) => o.key)).toEqual(['d/2']);
  });

  it('a key whose "folder" was emptied by delete can become an object itself', async () => {
    const store = await make();
    await store.put('x/y/z', '1');
    await store.delete('x/y/z');
    await store.put('x/y', 'now a file');
    expect((await store.get('x/y'))!.toString()).toBe('now a file');
  });

  const badKeys: [string, string][] = [
    ['', 'empty'],
    ['/etc/passwd', 'leading slash'],
    ['../outside', 'parent segment'],
    ['raw/../../outside', 'parent segment in the middle'],
    ['raw/..', 'trailing parent segment'],
    ['./raw/x', 'dot segment'],
    ['raw/./x', 'dot segment in the middle'],
    ['raw//x', 'empty segment'],
    ['raw/x/', 'trailing slash'],
    ['raw\\..\\x', 'backslash'],
    ['raw/x\0.json', 'NUL'],
    ['k'.repeat(1025), 'too long'],
    ['raw/x.newswire-tmp', 'temp-file suffix'],
  ];

  it.each(badKeys)('rejects the key %j (%s) in every operation with INVALID_KEY', async (key) => {
    const store = await make();
    for (const op of [
      () => store.put(key, 'x'),
      () => store.get(key),
      () => store.head(key),
      () => store.delete(key),
    ]) {
      await expect(op()).rejects.toMatchObject({ code: ErrorCode.InvalidKey, retryable: false });
    }
  });

  it('rejects traversal in list prefixes but accepts partial and trailing-slash prefixes', async () => {
    const store = await make();
    for (const prefix of ['/abs', '../', 'a/../b', 'a/..', 'a//b', 'a\\b', 'a\0']) {
      await expect(collect(store.list(prefix))).rejects.toMatchObject({ code: ErrorCode.InvalidKey });
    }
    await store.put('.well-known/x', '1');
    expect((await collect(store.list('.'))).map((o) => o.key)).toEqual(['.well-known/x']);
    expect((await collect(store.list('.well-known/'))).map((o) => o.key)).toEqual(['.well-known/x']);
  });

  it('accepts escaped keys as the contracts build them', async () => {
    const store = await make();
    const key = 'raw/2026/01/02/a%20b/%2E%2E/0123456789abcdef.json';
    await store.put(key, 'ok');
    expect((await store.get(key))!.toString()).toBe('ok');
    expect((await collect(store.list('raw/'))).map((o) => o.key)).toEqual([key]);
  });
});
