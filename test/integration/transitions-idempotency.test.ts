import { randomUUID } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcedure } from '../factories/procedures.js';
import { scheduleInterview, seedApplication, seedCommittee } from '../factories/pipeline.js';
import { etagOf, seedComplete } from '../factories/transitions.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-16T15:00:00+01:00' });
});
afterAll(async () => ctx?.close());

const PRESELECT = { to: 'preselected', reason: 'Fits the profile best.' };

/** A move with an Idempotency-Key; without `ifMatch` it has no If-Match. */
function post(applicationId: string, key: string, body: object, ifMatch?: string) {
  const req = request(ctx.app.server).post(`/v1/applications/${applicationId}/transitions`).set('authorization', ctx.admin).set('idempotency-key', key);
  return (ifMatch === undefined ? req : req.set('if-match', ifMatch)).send(body);
}

async function openApplication() {
  const { procedure } = await createProcedure(ctx, { open: true });
  const { applicationId } = await seedComplete(ctx, procedure.id);
  return { procedureId: procedure.id, applicationId, ifMatch: await etagOf(ctx, applicationId) };
}

const stageChanges = (applicationId: string) => ctx.db.prisma.stageChange.count({ where: { applicationId } });
const application = (applicationId: string) => ctx.db.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
const record = (key: string) => ctx.db.prisma.idempotencyKey.findUnique({ where: { actor_key: { actor: 'env:ADMIN_API_KEY', key } } });

