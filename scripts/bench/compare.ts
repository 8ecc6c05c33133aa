// Two builds of the service side by side on one read, with the raw peer
// (docs/performance.md, "The service's own CPU on a read"):
//
//   DATABASE_URL=… node --import tsx scripts/bench/compare.ts [--read application] [--rounds 4] [--seconds 5]
//     [--other /path/to/another/checkout] [--env-a '{"LOG_LEVEL":"warn"}'] [--env-b '{…}']
//
// A is this checkout, B the checkout at --other (this one when not given);
// each started as `npm start` runs it, with its own environment added. Both
// serve one database seeded as `npm run bench` seeds it (its large procedure
// with 2,000 applications instead of 100,000, to seed quickly); it is seeded
// through a third service, stopped before A and B start. Their rounds and
// the raw peer's are interleaved (A and B swapping places each round), so that the host's slow and fast phases
// fall on all three. For each: req/s and the process's own CPU a request
// (user and system time from /proc over the round, divided by the requests
// served), PostgreSQL's CPU a request (all its processes on this machine),
// the whole machine's (the load tool's and the kernel's included),
// a line a round and the means at the end.
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchServer } from './harness.js';
import { loadGet } from './load.js';
import { READ_KEYS, readPaths, seedReads, settleDatabase, type ReadKey } from './seed.js';
import { startNodeProcess, startServiceProcess } from './service-process.js';

const { values } = parseArgs({
  options: {
    read: { type: 'string', default: 'application' },
    rounds: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '5' },
    other: { type: 'string' },
    'env-a': { type: 'string', default: '{}' },
    'env-b': { type: 'string', default: '{}' },
  },
});
const read = values.read as ReadKey;
if (!READ_KEYS.includes(read)) {
  console.error(`--read takes ${READ_KEYS.join(', ')}`);
  process.exit(2);
}
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);

/** CPU time of a process so far, in clock ticks (user + system, /proc/<pid>/stat fields 14 and 15). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
const MICROSECONDS_A_TICK = 10_000;

/** Busy CPU time of the whole machine so far, all cores (/proc/stat: every state but idle and iowait). */
function machineTicks(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  return fields.reduce((sum, ticks, i) => (i === 3 || i === 4 ? sum : sum + ticks), 0);
}

/** CPU time of each PostgreSQL process on this machine so far, by pid. */
function postgresTicks(): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').startsWith('postgres')) ticks.set(Number(entry), cpuTicks(Number(entry)));
    } catch {
      // ended meanwhile
    }
  }
  return ticks;
}

/** PostgreSQL's CPU between two readings: of the processes still there at the second (one that ended took its figure with it). */
function postgresTicksBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ticks] of after) sum += ticks - (before.get(pid) ?? 0);
  return sum;
}

type Started = Awaited<ReturnType<typeof startNodeProcess>>;
const server = await benchServer();
const started: Started[] = [];
try {
  const db = await server.createDatabase();
  // Seeded through a service of its own, stopped before A and B start: neither
  // carries the seed's work in its heap.
  const seeder = await startServiceProcess(db.url);
  const data = await seedReads(seeder.url, seeder.adminKey, db.url, (line) => console.error(line), 2_000).finally(() => seeder.stop());
  await settleDatabase(db.url);
  const a = await startServiceProcess(db.url, JSON.parse(values['env-a']) as Record<string, string>);
  started.push(a);
  const here = process.cwd();
  if (values.other) process.chdir(values.other);
  const b = await startServiceProcess(db.url, JSON.parse(values['env-b']) as Record<string, string>).finally(() => process.chdir(here));
  started.push(b);
  const peer = await startNodeProcess(['--import', 'tsx', 'scripts/bench/peer.ts'], '/health', { DATABASE_URL: db.url });
  started.push(peer);
  const paths = readPaths(data).find((r) => r.key === read)!.path;
  const headers = { authorization: `Bearer ${data.consultantToken}` };
  /** A load and what each round of it measured. */
  const load = (name: string, url: string, pid: number, runHeaders: Record<string, string>) => ({
    name,
    url,
    pid,
    headers: runHeaders,
    rps: [] as number[],
    p99: [] as number[],
    cpu: [] as number[],
    database: [] as number[],
    machine: [] as number[],
  });
  const runs = [
    load('A', `${a.url}/v1${paths}`, a.pid, headers),
    load('B', `${b.url}/v1${paths}`, b.pid, headers),
    load('raw', `${peer.url}/raw${paths}`, peer.pid, {}),
  ];
  for (const run of runs) await loadGet({ url: run.url, seconds: 2, connections: 32, headers: run.headers });
  for (let i = 0; i < rounds; i++) {
    const line: string[] = [];
    // A before B in one round, B before A in the next: neither always follows the raw peer's load.
    const order = i % 2 === 0 ? runs : [runs[1]!, runs[0]!, runs[2]!];
    for (const run of order) {
      const before = cpuTicks(run.pid);
      const postgresBefore = postgresTicks();
      const machineBefore = machineTicks();
      const r = await loadGet({ url: run.url, seconds, connections: 32, headers: run.headers });
      const cpu = ((cpuTicks(run.pid) - before) * MICROSECONDS_A_TICK) / r.requests;
      const database = (postgresTicksBetween(postgresBefore, postgresTicks()) * MICROSECONDS_A_TICK) / r.requests;
      const machine = ((machineTicks() - machineBefore) * MICROSECONDS_A_TICK) / r.requests;
      run.rps.push(r.rps);
      run.p99.push(r.p99);
      run.cpu.push(cpu);
      run.database.push(database);
      run.machine.push(machine);
      line.push(
        `${run.name} ${r.rps.toFixed(0)} req/s, ${cpu.toFixed(1)} µs CPU a request (PostgreSQL ${database.toFixed(1)}, machine ${machine.toFixed(1)}), p99 ${r.p99} ms`,
      );
    }
    console.log(line.join(' | '));
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const raw = mean(runs[2]!.rps);
  for (const run of runs) {
    console.log(
      `${run.name}: ${mean(run.rps).toFixed(0)} req/s, ${mean(run.cpu).toFixed(1)} µs CPU a request (PostgreSQL ${mean(run.database).toFixed(1)}, machine ${mean(run.machine).toFixed(1)}), p99 ${mean(run.p99).toFixed(2)} ms, ${(mean(run.rps) / raw).toFixed(3)} of raw`,
    );
  }
} finally {
  for (const child of started.reverse()) await child.stop();
  await server.close();
}
