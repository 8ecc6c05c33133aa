import pg from 'pg';
import { generateApplications } from '../generate-applications.js';

/** Requests to the running service with a key, failing loudly on anything but 2xx. */
export function apiClient(baseUrl: string, token: string) {
  return async <T = { id: string; version: number; token?: string }>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    // The service sheds load (503) while its event loop lags, as it may just after its start on a busy machine: wait and retry.
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status === 503 && attempt < 30) {
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return JSON.parse(text) as T;
    }
  };
}

async function inBatches<T>(count: number, width: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let from = 0; from < count; from += width) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(width, count - from) }, (_, k) => fn(from + k)))));
  }
  return out;
}

/**
 * After a bulk load, before measuring: the rows vacuumed and analyzed, and a
 * checkpoint, so that neither autovacuum nor the checkpointer takes up the
 * machine during the first measurements. CHECKPOINT needs a superuser (or
 * pg_checkpoint); without one it is left out.
 */
async function settle(db: pg.Client) {
  await db.query('VACUUM (ANALYZE)');
  await db.query('CHECKPOINT').catch(() => undefined);
}

/**
 * settle, on its own connection: what autovacuum does within a minute
 * (autovacuum_naptime) of a burst of writes, such as the transitions'
 * warm-up. ANALYZE also makes every connection plan its prepared statements
 * again (docs/performance.md, "Statistics of a young database").
 */
export async function settleDatabase(dbUrl: string) {
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  try {
    await settle(db);
  } finally {
    await db.end();
  }
}

export interface ReadsData {
  consultantToken: string;
  procedureId: string;
  applicationId: string;
  /** A procedure with 1,000 applications, and one with 100,000. */
  small: string;
  large: string;
  /** One preselected application in each of 100 procedures. */
  spread: Array<{ id: string; version: number; home: 'preselected' }>;
  /** 32 applied applications in one procedure. */
  shared: Array<{ id: string; version: number; home: 'applied' }>;
}

/** The reads the bench measures, by key (compare.ts's --read). */
export const READ_KEYS = ['procedure', 'procedures', 'application', 'applications', 'large-applications'] as const;
export type ReadKey = (typeof READ_KEYS)[number];

/** Each read's name and path: under /v1 on the API, under /raw and /prisma on the peer (scripts/bench/peer.ts). */
export function readPaths(data: ReadsData): Array<{ key: ReadKey; name: string; path: string }> {
  return [
    { key: 'procedure', name: 'one procedure', path: `/procedures/${data.procedureId}` },
    { key: 'procedures', name: 'page of 25 of 200 procedures', path: '/procedures?limit=25' },
    { key: 'application', name: 'one application', path: `/applications/${data.applicationId}` },
    { key: 'applications', name: 'page of 25 of 1,000 applications', path: `/procedures/${data.small}/applications?limit=25` },
    { key: 'large-applications', name: 'page of 25 of 100,000 applications', path: `/procedures/${data.large}/applications?limit=25` },
  ];
}

/** A day `offset` days from today, as YYYY-MM-DD. */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A procedure made through the API with a salary scale and `timeline`, its phase open; its id. */
export async function openProcedure(admin: ReturnType<typeof apiClient>, clientId: string, title: string, timeline: Record<string, string>): Promise<string> {
  const p = await admin('POST', '/v1/procedures', {
    clientId,
    title,
    hoursPerWeek: 36,
    locations: ['Den Haag'],
    salary: { scale: '17', ikbPercentage: '21.82', bounds: [{ validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: '11442.11' }] },
  });
  const t = await admin('PUT', `/v1/procedures/${p.id}/timeline`, timeline);
  await admin('PATCH', `/v1/procedures/${p.id}`, { phase: 'open' }, { 'if-match': `"${t.version}"` });
  return p.id;
}

/**
 * The data of the reads and transitions: 200 open procedures made through
 * the API (each with a salary scale, a timeline around today so that the
 * preselection is open, and the phase open), then applications written
 * straight into the database: 1,000 and 100,000 in two procedures
 * (scripts/generate-applications.ts), one complete preselected application
 * in each of 100 others and 32 applied ones in another.
 */
