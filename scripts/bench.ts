// npm run bench [-- --seconds 10 --only reads,transitions,deadlines --check --tolerance 0.2 --regression]
//
// Measures what a user gets (README, "Benchmark"): the API started as its own
// process as `npm start` starts it, the peers (raw `pg`, plain Prisma) in
// another, the load from a third (wrk or autocannon), on fresh databases the
// bench creates and drops (on DATABASE_URL's server, or an embedded one).
// Prints markdown tables to stdout (progress to stderr); with --check it exits
// 1 when a target is missed by more than --tolerance (relative); with
// --regression it exits 1 when a figure crosses its floor, a bound far below
// today's figures that only a large regression crosses (CI runs this).
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { parseArgs, promisify } from 'node:util';
import { benchServer, type BenchDatabase } from './bench/harness.js';
import { LOAD_TOOL, loadGet, type LoadResult, type TransitionsResult } from './bench/load.js';
import { apiClient, fillProcedures, readPaths, seedReads, settleDatabase, type ReadsData } from './bench/seed.js';
import { SERVICE_OVERRIDES, TRIAL_SETTINGS, startNodeProcess, startServiceProcess, type ServiceProcess } from './bench/service-process.js';
import { startStatementCounter } from './bench/statement-counter.js';
import { measureUploads } from './bench/uploads.js';

const PARTS = ['reads', 'transitions', 'deadlines', 'uploads'] as const;
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    only: { type: 'string', default: PARTS.join(',') },
    check: { type: 'boolean', default: false },
    tolerance: { type: 'string', default: '0.2' },
    regression: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const tolerance = Number(values.tolerance);
const only = new Set(values.only.split(',').map((s) => s.trim()));
for (const part of only) {
  if (!(PARTS as readonly string[]).includes(part)) {
    console.error(`--only takes ${PARTS.join(', ')}; not ${part}`);
    process.exit(2);
  }
}
if (!(seconds >= 1) || !(tolerance >= 0)) {
  console.error('usage: npm run bench -- [--seconds 10] [--only reads,transitions,deadlines,uploads] [--check] [--tolerance 0.2] [--regression]');
  process.exit(2);
}

