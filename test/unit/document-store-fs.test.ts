import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesystemDocumentStore } from '../../src/documents/document-store.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('filesystem document store', () => {
  it('leaves no partial file when the upload fails, even at its first byte', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pt-fs-store-'));
    dirs.push(dir);
    const store = filesystemDocumentStore(dir);
    for (let i = 0; i < 200; i++) {
      async function* failing() {
        if (i % 2) yield Buffer.alloc(10);
        throw new Error('refused');
      }
      await expect(store.put(failing())).rejects.toThrow('refused');
    }
    expect(await readdir(dir, { recursive: true }).then((all) => all.filter((f) => String(f).includes('doc_')))).toEqual([]);
  });
});