export async function seedReads(apiUrl: string, adminKey: string, dbUrl: string, say: (line: string) => void, largeCount = 100_000): Promise<ReadsData> {
  const admin = apiClient(apiUrl, adminKey);
  const key = await admin('POST', '/v1/api-keys', { name: 'bench consultant', role: 'consultant' });
  const consultantToken = key.token!;
  const client = await admin('POST', '/v1/clients', { name: 'Bench client' });
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
  const started = performance.now();
  const procedures = await inBatches(200, 8, (i) => openProcedure(admin, client.id, `Director ${i}`, timeline));
  say(`200 procedures through the API in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const [small, large, sharedProcedure] = procedures as [string, string, string];
  const spreadProcedures = procedures.slice(3, 103);

  const fillStarted = performance.now();
  await generateApplications({ databaseUrl: dbUrl, procedureId: small, count: 1_000 });
  await generateApplications({ databaseUrl: dbUrl, procedureId: large, count: largeCount });
  say(`${largeCount + 1_000} applications by SQL in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s`);

  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const insert = async (procedureIds: string[], each: number, stage: 'applied' | 'preselected') => {
      const { rows } = await db.query<{ id: string; version: number }>(
        `WITH x AS MATERIALIZED (
           SELECT p AS procedure_id, gen_random_uuid() AS candidate_id, gen_random_uuid() AS application_id, g
             FROM unnest($1::uuid[]) p CROSS JOIN generate_series(1, $2::int) g
         ), cand AS (
           INSERT INTO candidates (id, first_name, last_name, email, email_normalized, source)
           SELECT candidate_id, 'Bench', 'Kandidaat ' || g, candidate_id || '@bench.example', candidate_id || '@bench.example', 'open_call' FROM x
         ), app AS (
           INSERT INTO applications (id, procedure_id, candidate_id, source, stage, received_at, completed_at)
           SELECT application_id, procedure_id, candidate_id, 'open_call', $3::application_stage, now() - interval '10 days', now() - interval '10 days' FROM x
           RETURNING id, version
         ), docs AS (
           INSERT INTO documents (id, application_id, kind, store, file_name, size_bytes, sha256, current, uploaded_by)
           SELECT gen_random_uuid(), app.id, k::document_kind, 'generated', k || '.pdf', 1000, repeat('0', 64), true, 'bench'
             FROM app CROSS JOIN unnest(ARRAY['motivation', 'cv']) k
         )
         SELECT id::text AS id, version FROM app`,
        [procedureIds, each, stage],
      );
      return rows;
    };
    const spread = (await insert(spreadProcedures, 1, 'preselected')).map((r) => ({ ...r, home: 'preselected' as const }));
    const shared = (await insert([sharedProcedure], 32, 'applied')).map((r) => ({ ...r, home: 'applied' as const }));
    await settle(db);
    const one = await db.query<{ id: string }>('SELECT id::text AS id FROM applications WHERE procedure_id = $1 ORDER BY created_at LIMIT 1 OFFSET 500', [
      small,
    ]);
    return { consultantToken, procedureId: procedures[100]!, applicationId: one.rows[0]!.id, small, large, spread, shared };
  } finally {
    await db.end();
  }
}

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
 * Adds procedures `from..to` (1-based numbers) in one set-based statement,
 * with 10 candidates each: even numbers completed in 2024 (their candidates
 * rejected but one appointed), odd numbers open with a timeline that opened
 * 0 to 59 days ago, so that their deadlines are spread over past, today and
 * ahead (upcoming, due and overdue ones).
 */
export async function fillProcedures(dbUrl: string, from: number, to: number) {
  const values = MILESTONE_OFFSETS.map(([key, days]) => `('${key}', ${days})`).join(', ');
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  try {
    let clientId = (await db.query<{ id: string }>(`SELECT id::text AS id FROM clients WHERE name = 'Bench deadlines client'`)).rows[0]?.id;
    clientId ??= (
      await db.query<{ id: string }>(`INSERT INTO clients (id, name) VALUES (gen_random_uuid(), 'Bench deadlines client') RETURNING id::text AS id`)
    ).rows[0]!.id;
    await db.query('SET statement_timeout = 0');
    await db.query(
      `WITH p AS (
         INSERT INTO procedures (id, client_id, title, phase, hours_per_week, locations, completed_at, created_at, updated_at)
         SELECT gen_random_uuid(), $1::uuid, 'Bench procedure ' || g,
                CASE WHEN g % 2 = 0 THEN 'completed' ELSE 'open' END::procedure_phase, 36, ARRAY['Den Haag'],
                CASE WHEN g % 2 = 0 THEN TIMESTAMPTZ '2024-04-20 15:00+02' END, now(), now()
           FROM generate_series($2::int, $3::int) g
         RETURNING id, phase, (regexp_replace(title, '\\D', '', 'g'))::int AS g
       ), m AS (
         INSERT INTO milestones (id, procedure_id, key, start_date)
         SELECT gen_random_uuid(), p.id, k.key,
                (CASE WHEN p.phase = 'completed' THEN DATE '2024-03-01' ELSE CURRENT_DATE - (p.g % 60) END) + k.days
           FROM p CROSS JOIN (VALUES ${values}) AS k(key, days)
       ), s AS (
         INSERT INTO stages (id, procedure_id, name)
         SELECT gen_random_uuid(), p.id, n::stage_name
           FROM p CROSS JOIN unnest(ARRAY['preselection', 'shortlist', 'nomination', 'references', 'terms', 'appointment']) n
       ), x AS MATERIALIZED (
         SELECT p.id AS procedure_id, p.phase, i, gen_random_uuid() AS candidate_id
           FROM p CROSS JOIN generate_series(1, 10) i
       ), c AS (
         INSERT INTO candidates (id, first_name, last_name, email, email_normalized, source, created_at, updated_at)
         SELECT candidate_id, 'Bench', 'Candidate ' || i, candidate_id || '@bench.example', candidate_id || '@bench.example', 'open_call', now(), now()
           FROM x
       )
       INSERT INTO applications (id, procedure_id, candidate_id, source, stage, received_at, created_at, updated_at)
       SELECT gen_random_uuid(), procedure_id, candidate_id, 'open_call',
              (CASE WHEN phase = 'open' THEN 'applied' WHEN i = 1 THEN 'appointed' ELSE 'rejected' END)::application_stage,
              now(), now(), now()
         FROM x`,
      [clientId, from, to],
    );
    await settle(db);
  } finally {
    await db.end();
  }
}
