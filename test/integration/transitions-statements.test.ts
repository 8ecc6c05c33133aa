import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcedure } from '../factories/procedures.js';
import { scheduleInterview, seedApplication, seedCommittee } from '../factories/pipeline.js';
import { etagOf, move, moveOk, seedComplete } from '../factories/transitions.js';
import { findApplication } from '../../src/modules/applications/index.js';
import { findStageProcedure, gateCounts, gateCountsOf, rejectedFrom } from '../../src/modules/stages/index.js';
import { beginTransitionFacts, prepareTransitionStatements } from '../../src/modules/transitions/transitions.repository.js';
import { createTestApp, type TestContext } from '../helpers/app.js';
import supertest from 'supertest';
import type request from 'supertest';

let ctx: TestContext;
/** Every query sent on a client of the app's pool while recording, in order. */
let sent: string[] = [];
/** Run before the next query on the app's pool whose text starts with its prefix, once. */
let before: { prefix: string; run: () => Promise<void> } | null = null;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-16T15:00:00+01:00' });
  const wrapped = new WeakSet<pg.PoolClient>();
  ctx.db.pool.on('acquire', (client) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      const text = typeof first === 'string' ? first : String((first as { text?: string }).text ?? '');
      sent.push(text);
      const hook = before;
      if (hook && text.startsWith(hook.prefix)) {
        before = null;
        return hook.run().then(() => query(...args));
      }
      return query(...args);
    };
  });
});
afterAll(async () => ctx?.close());

/** What one request sends, after its ETag was read. */
async function recorded(send: () => Promise<request.Response>) {
  sent = [];
  const res = await send();
  return { res, sent: [...sent] };
}

const raw = (texts: string[]) =>
  texts.filter((t) => /transition_(lock|write|keep)|^ROLLBACK$|^COMMIT$/.test(t)).map((t) => t.replace(/\(.*?\)(?=;|$)/gs, '(…)'));

describe('the statements of a stage change', () => {
  it('a common move: one round trip opens, claims the key, locks and reads, one writes and commits; nothing is rolled back', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const { applicationId } = await seedComplete(ctx, procedure.id);
    const other = await seedComplete(ctx, procedure.id);
    // Warm up: the connection's prepared statements and the key lookup.
    expect((await move(ctx, other.applicationId, 'preselected', { reason: 'Warm-up.' })).status).toBe(200);
    const ifMatch = await etagOf(ctx, applicationId);
    const { res, sent } = await recorded(() =>
      move(ctx, applicationId, 'preselected', { reason: 'Fits the profile best.', ifMatch, idempotencyKey: randomUUID() }),
    );
    expect(res.status).toBe(200);
    expect(raw(sent)).toEqual(['BEGIN; EXECUTE transition_lock(…); EXECUTE transition_facts(…)', 'EXECUTE transition_write(…); COMMIT']);
    // The move's two round trips, the Idempotency-Key claimed and its record written in them, one commit (the key lookup is cached).
    expect(sent).toHaveLength(2);
  });

  it('a move sent again: the claim finds the key taken, rolls back, and the stored answer is read', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const { applicationId } = await seedComplete(ctx, procedure.id);
    const ifMatch = await etagOf(ctx, applicationId);
    const key = randomUUID();
    const send = () => move(ctx, applicationId, 'preselected', { reason: 'Fits the profile best.', ifMatch, idempotencyKey: key });
    expect((await send()).status).toBe(200);
    const { res, sent } = await recorded(send);
    expect(res.headers['idempotent-replayed']).toBe('true');
    expect(raw(sent)).toEqual(['BEGIN; EXECUTE transition_lock(…); EXECUTE transition_facts(…)', 'ROLLBACK']);
    // And the stored answer, read.
    expect(sent).toHaveLength(3);
  });

  it('a refused move with a key commits its claim alone, then stores the refusal in it', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const { applicationId } = await seedComplete(ctx, procedure.id);
    const ifMatch = await etagOf(ctx, applicationId);
    const { res, sent } = await recorded(() => move(ctx, applicationId, 'nominated', { ifMatch, idempotencyKey: randomUUID() }));
    expect(res.status).toBe(409);
    expect(raw(sent)).toEqual(['BEGIN; EXECUTE transition_lock(…); EXECUTE transition_facts(…)', 'EXECUTE transition_keep(…); COMMIT']);
    expect(sent).toHaveLength(3);
  });

  it('a refused move rolls back once and gives its client back', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const { applicationId } = await seedComplete(ctx, procedure.id);
    const ifMatch = await etagOf(ctx, applicationId);
    const { res, sent } = await recorded(() => move(ctx, applicationId, 'nominated', { ifMatch }));
    expect(res.status).toBe(409);
    expect(raw(sent)).toEqual(['BEGIN; EXECUTE transition_lock(…); EXECUTE transition_facts(…)', 'ROLLBACK']);
  });

  it('a rejection with interviews to come rolls the fast path back once and moves through the other one', async () => {
    const { procedure } = await createProcedure(ctx);
    const [chair] = await seedCommittee(ctx, procedure.id);
    const { applicationId } = await seedApplication(ctx, procedure.id, { stage: 'shortlisted' });
    await scheduleInterview(ctx, procedure.id, { applicationId, startsAt: '2026-01-20T10:00:00+01:00', panel: [chair!.id] });
    const ifMatch = await etagOf(ctx, applicationId);
    const { res, sent } = await recorded(() => move(ctx, applicationId, 'rejected', { reasonCategory: 'not_selected_by_committee', ifMatch }));
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe('rejected');
    expect(raw(sent).slice(0, 2)).toEqual(['BEGIN; EXECUTE transition_lock(…); EXECUTE transition_facts(…)', 'ROLLBACK']);
    expect(raw(sent).filter((t) => t === 'ROLLBACK')).toHaveLength(1);
  });
});

