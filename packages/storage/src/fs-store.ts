// ObjectStore on a local directory, with the same keys as S3 (embedded mode). Writes are
// atomic (temp file + rename); content types are not stored (get returns bytes only). Unlike
// S3, 'a' and 'a/b' cannot both be objects (the later put fails with INVALID_KEY); the
// contracts' key layout never needs that.
import { randomBytes } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { assertValidKey, assertValidPrefix, compareKeys, TEMP_SUFFIX } from './object-key.ts';
import type { ObjectInfo, ObjectStore } from './port.ts';

export interface FsStoreOptions {
  /** Directory holding the objects; created by ensure() or the first put. */
  readonly rootDir: string;
  /**
   * fsync each object and its directory before put() resolves, so a put that resolved
   * survives a power cut (the pipeline commits offsets after it). Default true.
   */
  readonly fsync?: boolean;
}

const errno = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;

/** A key that clashes with the directory layout (an object where a "folder" is, or vice versa). */
const clashCodes = new Set(['ENOTDIR', 'EISDIR', 'EEXIST', 'ENAMETOOLONG']);

const unavailable = (op: string, key: string, e: unknown): NewswireError =>
  // Disk full, permissions, I/O errors: may clear up (or an operator fixes them), so retry.
  new NewswireError(
    ErrorCode.StoreUnavailable,
    `fs store ${op} ${JSON.stringify(key)} failed: ${String(e)}`,
    {
      cause: e,
      details: { key },
    },
  );

const storeError = (op: string, key: string, e: unknown): NewswireError => {
  const code = errno(e);
  if (code !== undefined && clashCodes.has(code)) {
    return new NewswireError(ErrorCode.InvalidKey, `fs store ${op} ${JSON.stringify(key)}: ${code}`, {
      cause: e,
      details: { key },
    });
  }
  return unavailable(op, key, e);
};

let tempCounter = 0;

export const createFsStore = (options: FsStoreOptions): ObjectStore => {
  const rootDir = path.resolve(options.rootDir);
  const fsync = options.fsync ?? true;

  const filePath = (key: string): string => {
    assertValidKey(key);
    return path.join(rootDir, ...key.split('/'));
  };

  const syncDir = async (dir: string): Promise<void> => {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  };

  const writeAtomically = async (target: string, body: Buffer): Promise<void> => {
    const dir = path.dirname(target);
    // Not derived from the target's name, which may already be at the filesystem's length limit.
    const temp = path.join(
      dir,
      `.${process.pid}-${++tempCounter}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
    );
    // A concurrent delete() may remove the (then empty) directory between mkdir and open;
    // creating it again once is enough, as delete only removes empty directories.
    for (let attempt = 1; ; attempt++) {
      await mkdir(dir, { recursive: true });
      try {
        const handle = await open(temp, 'wx');
        try {
          await handle.writeFile(body);
          if (fsync) await handle.sync();
        } finally {
          await handle.close();
        }
        break;
      } catch (e) {
        if (errno(e) === 'ENOENT' && attempt < 3) continue;
        throw e;
      }
    }
    try {
      await rename(temp, target);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
    if (fsync) await syncDir(dir);
  };

  /** Removes now-empty parent directories of a deleted object, up to (not including) rootDir. */
  const pruneEmptyDirs = async (from: string): Promise<void> => {
    let dir = from;
    while (dir !== rootDir && dir.startsWith(rootDir + path.sep)) {
      try {
        await rmdir(dir);
      } catch {
        return; // not empty (or already gone / raced by a put): stop here
      }
      dir = path.dirname(dir);
    }
  };

  /** Yields the objects under `dir` (whose key prefix is `keyPrefix`), in key order. */
  async function* walk(dir: string, keyPrefix: string, namePrefix: string): AsyncGenerator<ObjectInfo> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      const code = errno(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      throw storeError('list', keyPrefix, e);
    }
    // Sorting a directory's entries as `name/` for directories and `name` for files gives
    // the byte order of the full keys (e.g. 'a-b' < 'a/c' because '-' < '/').
    const items = entries
      .filter((d) => d.name.startsWith(namePrefix) && !d.name.endsWith(TEMP_SUFFIX))
      .filter((d) => d.isDirectory() || d.isFile())
      .map((d) => ({ name: d.name, dir: d.isDirectory(), sortKey: d.isDirectory() ? `${d.name}/` : d.name }))
      .sort((a, b) => compareKeys(a.sortKey, b.sortKey));
    for (const item of items) {
      const full = path.join(dir, item.name);
      if (item.dir) {
        yield* walk(full, `${keyPrefix}${item.name}/`, '');
        continue;
      }
      let size: number;
      try {
        size = (await stat(full)).size;
      } catch (e) {
        if (errno(e) === 'ENOENT') continue; // deleted while listing
        throw storeError('list', keyPrefix, e);
      }
      yield { key: `${keyPrefix}${item.name}`, size };
    }
  }

  return {
    kind: 'fs',
    async ensure() {
      try {
        await mkdir(rootDir, { recursive: true });
      } catch (e) {
        throw unavailable('ensure', rootDir, e);
      }
    },
    async put(key, body) {
      const target = filePath(key);
      const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      try {
        await writeAtomically(target, bytes);
      } catch (e) {
        // A clash below a broken root (a file, say) is the store's problem, not the key's.
        const rootOk = await stat(rootDir).then(
          (s) => s.isDirectory(),
          () => false,
        );
        throw rootOk ? storeError('put', key, e) : unavailable('put', key, e);
      }
    },
    async get(key) {
      const target = filePath(key);
      try {
        return await readFile(target);
      } catch (e) {
        const code = errno(e);
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
        throw storeError('get', key, e);
      }
    },
    async head(key) {
      const target = filePath(key);
      try {
        const s = await stat(target);
        return s.isFile() ? { key, size: s.size } : null;
      } catch (e) {
        const code = errno(e);
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        throw storeError('head', key, e);
      }
    },
    async *list(prefix) {
      assertValidPrefix(prefix);
      // The prefix may end mid-segment: walk the directory of its complete segments and
      // filter that directory's entries by the partial last one.
      const slash = prefix.lastIndexOf('/');
      const dirPart = prefix.slice(0, slash + 1);
      const dir = path.join(rootDir, ...dirPart.split('/').filter((s) => s !== ''));
      yield* walk(dir, dirPart, prefix.slice(slash + 1));
    },
    async delete(key) {
      const target = filePath(key);
      try {
        await unlink(target);
      } catch (e) {
        const code = errno(e);
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return;
        throw storeError('delete', key, e);
      }
      await pruneEmptyDirs(path.dirname(target));
    },
    close() {
      return Promise.resolve();
    },
  };
};
