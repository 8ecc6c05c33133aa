import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createApplicationsService } from '../../src/modules/applications/applications.service.js';
import { MARK_CONTENT_UNREGISTERED } from '../../src/documents/document-store.js';
import { applyWithBothPdfs, download } from '../factories/applications.js';
import { candidateInput } from '../factories/candidates.js';
import { sweep } from '../factories/lifecycle.js';
import { createProcedure } from '../factories/procedures.js';
import { cvPdf } from '../fixtures/pdf.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

/**
 * Content stored for an upload whose registering transaction never
 * committed (the process died in between) is removed by the sweep once an
 * hour has passed, in both stores; registered content stays.
 */
const contexts: TestContext[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe.each(['postgres', 'filesystem'] as const)('the %s store', (store) => {
  it('keeps registered content and removes content no document row registered within the grace period', async () => {
    const env: Record<string, string> = { DOCUMENT_STORE: store };
    if (store === 'filesystem') {
      const dir = await mkdtemp(path.join(tmpdir(), 'unregistered-'));
      dirs.push(dir);
      env.DOCUMENT_DIR = dir;
    }
    const ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00', env });
    contexts.push(ctx);
    const { procedure } = await createProcedure(ctx, { open: true });
    const registered = await applyWithBothPdfs(ctx, procedure.id);
    expect(await ctx.db.prisma.sweepMark.count({ where: { kind: MARK_CONTENT_UNREGISTERED } })).toBe(0);

    // What an upload does before its transaction: the bytes are in the store. Then the process "dies".
    const service = createApplicationsService({
      db: ctx.db.prisma,
      reads: ctx.app.reads,
      clock: ctx.clock,
      documents: ctx.app.documents,
      maxDocumentBytes: 10_000_000,
    });
    const orphan = await service.storeDocument(Readable.from([await cvPdf()]), 'cv', 'cv.pdf');
    expect(await ctx.app.documents.get(orphan.key)).not.toBeNull();

    ctx.clock.set('2026-01-05T10:59:00+01:00');
    expect((await sweep(ctx)) as unknown).toMatchObject({ unregisteredContentRemoved: 0 });
    expect(await ctx.app.documents.get(orphan.key)).not.toBeNull();

    ctx.clock.set('2026-01-05T11:01:00+01:00');
    expect((await sweep(ctx)) as unknown).toMatchObject({ unregisteredContentRemoved: 1 });
    expect(await ctx.app.documents.get(orphan.key)).toBeNull();
    expect(await ctx.db.prisma.sweepMark.count({ where: { kind: MARK_CONTENT_UNREGISTERED } })).toBe(0);
    expect((await sweep(ctx)) as unknown).toMatchObject({ unregisteredContentRemoved: 0 });

    // A registration that comes after all is refused instead of pointing at removed content.
    const actor = { id: 'test', keyId: null, role: 'admin', procedureId: null, memberId: null, requestId: 'test' } as const;
    await expect(service.create(actor, procedure.id, { candidate: candidateInput(), source: 'open_call' } as never, [orphan])).rejects.toMatchObject({
      status: 409,
      code: 'UPLOAD_EXPIRED',
    });
    expect(await ctx.db.prisma.document.count({ where: { storageKey: orphan.key } })).toBe(0);

    const cv = await download(ctx, registered.id, 'cv');
    expect(cv.status).toBe(200);
    expect(cv.body.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
