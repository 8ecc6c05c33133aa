import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplePdf } from '../../scripts/demo-pdf.js';
import { loadIntakeField } from '../../scripts/demo-intake.js';
import { PdfInspector } from '../../src/documents/pdf.js';
import { ADMIN_KEY, createTestApp, type TestContext } from '../helpers/app.js';
import { createProcedure } from '../factories/procedures.js';

const CLOSING = '2026-01-07T00:00:00+01:00';

let ctx: TestContext;
let baseUrl: string;
beforeAll(async () => {
  // One second before the end of the closing date: the field arrives on time.
  ctx = await createTestApp({ now: '2026-01-06T23:59:59+01:00' });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => ctx?.close());

describe('the demo PDFs', () => {
  it('are valid PDFs whose cross-reference table points at every object', () => {
    const pdf = simplePdf('Curriculum vitae – Zoë van der Berg (CV)', ['Ömer Yılmaz', 'back\\slash and (parentheses)']);
    const inspector = new PdfInspector();
    inspector.push(pdf);
    expect(inspector.finish().version).toBe('1.4');
    const text = pdf.toString('latin1');
    const table = text.slice(text.lastIndexOf('\nxref\n'));
    const offsets = [...table.matchAll(/^(\d{10}) 00000 n\r$/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + 12)).toBe(`${i + 1} 0 obj\n<< /`.slice(0, 12)));
  });
});

// 33 applications with two PDFs each, twice: allow for a busy machine.
describe('loadIntakeField (scripts/demo-intake.ts)', { timeout: 180_000 }, () => {
  it('loads 25 open-call applicants, 5 searched candidates, 2 incomplete ones, and sees a late one refused; again adds nothing', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const first = await loadIntakeField(baseUrl, ADMIN_KEY, procedure.id, {
      maxWaitMs: 20_000,
      // The test's clock stands still: move it past the closing instant once the loader waits for it.
      say: (line) => {
        if (line.includes('waiting for the window to close')) ctx.clock.set(CLOSING);
      },
    });
    expect(first.openCall).toEqual({ created: 25, existing: 0, refused: [] });
    expect(first.incomplete).toEqual({ created: 2, existing: 0, refused: [] });
    expect(first.agencySearch).toEqual({ created: 5, existing: 0, refused: [] });
    expect(first.late).toMatchObject({ sent: true, status: 422, code: 'OUTSIDE_APPLICATION_WINDOW' });
    expect(first.late.detail).toContain('2026-01-07T00:00:00.000+01:00');

    const p = ctx.db.prisma;
    const where = { procedureId: procedure.id };
    expect(await p.application.count({ where })).toBe(32);
    expect(await p.application.count({ where: { ...where, completedAt: null } })).toBe(2);
    expect(await p.application.count({ where: { ...where, source: 'agency_search', agencyMotivation: { not: null } } })).toBe(5);
    expect(await p.candidate.count({ where: { lastName: 'Laatkomer' } })).toBe(0);
    const counts = {
      candidates: await p.candidate.count(),
      documents: await p.document.count(),
      chunks: await p.documentChunk.count(),
      audit: await p.auditEntry.count(),
    };

    const second = await loadIntakeField(baseUrl, ADMIN_KEY, procedure.id, { maxWaitMs: 1_000 });
    expect(second.openCall).toEqual({ created: 0, existing: 25, refused: [] });
    expect(second.incomplete).toEqual({ created: 0, existing: 2, refused: [] });
    expect(second.agencySearch).toEqual({ created: 0, existing: 5, refused: [] });
    expect(second.late).toMatchObject({ sent: true, status: 422 });
    expect({
      candidates: await p.candidate.count(),
      documents: await p.document.count(),
      chunks: await p.documentChunk.count(),
      audit: await p.auditEntry.count(),
    }).toEqual(counts);
  });

  it('does not send the late application while the window is far from closing', async () => {
    ctx.clock.set('2026-01-05T10:00:00+01:00');
    const { procedure } = await createProcedure(ctx, { open: true });
    const report = await loadIntakeField(baseUrl, ADMIN_KEY, procedure.id, { maxWaitMs: 1_000 });
    expect(report.openCall.created).toBe(25);
    expect(report.late.sent).toBe(false);
    expect(report.late.note).toMatch(/CLOCK_START/);
  });
});