const startedAt = performance.now();
const say = (line: string) => console.error(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const out: string[] = [];
const print = (line = '') => out.push(line);

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------
interface Target {
  name: string;
  value: number;
  op: '>=' | '<=';
  goal: number;
  unit: string;
  /** The regression bound (--regression): the goal itself when absent. */
  floor: number;
}
const targets: Target[] = [];
const target = (name: string, value: number, op: Target['op'], goal: number, unit = '', floor = goal) => targets.push({ name, value, op, goal, unit, floor });
/** Whether a figure is on the right side of its floor (--regression). */
const aboveFloor = (t: Target) => Number.isFinite(t.value) && (t.op === '>=' ? t.value >= t.floor : t.value <= t.floor);
/** met, missed within the tolerance, or missed beyond it (fails --check). */
function verdict(t: Target): 'met' | 'missed (within tolerance)' | 'MISSED' {
  if (!Number.isFinite(t.value)) return 'MISSED';
  if (t.op === '>=' ? t.value >= t.goal : t.value <= t.goal) return 'met';
  const within = t.op === '>=' ? t.value >= t.goal * (1 - tolerance) : t.value <= t.goal * (1 + tolerance);
  return within ? 'missed (within tolerance)' : 'MISSED';
}
/** Every answer of a measured run must be 2xx: a run with errors measures something else. */
const clean = (name: string, r: LoadResult) => target(`${name}: non-2xx answers and errors`, r.non2xx + r.errors, '<=', 0);

const f0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const table = (header: string[], rows: string[][]) => {
  print(`| ${header.join(' | ')} |`);
  print(`|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const r of rows) print(`| ${r.join(' | ')} |`);
  print();
};

async function measure(label: string, options: Parameters<typeof loadGet>[0]): Promise<LoadResult> {
  // A short warm-up (JIT, pools, caches), then the measurement.
  await loadGet({ ...options, seconds: Math.min(2, Math.max(1, Math.round(seconds / 5))) });
  const r = await loadGet(options);
  sayResult(label, r);
  return r;
}

function sayResult(label: string, r: LoadResult) {
  say(`${label}: ${f0(r.rps)} req/s, p50 ${f1(r.p50)} ms, p99 ${f1(r.p99)} ms${r.non2xx + r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''}`);
}

/**
 * Loads that are compared with each other, measured in turns: each warmed up,
 * then READ_TURNS rounds of all of them (in order, then in reverse), each round a share of
 * `seconds`. The host's slower and faster phases (tens of seconds here) then
 * fall on all of them instead of on whichever ran in that phase. Throughput,
 * p50 and p99 are the means of the rounds' (which are equally long).
 */
async function measureInTurns(targets: Array<{ label: string; options: Omit<Parameters<typeof loadGet>[0], 'seconds'> }>): Promise<LoadResult[]> {
  const warmUp = Math.min(2, Math.max(1, Math.round(seconds / 5)));
  for (const t of targets) await loadGet({ ...t.options, seconds: warmUp });
  const turn = Math.max(1, Math.round(seconds / READ_TURNS));
  const rounds: LoadResult[][] = targets.map(() => []);
  for (let round = 0; round < READ_TURNS; round++) {
    // In order, then in reverse (A B C, C B A, ...): a drift of the host over the turns falls on each alike,
    // and none always follows the same load.
    const order = [...targets.entries()];
    if (round % 2 === 1) order.reverse();
    for (const [i, t] of order) rounds[i]!.push(await loadGet({ ...t.options, seconds: turn }));
  }
  return targets.map((t, i) => {
    const runs = rounds[i]!;
    const mean = (pick: (r: LoadResult) => number) => runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
    const requests = runs.reduce((sum, r) => sum + r.requests, 0);
    const r: LoadResult = {
      rps: mean((run) => run.rps),
      p50: mean((run) => run.p50),
      p99: mean((run) => run.p99),
      requests,
      non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
    };
    sayResult(t.label, r);
    return r;
  });
}

/** In how many turns the reads and their peers are measured (measureInTurns). */
const READ_TURNS = 2;

// ---------------------------------------------------------------------------
// Reads: API against raw pg and plain Prisma, 32 connections
// ---------------------------------------------------------------------------
async function benchReads(api: ServiceProcess, dbUrl: string, data: ReadsData) {
  const peer = await startNodeProcess(['--import', 'tsx', 'scripts/bench/peer.ts'], '/health', { DATABASE_URL: dbUrl });
  const connections = 32;
  const results: Array<{ name: string; api: LoadResult; raw: LoadResult; prisma: LoadResult }> = [];
  try {
    for (const read of readPaths(data)) {
      const headers = { authorization: `Bearer ${data.consultantToken}` };
      const targets = [
        { label: `API    ${read.name}`, options: { url: `${api.url}/v1${read.path}`, connections, headers } },
        { label: `raw    ${read.name}`, options: { url: `${peer.url}/raw${read.path}`, connections } },
        { label: `Prisma ${read.name}`, options: { url: `${peer.url}/prisma${read.path}`, connections } },
      ];
      const [apiResult, rawResult, prismaResult] = await measureInTurns(targets);
      results.push({ name: read.name, api: apiResult!, raw: rawResult!, prisma: prismaResult! });
    }
  } finally {
    await peer.stop();
  }
  print(
    `## Reads (${connections} connections, ${seconds} s each, in ${READ_TURNS} turns: the API, raw and Prisma, then Prisma, raw and the API; latency in ms, the mean of the turns)`,
  );
  print();
  table(
    ['read', 'API req/s', 'API p50', 'API p99', 'raw req/s', 'raw p99', 'Prisma req/s', 'Prisma p99', 'API/raw req/s', 'API p99 / raw p99', 'API/Prisma req/s'],
    results.map((r) => [
      r.name,
      f0(r.api.rps),
      f1(r.api.p50),
      f1(r.api.p99),
      f0(r.raw.rps),
      f1(r.raw.p99),
      f0(r.prisma.rps),
      f1(r.prisma.p99),
      f2(r.api.rps / r.raw.rps),
      f2(r.api.p99 / r.raw.p99),
      f2(r.api.rps / r.prisma.rps),
    ]),
  );
  for (const r of results) {
    // Its floor is 0.2: a noisy run on this machine gave 0.30 for the procedure page that quieter runs put at 0.50-0.59.
    target(`${r.name}: API/raw req/s`, r.api.rps / r.raw.rps, '>=', 0.8, '', 0.2);
    // A read's p99 over a few seconds swings with a single pause of the process: its floor is loose.
    target(`${r.name}: API p99 / raw p99`, r.api.p99 / r.raw.p99, '<=', 1.5, '', 10);
    clean(`API ${r.name}`, r.api);
    clean(`raw ${r.name}`, r.raw);
    clean(`Prisma ${r.name}`, r.prisma);
  }
  const small = results[3]!.api;
  const large = results[4]!.api;
  target('100,000 / 1,000 applications page: API p50', large.p50 / small.p50, '<=', 1.2, '', 2);
  target('1,000 / 100,000 applications page: API req/s', small.rps / large.rps, '<=', 1.2, '', 2);
}

// ---------------------------------------------------------------------------
// Transitions: 16 connections, spread and in one procedure; statements each
// ---------------------------------------------------------------------------
type BenchApplication = { id: string; version: number; home: 'applied' | 'preselected' };

async function transitionsLoad(api: ServiceProcess, token: string, applications: BenchApplication[], duration: number) {
  const spec = JSON.stringify({ url: api.url, seconds: duration, connections: 16, token, applications });
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/bench/transitions-load.ts', spec], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as TransitionsResult;
}

async function benchTransitions(api: ServiceProcess, db: BenchDatabase, data: ReadsData) {
  const rows: Array<[string, Awaited<ReturnType<typeof transitionsLoad>>]> = [];
  const scenarios: Array<[string, BenchApplication[]]> = [
    ['spread over 100 procedures (preselected <-> rejected)', data.spread],
    ['within one procedure (applied <-> rejected)', data.shared],
  ];
  for (const [name, apps] of scenarios) {
    // The warm-up moves the applications too, and moves the load sent may still be
    // waiting in the service when the load process ends: read the applications
    // until two reads a second apart agree, then bring any rejected one home.
    const read = apiClient(api.url, data.consultantToken);
    const settled = async () => {
      const snapshot = () => Promise.all(apps.map((a) => read<{ version: number; stage: string }>('GET', `/v1/applications/${a.id}`)));
      let last = await snapshot();
      for (let i = 0; i < 30; i++) {
        await new Promise((r) => setTimeout(r, 1000));
        const next = await snapshot();
        if (next.every((n, k) => n.version === last[k]!.version)) break;
        last = next;
      }
      return apps.map((a, k) => ({ ...a, version: last[k]!.version, stage: last[k]!.stage }));
    };
    await transitionsLoad(api, data.consultantToken, apps, Math.min(2, Math.max(1, Math.round(seconds / 5))));
    for (const a of await settled()) {
      if (a.stage === 'rejected') {
        await read('POST', `/v1/applications/${a.id}/transitions`, { to: a.home, reason: 'Reinstated by the benchmark.' }, { 'if-match': `"${a.version}"` });
      }
    }
    // The warm-up's moves are the first history stage_changes has: the statistics
    // are brought up to date before the measured run, as autovacuum would soon.
    await settleDatabase(db.url);
    const current = async () =>
      (await settled()).map(({ stage, ...a }) => {
        if (stage !== a.home) throw new Error(`application ${a.id} is ${stage}, not ${a.home}`);
        return a;
      });
    const r = await transitionsLoad(api, data.consultantToken, await current(), seconds);
    say(`transitions ${name}: ${f0(r.rps)} req/s, p99 ${f1(r.p99)} ms, statuses ${JSON.stringify(r.statuses)}`);
    rows.push([name, r]);
  }

  // Statements per transition: a second service process, through a counting
  // proxy, with its background loops off so that only the requests query.
  const counter = await startStatementCounter(db.url);
  const counted = await startServiceProcess(counter.url, { WEBHOOK_LOOP: 'false', SWEEP_INTERVAL_MS: '0' });
  const perMove: number[] = [];
  try {
    const viaMain = apiClient(api.url, data.consultantToken);
    const viaCounted = apiClient(counted.url, data.consultantToken);
    // One request first, so that the pool and the key are warm.
    await viaCounted('GET', `/v1/applications/${data.spread[0]!.id}`);
    for (const a of data.spread.slice(0, 20)) {
      let { version, stage } = await viaMain<{ version: number; stage: string }>('GET', `/v1/applications/${a.id}`);
      for (let k = 0; k < 2; k++) {
        const body =
          stage === 'rejected' ? { to: a.home, reason: 'Reinstated by the benchmark.' } : { to: 'rejected', reasonCategory: 'not_selected_by_agency' };
        const before = counter.roundTrips();
        const moved = await viaCounted<{ version: number; stage: string }>('POST', `/v1/applications/${a.id}/transitions`, body, {
          'if-match': `"${version}"`,
          'idempotency-key': randomUUID(),
        });
        perMove.push(counter.roundTrips() - before);
        ({ version, stage } = moved);
      }
    }
  } finally {
    await counted.stop();
    await counter.close();
  }
  const mean = perMove.reduce((s, n) => s + n, 0) / perMove.length;

  print(`## Stage transitions (16 connections, ${seconds} s each; If-Match from the last answer, a fresh Idempotency-Key each)`);
  print();
  table(
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'moves made', 'non-2xx', 'errors'],
    rows.map(([name, r]) => [name, f0(r.rps), f1(r.p50), f1(r.p99), f0(r.moved), f0(r.non2xx), f0(r.errors)]),
  );
  print(
    `Statements per transition: ${f1(mean)} on average (min ${Math.min(...perMove)}, max ${Math.max(...perMove)}, ${perMove.length} moves made one at a time): ` +
      'round trips from the service to PostgreSQL counted by a proxy between them (simple queries, e.g. BEGIN/COMMIT, plus extended-protocol Syncs, one per statement), ' +
      'including the API key lookup and the idempotency record; measured on a second service process with WEBHOOK_LOOP=false and SWEEP_INTERVAL_MS=0.',
  );
  print();
  const [spread, one] = [rows[0]![1], rows[1]![1]];
  target('transitions spread over 100 procedures: req/s', spread.rps, '>=', 1000, '', 120);
  target('transitions spread over 100 procedures: p99', spread.p99, '<=', 50, ' ms', 400);
  target('transitions within one procedure: req/s', one.rps, '>=', 300, '', 80);
  target('transitions within one procedure: p99', one.p99, '<=', 50, ' ms', 400);
  target('statements per transition (mean)', mean, '<=', 5);
  clean('transitions spread', spread);
  clean('transitions one procedure', one);
}