describe('Idempotency-Key on a stage change (claimed in the move transaction)', () => {
  it('replays a move sent again: the same answer, and the application moved once', async () => {
    const { applicationId, ifMatch } = await openApplication();
    const before = await stageChanges(applicationId);
    // The key goes into the claim as an escaped literal.
    const key = `it's a \\ key; ${randomUUID()}`;
    const first = await post(applicationId, key, PRESELECT, ifMatch);
    expect(first.status).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await post(applicationId, key, PRESELECT, ifMatch);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect((await application(applicationId)).version).toBe(first.body.version);
    expect(await stageChanges(applicationId)).toBe(before + 1);
    expect(await record(key)).toMatchObject({ completed: true, responseStatus: 200 });
  });

  it('refuses the key with another request (422 IDEMPOTENCY_KEY_REUSED), moving nothing', async () => {
    const { applicationId, ifMatch } = await openApplication();
    const key = randomUUID();
    const first = await post(applicationId, key, PRESELECT, ifMatch);
    expect(first.status).toBe(200);
    const other = await post(applicationId, key, { to: 'rejected', reasonCategory: 'not_selected_by_agency' }, first.headers.etag);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await application(applicationId)).toMatchObject({ stage: 'preselected', version: first.body.version });
  });

  it('answers 409 IDEMPOTENCY_IN_PROGRESS to a duplicate while the first holds its transaction, without waiting for it', async () => {
    const { procedureId, applicationId, ifMatch } = await openApplication();
    const key = randomUUID();
    // Another session holds the procedure's row lock: the first move claims its key, then waits for that lock.
    const holder = new pg.Client({ connectionString: ctx.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM procedures WHERE id = $1 FOR UPDATE', [procedureId]);
      let firstDone = false;
      const first = post(applicationId, key, PRESELECT, ifMatch).then((res) => {
        firstDone = true;
        return res;
      });
      for (const deadline = Date.now() + 20_000; ;) {
        // Not on the holder: within its transaction, pg_stat_activity is read once.
        const { rows } = await ctx.db.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%transition_lock%'`,
        );
        if (rows[0]!.n === 1) break;
        if (firstDone || Date.now() > deadline) throw new Error(`the first move never waited for the procedure lock: ${JSON.stringify((await first).body)}`);
        await new Promise((r) => setTimeout(r, 20));
      }

      const duplicate = await post(applicationId, key, PRESELECT, ifMatch);
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
      expect(duplicate.headers['retry-after']).toBe('1');
      // Another request under the key cannot be told from a retry while the first runs: 409 too.
      const another = await post(applicationId, key, { to: 'withdrawn' }, ifMatch);
      expect(another.status).toBe(409);
      expect(another.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
      expect(firstDone).toBe(false);

      await holder.query('COMMIT');
      const done = await first;
      expect(done.status).toBe(200);
      const replay = await post(applicationId, key, PRESELECT, ifMatch);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toEqual(done.body);
      expect((await application(applicationId)).version).toBe(done.body.version);
    } finally {
      await holder.end();
    }
  });

  it('keeps a refused move as the key answer, as for any POST: a retry gets the refusal again', async () => {
    const { applicationId, ifMatch } = await openApplication();
    const key = randomUUID();
    const refused = await post(applicationId, key, { to: 'nominated' }, ifMatch);
    expect(refused.status).toBe(409);
    const again = await post(applicationId, key, { to: 'nominated' }, ifMatch);
    expect(again.status).toBe(409);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(refused.body);

    // A stale If-Match: 412, kept too.
    const staleKey = randomUUID();
    expect((await post(applicationId, staleKey, PRESELECT, '"99"')).status).toBe(412);
    const stale = await post(applicationId, staleKey, PRESELECT, '"99"');
    expect(stale.status).toBe(412);
    expect(stale.headers['idempotent-replayed']).toBe('true');
    expect((await application(applicationId)).stage).toBe('applied');
  });

  it('keeps an answer given before the move (428 without If-Match) as the key answer too', async () => {
    const { applicationId } = await openApplication();
    const key = randomUUID();
    const refused = await post(applicationId, key, PRESELECT);
    expect(refused.status).toBe(428);
    const again = await post(applicationId, key, PRESELECT);
    expect(again.status).toBe(428);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(refused.body);
    const other = await post(applicationId, key, { to: 'withdrawn' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('claims and completes the key of a rejection that cancels interviews (the Prisma path)', async () => {
    const { procedure } = await createProcedure(ctx);
    const [chair] = await seedCommittee(ctx, procedure.id);
    const { applicationId } = await seedApplication(ctx, procedure.id, { stage: 'shortlisted' });
    await scheduleInterview(ctx, procedure.id, { applicationId, startsAt: '2026-01-20T10:00:00+01:00', panel: [chair!.id] });
    const ifMatch = await etagOf(ctx, applicationId);
    const before = await stageChanges(applicationId);
    const key = randomUUID();
    const body = { to: 'rejected', reasonCategory: 'not_selected_by_committee' };
    const first = await post(applicationId, key, body, ifMatch);
    expect(first.status).toBe(200);
    expect(first.body.stage).toBe('rejected');
    const again = await post(applicationId, key, body, ifMatch);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await stageChanges(applicationId)).toBe(before + 1);
    expect(await record(key)).toMatchObject({ completed: true, responseStatus: 200 });
  });

  it('answers 409 while a record is unfinished, and judges the request afresh once it is abandoned', async () => {
    const { applicationId, ifMatch } = await openApplication();
    const key = randomUUID();
    const first = await post(applicationId, key, PRESELECT, ifMatch);
    expect(first.status).toBe(200);
    // Turn the stored record back into one whose request has not finished yet.
    await ctx.db.prisma.idempotencyKey.update({
      where: { actor_key: { actor: 'env:ADMIN_API_KEY', key } },
      data: { completed: false, responseStatus: null, responseBody: null, createdAt: ctx.clock.now() },
    });
    const busy = await post(applicationId, key, PRESELECT, ifMatch);
    expect(busy.status).toBe(409);
    expect(busy.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    ctx.clock.advance(2 * 60_000);
    // Judged afresh: the If-Match of the first is stale now.
    const retried = await post(applicationId, key, PRESELECT, ifMatch);
    expect(retried.status).toBe(412);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect((await application(applicationId)).version).toBe(first.body.version);
  });
});