describe('the facts the fast path reads in one statement', () => {
  it('agree with what the other path reads one by one: the gate counts without the application itself, the stage it was rejected from', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const { applicationId } = await seedComplete(ctx, procedure.id);
    const others = await Promise.all(Array.from({ length: 4 }, () => seedComplete(ctx, procedure.id)));
    for (const o of others.slice(0, 3)) await moveOk(ctx, o.applicationId, 'preselected', { reason: 'Fits the profile.' });
    await moveOk(ctx, others[3]!.applicationId, 'rejected', { reasonCategory: 'not_selected_by_agency' });
    // The application itself in a stage its gate counts, then rejected from it: both facts depend on it.
    await moveOk(ctx, applicationId, 'preselected', { reason: 'Fits the profile.' });
    const facts = async () => {
      const client = await ctx.db.pool.connect();
      try {
        await prepareTransitionStatements(client);
        const begun = await beginTransitionFacts(client, applicationId, ctx.clock.now(), null);
        await client.query('ROLLBACK');
        if ('keyHeld' in begun || !begun.facts) throw new Error('no facts');
        return begun.facts;
      } finally {
        client.release();
      }
    };
    const prisma = ctx.db.prisma;
    const preselected = await facts();
    // The application as the other reads have it (ApplicationRow), its dates as dates.
    expect(preselected.application).toEqual(await findApplication(prisma, applicationId));
    const byName = <T extends { stages: Array<{ name: string }> }>(p: T) => ({ ...p, stages: [...p.stages].sort((a, b) => a.name.localeCompare(b.name)) });
    expect(byName(preselected.procedure)).toEqual(byName((await findStageProcedure(prisma, procedure.id))!));
    expect(gateCountsOf(preselected.stageCounts)).toEqual(await gateCounts(prisma, procedure.id, applicationId));
    expect(gateCountsOf(preselected.stageCounts).preselection).toBe(3);

    await moveOk(ctx, applicationId, 'rejected', { reasonCategory: 'not_selected_by_agency' });
    const rejected = await facts();
    expect(gateCountsOf(rejected.stageCounts)).toEqual(await gateCounts(prisma, procedure.id, applicationId));
    expect(rejected.rejectedFrom).toBe('preselected');
    expect(rejected.rejectedFrom).toBe(await prisma.$transaction((tx) => rejectedFrom(tx, applicationId)));
  });
});