// ---------------------------------------------------------------------------
// Deadlines: GET /v1/deadlines?state=due,overdue at 1,000 and 10,000 procedures
// ---------------------------------------------------------------------------
async function benchDeadlines(server: Awaited<ReturnType<typeof benchServer>>) {
  const db = await server.createDatabase();
  let api: ServiceProcess | undefined;
  const connections = 16;
  const rows: Array<[number, LoadResult]> = [];
  try {
    let started = performance.now();
    await fillProcedures(db.url, 1, 1_000);
    say(`1,000 procedures, 10,000 candidates by SQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    api = await startServiceProcess(db.url);
    const key = await apiClient(api.url, api.adminKey)('POST', '/v1/api-keys', { name: 'bench scheduler', role: 'scheduler' });
    const headers = { authorization: `Bearer ${key.token!}` };
    const url = `${api.url}/v1/deadlines?state=due,overdue`;
    const page = await apiClient(api.url, key.token!)<{ items: unknown[] }>('GET', '/v1/deadlines?state=due,overdue');
    if (page.items.length === 0) throw new Error('the deadline list has nothing due or overdue');
    rows.push([1_000, await measure('deadlines, 1,000 procedures', { url, seconds, connections, headers })]);
    started = performance.now();
    // A thousand at a time: the statement triggers on applications refresh each new candidate's retention, which is
    // quick per thousand and far slower for 90,000 in one statement.
    for (let from = 1_001; from <= 10_000; from += 1_000) await fillProcedures(db.url, from, from + 999);
    say(`10,000 procedures, 100,000 candidates by SQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    rows.push([10_000, await measure('deadlines, 10,000 procedures', { url, seconds, connections, headers })]);
  } finally {
    await api?.stop();
    await db.close();
  }
  print(`## GET /v1/deadlines?state=due,overdue (first page; ${connections} connections, ${seconds} s each)`);
  print();
  table(
    ['procedures', 'candidates', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
    rows.map(([n, r]) => [f0(n), f0(n * 10), f0(r.rps), f1(r.p50), f1(r.p99), f0(r.non2xx), f0(r.errors)]),
  );
  const [small, large] = [rows[0]![1], rows[1]![1]];
  target('deadlines over 10,000 procedures: p99', large.p99, '<=', 50, ' ms', 400);
  target('deadlines p99: 10,000 / 1,000 procedures', large.p99 / small.p99, '<=', 1.5, '', 4);
  clean('deadlines 1,000', small);
  clean('deadlines 10,000', large);
}

/** The service's RSS once it has stopped changing: two readings a second apart within 1 MiB, at least 3 s after the start. */
async function settledRss(api: ServiceProcess): Promise<number> {
  await new Promise((r) => setTimeout(r, 2000));
  let last = await api.rssBytes();
  for (let i = 0; i < 15; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await api.rssBytes();
    if (Math.abs(now - last) < 1048576) return now;
    last = now;
  }
  return last;
}

// ---------------------------------------------------------------------------
// Uploads: 100 applications with two 5 MiB PDFs, 20 at a time, on a service of their own
// ---------------------------------------------------------------------------
const MIB = 1048576;

async function benchUploads(server: Awaited<ReturnType<typeof benchServer>>) {
  const db = await server.createDatabase();
  let api: ServiceProcess | undefined;
  try {
    api = await startServiceProcess(db.url);
    const idle = await idleRss(api);
    const options = { applications: 100, pdfBytes: 5 * 1024 * 1024, concurrency: 20 };
    say(`uploads: ${options.applications} applications with two ${options.pdfBytes / MIB} MiB PDFs, ${options.concurrency} at a time`);
    const r = await measureUploads(api.url, api.adminKey, () => api!.rssBytes(), options);
    const growth = (r.peakRss - idle) / MIB;
    say(
      `uploads: ${r.created} created in ${r.seconds.toFixed(1)} s${r.shed ? ` (${r.shed} answers of 503 sent again)` : ''}; RSS idle ${(idle / MIB).toFixed(0)} MiB, peak ${(r.peakRss / MIB).toFixed(0)} MiB`,
    );
    for (const failure of r.failures.slice(0, 3)) say(`uploads: ${failure}`);
    print(
      `## POST /v1/procedures/:procedureId/applications, multipart (${r.applications} applications with two ${r.pdfBytes / MIB} MiB PDFs, ${r.concurrency} at a time)`,
    );
    print();
    table(
      ['created', 'applications/s', 'MiB/s', 'p50 s', 'p99 s', 'RSS idle MiB', 'RSS peak MiB', 'growth MiB'],
      [
        [
          f0(r.created),
          f1(r.created / r.seconds),
          f0((r.created * 2 * r.pdfBytes) / MIB / r.seconds),
          f1(r.p50 / 1000),
          f1(r.p99 / 1000),
          f0(idle / MIB),
          f0(r.peakRss / MIB),
          f0(growth),
        ],
      ],
    );
    target('uploads: answers other than 201', r.failures.length, '<=', 0);
    target('uploads: RSS growth above idle', growth, '<=', 150, ' MiB', 300);
  } finally {
    await api?.stop();
    await db.close();
  }
}

/** The idle memory of a service just started: after a few requests and the start-up work (the first webhook pass, which loads the ORM). */
async function idleRss(api: ServiceProcess): Promise<number> {
  const admin = apiClient(api.url, api.adminKey);
  for (let i = 0; i < 10; i++) {
    await admin('GET', '/v1/procedures?limit=25');
    await admin('GET', '/health');
  }
  return settledRss(api);
}

// ---------------------------------------------------------------------------
const server = await benchServer();
let memory: number | undefined;
let failed = false;
const cleanups: Array<() => Promise<void>> = [];
try {
  say(`databases on ${server.label}; load from ${LOAD_TOOL}`);
  if (only.has('reads') || only.has('transitions')) {
    const db = await server.createDatabase();
    cleanups.push(() => db.close());
    const api = await startServiceProcess(db.url);
    cleanups.push(() => api.stop());
    // Idle memory, before the seed.
    memory = await idleRss(api);
    target('idle service memory (RSS)', memory / MIB, '<=', 250, ' MiB', 400);
    // The 100,000 applications only serve the reads.
    const data = await seedReads(api.url, api.adminKey, db.url, say, only.has('reads') ? 100_000 : 1_000);
    if (only.has('reads')) await benchReads(api, db.url, data);
    if (only.has('transitions')) await benchTransitions(api, db, data);
    // Stop this service and drop its database before the next part.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  }
  if (only.has('deadlines')) await benchDeadlines(server);
  if (only.has('uploads')) await benchUploads(server);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((e: unknown) => console.error(e));
  await server.close();
}
if (failed) process.exit(1);

const cpus = os.cpus();
console.log(`# Procedure Tracker benchmark`);
console.log();
console.log(
  `${new Date().toISOString()}; node ${process.version}; ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, load average ${os.loadavg()[0]!.toFixed(1)}; ` +
    `databases on ${server.label}; load from ${LOAD_TOOL}, in a process of its own.`,
);
console.log(
  `Service: started as \`npm start\` does, with its defaults (LOG_LEVEL info, DB_POOL_SIZE 10, load shedding at its defaults) except, for this run only, ` +
    `${Object.entries({ ...SERVICE_OVERRIDES, ...TRIAL_SETTINGS })
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}.`,
);
if (memory !== undefined)
  console.log(
    `Idle service memory (RSS after the start, 20 requests and the first webhook pass, once steady; before the seed): ${(memory / 1048576).toFixed(0)} MiB.`,
  );
console.log();
for (const line of out) console.log(line);
console.log(`## Targets (tolerance ${tolerance * 100}% for --check; floors for --regression)`);
console.log();
console.log('| target | value | goal | status | floor |');
console.log('| --- | ---: | ---: | --- | --- |');
for (const t of targets) {
  const value = `${Number.isInteger(t.value) ? f0(t.value) : f2(t.value)}${t.unit}`;
  console.log(`| ${t.name} | ${value} | ${t.op} ${t.goal}${t.unit} | ${verdict(t)} | ${t.op} ${t.floor}${t.unit}: ${aboveFloor(t) ? 'held' : 'CROSSED'} |`);
}
const missed = targets.filter((t) => verdict(t) === 'MISSED');
const crossed = targets.filter((t) => !aboveFloor(t));
console.log();
console.log(
  `${targets.length - missed.length} of ${targets.length} targets met or within tolerance; ${crossed.length} floors crossed; total ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`,
);
if (values.check && missed.length > 0) process.exit(1);
if (values.regression && crossed.length > 0) process.exit(1);
