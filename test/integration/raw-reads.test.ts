import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApplication } from '../../src/modules/applications/index.js';
import { readApplication } from '../../src/modules/applications/applications.repository.js';
import { findProcedure, readProcedure, readProcedures } from '../../src/modules/procedures/procedures.repository.js';
import { toProcedureView } from '../../src/modules/procedures/procedures.service.js';
import { createProcedure } from '../factories/procedures.js';
import { moveOk, seedComplete } from '../factories/transitions.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-16T15:00:00+01:00' });
});
afterAll(async () => ctx?.close());

const agency = { role: 'consultant', procedureId: null, memberId: null } as const;

describe('one application read in one statement (GET /v1/applications/:applicationId)', () => {
  it('is the application as the ORM reads it: its candidate, every document, the instant it entered its stage, dates as dates', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const { applicationId } = await seedComplete(ctx, procedure.id);
    const fresh = await readApplication(ctx.db.reads, applicationId, agency);
    expect(fresh).toEqual(await findApplication(ctx.db.prisma, applicationId));

    await moveOk(ctx, applicationId, 'preselected', { reason: 'Fits the profile.' });
    const moved = await readApplication(ctx.db.reads, applicationId, agency);
    expect(moved).toEqual(await findApplication(ctx.db.prisma, applicationId));
    expect(moved!.documents.length).toBeGreaterThan(0);
    expect(moved!.receivedAt).toBeInstanceOf(Date);
    expect(moved!.stageChanges[0]!.at).toBeInstanceOf(Date);
  });

  it('is null for an application that does not exist', async () => {
    expect(await readApplication(ctx.db.reads, '00000000-0000-4000-8000-000000000000', agency)).toBeNull();
  });
});

describe('procedures read in one statement (GET /v1/procedures/:procedureId, GET /v1/procedures)', () => {
  it('show as the ORM read does: salary scale, bounds, profile, locations, timeline, version and instants', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const prisma = (await findProcedure(ctx.db.prisma, procedure.id))!;
    const one = (await readProcedure(ctx.db.reads, procedure.id))!;
    expect(toProcedureView(one)).toEqual(toProcedureView(prisma));
    expect(toProcedureView(one).salary?.bounds.length).toBeGreaterThan(0);
    expect(one.createdAt).toBeInstanceOf(Date);
    const [paged] = await readProcedures(ctx.db.reads, { limit: 25, onlyId: procedure.id });
    expect(toProcedureView(paged!)).toEqual(toProcedureView(prisma));
    expect(await readProcedure(ctx.db.reads, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
