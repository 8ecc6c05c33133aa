import type autocannon from 'autocannon';
import { load, printTable, type LoadResult, type RunningApi } from './harness.js';

/**
 * The transitions benchmark (README, "Benchmark"): stage transitions per second, each with its stage change, audit
 * entry and event in one transaction under the procedure's row lock, and
 * their p99 latency.
 *
 * Each request sequence takes an application no other connection holds and
 * moves it there and back along moves the graph always allows, so that the
 * load can run as long as asked:
 * - spread: one procedure per connection, the application cycling
 *   preselected -> rejected -> preselected (reinstated with a reason), which
 *   runs the quota count of the preselection on every second move;
 * - one procedure: all connections in the same procedure, cycling
 *   applied -> rejected -> applied, so that every move waits for the
 *   procedure lock (the price of quotas that hold under concurrency).
 * `If-Match: *` stands for the ETag a client would carry.
 */
export async function benchTransitions(api: RunningApi, seconds: number, options: { connections?: number } = {}): Promise<LoadResult[]> {
  const connections = options.connections ?? 16;
  const auth = { authorization: `Bearer ${api.adminKey}` };
  const inject = async (method: 'POST' | 'PUT' | 'PATCH', url: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await api.app.inject({ method, url, headers: { ...auth, 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string; version: number; token?: string }>();
  };
  const key = await inject('POST', '/v1/api-keys', { name: 'bench transitions', role: 'consultant' });
  const consultant = { authorization: `Bearer ${key.token!}` };
  const client = await inject('POST', '/v1/clients', { name: 'Bench transitions client' });

  // A timeline around today, so that the preselection is open on the real clock.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const timeline = {
    opening: day(-30),
    closing: day(-3),
    preselectionStart: day(-2),
    preselectionEnd: day(5),
    overviewDue: day(6),
    committeeMeeting: day(8),
    interviewRoundStart: day(11),
    interviewRoundEnd: day(15),
    appointmentDeadline: day(30),
  };
  const newProcedure = async (title: string) => {
    const p = await inject('POST', '/v1/procedures', { clientId: client.id, title, hoursPerWeek: 36, locations: ['Den Haag'] });
    const t = await inject('PUT', `/v1/procedures/${p.id}/timeline`, timeline);
    await inject('PATCH', `/v1/procedures/${p.id}`, { phase: 'open' }, { 'if-match': `"${t.version}"` });
    return p.id;
  };

  /** Complete applications (candidate, application and both document rows) written straight into the database. */
  const insertApplications = async (procedureId: string, count: number, stage: 'applied' | 'preselected'): Promise<string[]> => {
    const { rows } = await api.db.pool.query<{ id: string }>(
      `WITH cand AS (
         INSERT INTO candidates (id, first_name, last_name, source)
         SELECT gen_random_uuid(), 'Bench', 'Kandidaat ' || g, 'open_call' FROM generate_series(1, $2::int) g
         RETURNING id
       ), app AS (
         INSERT INTO applications (id, procedure_id, candidate_id, source, stage, received_at, completed_at)
         SELECT gen_random_uuid(), $1::uuid, cand.id, 'open_call', $3::application_stage, now() - interval '10 days', now() - interval '10 days' FROM cand
         RETURNING id
       ), docs AS (
         INSERT INTO documents (id, application_id, kind, store, size_bytes, sha256, current, uploaded_by)
         SELECT gen_random_uuid(), app.id, k::document_kind, 'generated', 1000, repeat('0', 64), true, 'bench'
         FROM app CROSS JOIN unnest(ARRAY['motivation', 'cv']) k
       )
       SELECT id::text AS id FROM app`,
      [procedureId, count, stage],
    );
    return rows.map((r) => r.id);
  };

  const spread: string[] = [];
  for (let i = 0; i < connections; i++) spread.push(...(await insertApplications(await newProcedure(`Bench spread ${i}`), 1, 'preselected')));
  const shared = await insertApplications(await newProcedure('Bench shared'), connections, 'applied');

  /**
   * A request sequence of autocannon (its context lives for one sequence):
   * take a free application, move it there, move it back, free it. Ids are
   * never shared by two connections at once.
   */
  let free: string[] = [];
  const cycle = (ids: string[], there: object, back: object): autocannon.Request[] => {
    free = [...ids];
    const request = (body: object, last: boolean): autocannon.Request => ({
      method: 'POST',
      setupRequest: (req, context) => {
        const ctx = context as { id?: string };
        ctx.id ??= free.shift();
        return {
          ...req,
          path: `/v1/applications/${ctx.id}/transitions`,
          headers: { ...consultant, 'content-type': 'application/json', 'if-match': '*' },
          body: JSON.stringify(body),
        };
      },
      onResponse: (_status, _body, context) => {
        const ctx = context as { id?: string };
        if (last && ctx.id) free.push(ctx.id);
      },
    });
    return [request(there, false), request(back, true)];
  };

  const count = async () =>
    Number((await api.db.pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_entries WHERE action IN ('application.stage_changed', 'application.rejected')`)).rows[0]!.n);

  const rows: LoadResult[] = [];
  const before = await count();
  rows.push(
    await load(`POST transitions, ${connections} procedures`, api.url, {
      duration: seconds,
      connections,
      requests: cycle(
        spread,
        { to: 'rejected', reasonCategory: 'not_selected_by_agency' },
        { to: 'preselected', reason: 'Reinstated by the benchmark.' },
      ),
    }),
  );
  const middle = await count();
  rows.push(
    await load('POST transitions, one procedure', api.url, {
      duration: seconds,
      connections,
      requests: cycle(shared, { to: 'rejected', reasonCategory: 'not_selected_by_agency' }, { to: 'applied', reason: 'Reinstated by the benchmark.' }),
    }),
  );
  const after = await count();

  console.log('\n## Stage transitions: each with its stage change, audit entry and event in one transaction\n');
  printTable(rows);
  console.log(`\naudit entries written: ${middle - before} (spread), ${after - middle} (one procedure)`);
  return rows;
}