describe("a key's record that commits after a move looked for it", () => {
  // The move looks for the key's record in the snapshot of its first statement,
  // a moment before it holds the key's advisory lock: a record committed in
  // that moment (written here straight into the table) is unseen, and the
  // move's own record then fails on the key's unique index. The move must
  // change nothing and judge the key as taken.
  it.each([
    { path: 'the write of a move', to: 'preselected' as const, prefix: 'EXECUTE transition_write' },
    { path: 'the claim kept alone by a refused move', to: 'nominated' as const, prefix: 'EXECUTE transition_keep' },
  ])('$path: 422 IDEMPOTENCY_KEY_REUSED, the application not moved, nothing recorded', async ({ to, prefix }) => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const { applicationId } = await seedComplete(ctx, procedure.id);
    // A move of another application with a key: whose keys the test's caller's are.
    const other = await seedComplete(ctx, procedure.id);
    const warmUp = randomUUID();
    expect((await move(ctx, other.applicationId, 'preselected', { reason: 'Fits.', idempotencyKey: warmUp })).status).toBe(200);
    const prisma = ctx.db.prisma;
    const { actor } = await prisma.idempotencyKey.findFirstOrThrow({ where: { key: warmUp } });
    const key = randomUUID();
    const now = ctx.clock.now();
    before = {
      prefix,
      run: async () => {
        await prisma.idempotencyKey.create({
          data: {
            actor,
            key,
            requestHash: 'another request',
            method: 'POST',
            path: '/v1/elsewhere',
            expiresAt: new Date(now.getTime() + 3_600_000),
            createdAt: now,
          },
        });
      },
    };
    const app = await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { stage: true, version: true } });
    const changes = await prisma.stageChange.count({ where: { applicationId } });
    const audits = await prisma.auditEntry.count({ where: { entityId: applicationId } });
    const res = await move(ctx, applicationId, to, { reason: 'Fits the profile best.', idempotencyKey: key });
    expect(before).toBeNull();
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { stage: true, version: true } })).toEqual(app);
    expect(await prisma.stageChange.count({ where: { applicationId } })).toBe(changes);
    expect(await prisma.auditEntry.count({ where: { entityId: applicationId } })).toBe(audits);
    const record = await prisma.idempotencyKey.findUniqueOrThrow({ where: { actor_key: { actor, key } } });
    expect(record).toMatchObject({ requestHash: 'another request', completed: false });
  });
});

describe("the key's advisory lock, held by a move until it commits", () => {
  it("keeps the plugin's own claim out: the same body sent again without If-Match meanwhile gets 409 IDEMPOTENCY_IN_PROGRESS, the move its 200", async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const { applicationId } = await seedComplete(ctx, procedure.id);
    const ifMatch = await etagOf(ctx, applicationId);
    const key = randomUUID();
    const body = { to: 'preselected', reason: 'Fits the profile best.' };
    let second: request.Response | undefined;
    before = {
      prefix: 'EXECUTE transition_write',
      run: async () => {
        // Refused for its missing If-Match (428), it is claimed as any refusal is, in a statement of its own.
        second = await supertest(ctx.app.server)
          .post(`/v1/applications/${applicationId}/transitions`)
          .set('authorization', ctx.admin)
          .set('idempotency-key', key)
          .send(body);
      },
    };
    const first = await move(ctx, applicationId, 'preselected', { reason: body.reason, ifMatch, idempotencyKey: key });
    expect(first.status).toBe(200);
    expect(second?.status).toBe(409);
    expect(second?.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    // The record is the move's: sent again, its answer comes back.
    const again = await move(ctx, applicationId, 'preselected', { reason: body.reason, ifMatch, idempotencyKey: key });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  });

  it("a move whose version moved on before its write (an upload meanwhile) answers 412, writes nothing, and keeps the 412 as the key's answer", async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const { applicationId } = await seedComplete(ctx, procedure.id);
    const ifMatch = await etagOf(ctx, applicationId);
    const key = randomUUID();
    const prisma = ctx.db.prisma;
    before = {
      prefix: 'EXECUTE transition_write',
      run: async () => {
        await prisma.application.update({ where: { id: applicationId }, data: { version: { increment: 1 } } });
      },
    };
    const changes = await prisma.stageChange.count({ where: { applicationId } });
    const res = await move(ctx, applicationId, 'preselected', { reason: 'Fits.', ifMatch, idempotencyKey: key });
    expect(before).toBeNull();
    expect(res.status).toBe(412);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).stage).toBe('applied');
    expect(await prisma.stageChange.count({ where: { applicationId } })).toBe(changes);
    const again = await move(ctx, applicationId, 'preselected', { reason: 'Fits.', ifMatch, idempotencyKey: key });
    expect(again.status).toBe(412);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });
});
