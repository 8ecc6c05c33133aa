import pg from 'pg';
import { createDatabase } from '../../src/db/client.js';
import { FixedClock } from '../../src/lib/clock.js';
import { postgresDocumentStore } from '../../src/modules/documents/document-store.js';
import { createSweepService, SWEEP_CLI_ACTOR } from '../../src/modules/jobs/sweep.service.js';
import { load, printTable, type LoadResult, type RunningApi } from './harness.js';

/**
 * The sweep benchmark (README, "Benchmark"): the deadline sweep over 1,000 and 10,000 procedures, with nothing
 * due and with 1,000 things due (500 intakes to close, 500 answers overdue;
 * target: under 5 s each, and time that grows with the work due rather than
 * with the procedures held), and the deadline list over 10,000 procedures
 * (p99).
 */

/** The sweep runs at this instant; filled procedures are either long completed or still ahead. */
export const BENCH_NOW = '2026-01-06T12:00:00+01:00';

const MILESTONE_OFFSETS = [
  ['opening', 0],
  ['closing', 20],
  ['preselectionStart', 22],
  ['preselectionEnd', 26],
  ['overviewDue', 28],
  ['committeeMeeting', 30],
  ['interviewRoundStart', 33],
  ['interviewRoundEnd', 37],
  ['appointmentDeadline', 45],
] as const;

/**
 * Adds procedures `from..to` (1-based numbers) in one set-based statement:
 * even numbers completed in 2024 with an appointed candidate and already
 * erased ones, odd numbers open with their whole timeline in March 2026 and
 * candidates who applied; every procedure with its milestones and stages.
 * Nothing of it is due at BENCH_NOW.
 */
export async function fillProcedures(client: pg.Client, clientId: string, from: number, to: number, candidatesPerProcedure = 5) {
  const values = MILESTONE_OFFSETS.map(([key, days]) => `('${key}', ${days})`).join(', ');
  await client.query(
    `WITH p AS (
       INSERT INTO procedures (id, client_id, title, phase, hours_per_week, locations, completed_at, created_at, updated_at)
       SELECT gen_random_uuid(), $1::uuid, 'Bench procedure ' || g,
              CASE WHEN g % 2 = 0 THEN 'completed' ELSE 'open' END::procedure_phase, 36, ARRAY['Den Haag'],
              CASE WHEN g % 2 = 0 THEN TIMESTAMPTZ '2024-04-20 15:00+02' END, now(), now()
         FROM generate_series($2::int, $3::int) g
       RETURNING id, phase
     ), m AS (
       INSERT INTO milestones (id, procedure_id, key, start_date)
       SELECT gen_random_uuid(), p.id, k.key,
              (CASE WHEN p.phase = 'completed' THEN DATE '2024-03-01' ELSE DATE '2026-03-01' END) + k.days
         FROM p CROSS JOIN (VALUES ${values}) AS k(key, days)
     ), s AS (
       INSERT INTO stages (id, procedure_id, name)
       SELECT gen_random_uuid(), p.id, n::stage_name
         FROM p CROSS JOIN unnest(ARRAY['preselection', 'shortlist', 'nomination', 'references', 'terms', 'appointment']) n
     ), x AS MATERIALIZED (
       SELECT p.id AS procedure_id, p.phase, i, gen_random_uuid() AS candidate_id
         FROM p CROSS JOIN generate_series(1, $4::int) i
     ), c AS (
       INSERT INTO candidates (id, first_name, last_name, email, email_normalized, source, erased_at, created_at, updated_at)
       SELECT candidate_id,
              CASE WHEN erased THEN NULL ELSE 'Bench' END, CASE WHEN erased THEN NULL ELSE 'Candidate ' || i END,
              CASE WHEN erased THEN NULL ELSE candidate_id || '@bench.example' END,
              CASE WHEN erased THEN NULL ELSE candidate_id || '@bench.example' END,
              'open_call', CASE WHEN erased THEN TIMESTAMPTZ '2024-05-18 15:00+02' END, now(), now()
         FROM (SELECT x.*, x.phase = 'completed' AND x.i > 1 AS erased FROM x) y
     )
     INSERT INTO applications (id, procedure_id, candidate_id, source, stage, received_at, erased_at, created_at, updated_at)
     SELECT gen_random_uuid(), procedure_id, candidate_id, 'open_call',
            (CASE WHEN phase = 'open' THEN 'applied' WHEN i = 1 THEN 'appointed' ELSE 'rejected' END)::application_stage,
            now(), CASE WHEN phase = 'completed' AND i > 1 THEN TIMESTAMPTZ '2024-05-18 15:00+02' END, now(), now()
       FROM x`,
    [clientId, from, to, candidatesPerProcedure],
  );
  await client.query('ANALYZE');
}

/**
 * Work for the sweep: the closing date of `intakes` open procedures moves to
 * yesterday (their intake must close now), and `questions` unanswered
 * questions about them passed their answer deadline.
 */
export async function makeWorkDue(client: pg.Client, intakes: number, questions: number) {
  await client.query(
    `UPDATE milestones SET start_date = DATE '2026-01-05'
      WHERE key = 'closing' AND procedure_id IN (SELECT id FROM procedures WHERE phase = 'open' ORDER BY id LIMIT $1)`,
    [intakes],
  );
  await client.query(
    `INSERT INTO inquiries (id, procedure_id, channel, subject, received_at, due_at, created_at, updated_at)
     SELECT gen_random_uuid(), p.id, 'email', 'Bench question', TIMESTAMPTZ '2026-01-02 10:00+01', TIMESTAMPTZ '2026-01-06 00:00+01', now(), now()
       FROM (SELECT id FROM procedures WHERE phase = 'open' ORDER BY id DESC LIMIT $1) p`,
    [questions],
  );
}

