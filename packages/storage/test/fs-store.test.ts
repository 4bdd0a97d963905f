import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { createFsStore } from '../src/index.ts';

let base: string;
let root: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'newswire-fs-'));
  root = path.join(base, 'root');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const collect = async (iterable: AsyncIterable<{ key: string }>) => {
  const out: string[] = [];
  for await (const item of iterable) out.push(item.key);
  return out;
};

/** Every file below `dir`, as paths relative to it. */
const filesUnder = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();

describe('createFsStore', () => {
  it('maps keys to files under rootDir, with the same layout as the key', async () => {
    const store = createFsStore({ rootDir: root });
    await store.put('enriched/2026/03/04/story-1/2.json', '{"v":2}');
    expect(await readFile(path.join(root, 'enriched/2026/03/04/story-1/2.json'), 'utf8')).toBe('{"v":2}');
    expect(await filesUnder(base)).toEqual([path.join('root', 'enriched/2026/03/04/story-1/2.json')]);
  });

  it('ensure creates the root directory and is idempotent', async () => {
    const store = createFsStore({ rootDir: path.join(root, 'nested', 'deeper') });
    await store.ensure();
    await store.ensure();
    expect((await stat(path.join(root, 'nested', 'deeper'))).isDirectory()).toBe(true);
  });

  it('get and list on a root that does not exist yet find nothing', async () => {
    const store = createFsStore({ rootDir: root });
    expect(await store.get('raw/x')).toBeNull();
    expect(await collect(store.list(''))).toEqual([]);
  });

  it('traversal attempts never touch a file outside rootDir', async () => {
    const store = createFsStore({ rootDir: root });
    await store.ensure();
    await writeFile(path.join(base, 'secret.txt'), 'outside');
    for (const key of ['../secret.txt', 'a/../../secret.txt', '/tmp/x', '..\\secret.txt', 'a/%2e%2e/..']) {
      await expect(store.get(key)).rejects.toMatchObject({ code: ErrorCode.InvalidKey });
      await expect(store.put(key, 'overwritten')).rejects.toMatchObject({ code: ErrorCode.InvalidKey });
      await expect(store.delete(key)).rejects.toMatchObject({ code: ErrorCode.InvalidKey });
    }
    expect(await readFile(path.join(base, 'secret.txt'), 'utf8')).toBe('outside');
    expect(await filesUnder(root)).toEqual([]);
  });

  it('leaves no temp file behind, and never lists one left by a crash', async () => {
    const store = createFsStore({ rootDir: root });
    await store.put('a/b.json', 'one');
    await store.put('a/b.json', 'two');
    expect(await filesUnder(root)).toEqual([path.join('a', 'b.json')]);
    // A temp file orphaned by a crash mid-put.
    await writeFile(path.join(root, 'a', '.123-1-abcdef.newswire-tmp'), 'half');
    expect(await collect(store.list(''))).toEqual(['a/b.json']);
  });

  it('concurrent puts of one key leave exactly one complete version', async () => {
    const store = createFsStore({ rootDir: root });
    const bodies = Array.from({ length: 20 }, (_, i) => String(i).repeat(10_000 + i));
    await Promise.all(bodies.map((b) => store.put('race/obj', b)));
    const got = (await store.get('race/obj'))!.toString();
    expect(bodies).toContain(got);
    expect(await filesUnder(root)).toEqual([path.join('race', 'obj')]);
  });

  it('an object where a "folder" already is (and vice versa) is a permanent INVALID_KEY', async () => {
    const store = createFsStore({ rootDir: root });
    await store.put('p/q', 'file');
    await expect(store.put('p/q/r', 'x')).rejects.toMatchObject({
      code: ErrorCode.InvalidKey,
      retryable: false,
    });
    await store.put('m/n/o', 'file');
    await expect(store.put('m/n', 'x')).rejects.toMatchObject({
      code: ErrorCode.InvalidKey,
      retryable: false,
    });
    expect(await store.get('p/q/r')).toBeNull();
    expect((await store.get('p/q'))!.toString()).toBe('file');
  });

  it('a segment longer than the filesystem allows is INVALID_KEY, not a retryable error', async () => {
    const store = createFsStore({ rootDir: root });
    await expect(store.put(`x/${'a'.repeat(300)}`, '1')).rejects.toMatchObject({
      code: ErrorCode.InvalidKey,
      retryable: false,
    });
  });

  it('delete removes directories it emptied, but not rootDir or non-empty ones', async () => {
    const store = createFsStore({ rootDir: root });
    await store.put('a/b/c/1', '1');
    await store.put('a/x', '2');
    await store.delete('a/b/c/1');
    expect(await readdir(path.join(root, 'a'))).toEqual(['x']);
    await store.delete('a/x');
    expect(await readdir(root)).toEqual([]);
    await store.delete('a/x');
  });

  it('delete of a "folder" key is a no-op, not an error', async () => {
    const store = createFsStore({ rootDir: root });
    await store.put('f/g', '1');
    await store.delete('f');
    expect((await store.get('f/g'))!.toString()).toBe('1');
  });

  it('a root that is not a directory is a retryable STORE_UNAVAILABLE, not a bad key', async () => {
    // rootDir is a file: nothing can be created under it.
    const fileRoot = path.join(base, 'not-a-dir');
    await writeFile(fileRoot, 'x');
    const store = createFsStore({ rootDir: fileRoot });
    await expect(store.ensure()).rejects.toMatchObject({ code: ErrorCode.StoreUnavailable, retryable: true });
    await expect(store.put('a/b', '1')).rejects.toMatchObject({
      code: ErrorCode.StoreUnavailable,
      retryable: true,
    });
  });

  it('with fsync on (the default) puts still round-trip', async () => {
    const store = createFsStore({ rootDir: root });
    await store.put('durable/1', 'yes');
    expect((await store.get('durable/1'))!.toString()).toBe('yes');
  });
});