interface SweepTiming {
  procedures: number;
  scenario: string;
  seconds: number;
  closed: number;
  inquiries: number;
}

export async function benchSweep(dbUrl: string, options: { sizes?: number[]; due?: number } = {}) {
  const sizes = options.sizes ?? [1_000, 10_000];
  const due = options.due ?? 1_000;
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const database = createDatabase({ url: dbUrl, poolSize: 4, connectTimeoutMs: 5000, statementTimeoutMs: 120_000 });
  const sweep = createSweepService({
    db: database.prisma,
    clock: new FixedClock(new Date(BENCH_NOW)),
    documents: postgresDocumentStore(database.pool),
    policy: { httpsOnly: true, allowPrivate: false },
  });
  const timings: SweepTiming[] = [];
  try {
    const { rows } = await client.query<{ id: string }>(`INSERT INTO clients (id, name) VALUES (gen_random_uuid(), 'Bench client') RETURNING id`);
    const clientId = rows[0]!.id;
    // Warm up the code paths and the connection pool on an empty database.
    await sweep.run(SWEEP_CLI_ACTOR);
    let held = 0;
    for (const size of sizes) {
      const fillStarted = performance.now();
      await fillProcedures(client, clientId, held + 1, size);
      held = size;
      console.log(`filled ${size} procedures in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s`);
      const time = async (scenario: string) => {
        const started = performance.now();
        const report = await sweep.run(SWEEP_CLI_ACTOR);
        const seconds = (performance.now() - started) / 1000;
        timings.push({ procedures: size, scenario, seconds, closed: report.intake.closed, inquiries: report.inquiries.markedOverdue });
        return report;
      };
      const idle = await time('nothing due');
      if (idle.intake.closed + idle.milestones.missed + idle.retention.erased > 0) throw new Error('the bench data had work due');
      const intakes = Math.floor(due / 2);
      await makeWorkDue(client, intakes, due - intakes);
      const busy = await time(`${due} things due`);
      if (busy.intake.closed + busy.inquiries.markedOverdue !== due) {
        throw new Error(`the sweep took ${busy.intake.closed + busy.inquiries.markedOverdue} steps, expected ${due}`);
      }
    }
  } finally {
    await database.close();
    await client.end();
  }

  console.log('\n## Deadline sweep (target: < 5 s each)\n');
  const header = ['procedures', 'scenario', 'seconds', 'intakes closed', 'answers overdue'];
  const lines = timings.map((t) => [String(t.procedures), t.scenario, t.seconds.toFixed(3), String(t.closed), String(t.inquiries)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
  if (sizes.length >= 2) {
    const [small, large] = [sizes[0]!, sizes[sizes.length - 1]!];
    for (const scenario of new Set(timings.map((t) => t.scenario))) {
      const a = timings.find((t) => t.procedures === small && t.scenario === scenario);
      const b = timings.find((t) => t.procedures === large && t.scenario === scenario);
      if (a && b) {
        console.log(`${scenario}: ${small} -> ${large} procedures (x${large / small}) takes x${(b.seconds / a.seconds).toFixed(2)} the time`);
      }
    }
  }
  const slow = timings.filter((t) => t.seconds >= 5);
  console.log(slow.length === 0 ? 'every sweep under 5 s' : `OVER TARGET: ${slow.map((t) => `${t.procedures}/${t.scenario}`).join(', ')}`);
  return timings;
}

/**
 * GET /v1/deadlines over the procedures in the database (fill 10,000 with
 * benchSweep or fillProcedures first): the first page, a page of what is
 * due or overdue, and one procedure's deadlines.
 */
export async function benchDeadlines(api: RunningApi, seconds: number): Promise<LoadResult[]> {
  const keyRes = await api.app.inject({
    method: 'POST',
    url: '/v1/api-keys',
    headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ name: 'bench scheduler', role: 'scheduler' }),
  });
  const headers = { authorization: `Bearer ${keyRes.json().token as string}` };
  const count = await api.db.prisma.procedure.count();
  const one = await api.db.prisma.procedure.findFirst({ where: { phase: 'open' }, select: { id: true } });
  const first = await api.app.inject({ method: 'GET', url: '/v1/deadlines?limit=25', headers });
  const cursor = first.json().nextCursor as string | null;
  const rows: LoadResult[] = [];
  rows.push(await load(`GET /v1/deadlines?limit=25 (${count} procedures)`, `${api.url}/v1/deadlines?limit=25`, { headers, duration: seconds }));
  if (cursor) {
    rows.push(await load('GET /v1/deadlines, second page', `${api.url}/v1/deadlines?limit=25&cursor=${cursor}`, { headers, duration: seconds }));
  }
  rows.push(await load('GET /v1/deadlines?state=due,overdue', `${api.url}/v1/deadlines?state=due,overdue&limit=25`, { headers, duration: seconds }));
  if (one) {
    rows.push(await load('GET /v1/deadlines?procedureId=', `${api.url}/v1/deadlines?procedureId=${one.id}`, { headers, duration: seconds }));
  }
  console.log(`\n## Deadline list over ${count} procedures\n`);
  printTable(rows);
  return rows;
}
