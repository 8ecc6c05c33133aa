// The load of the transitions benchmark, a process of its own (started by
// scripts/bench.ts): each request takes an application no other connection
// holds at that moment and moves it along a move the graph always allows —
// rejected from its stage (`home`), then reinstated to it with a reason, and
// so on — with If-Match set to the ETag of the last answer for that
// application and a fresh Idempotency-Key. The requests come from wrk with
// scripts/bench/transitions.lua when wrk is installed (lighter on a small
// machine, as for the reads), else from autocannon's programmatic API.
// Prints one JSON line: the figures and how many moves succeeded.
//
//   node --import tsx scripts/bench/transitions-load.ts '<json spec>'
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { WRK, type TransitionsResult } from './load.js';

interface Spec {
  url: string;
  seconds: number;
  connections: number;
  token: string;
  applications: Array<{ id: string; version: number; home: 'applied' | 'preselected' }>;
}

const spec = JSON.parse(process.argv[2]!) as Spec;
if (spec.applications.length < spec.connections) throw new Error('need at least one application per connection');

async function withWrk(wrk: string): Promise<TransitionsResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pt-bench-transitions-'));
  try {
    const file = path.join(dir, 'applications.txt');
    await writeFile(file, spec.applications.map((a) => `${a.id} ${a.version} ${a.home}\n`).join(''));
    const { stdout } = await promisify(execFile)(
      wrk,
      [
        '-t1',
        '-c',
        String(spec.connections),
        '-d',
        `${spec.seconds}s`,
        '--timeout',
        '10s',
        '-s',
        path.resolve('scripts/bench/transitions.lua'),
        spec.url,
        '--',
        file,
        spec.token,
      ],
      { maxBuffer: 1 << 20 },
    );
    const line = stdout
      .trim()
      .split('\n')
      .find((l) => l.startsWith('{"rps"'));
    if (!line) throw new Error(`wrk printed no figures:\n${stdout}`);
    return JSON.parse(line) as TransitionsResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Held {
  id: string;
  etag: string;
  home: string;
  rejected: boolean;
}

async function withAutocannon(): Promise<TransitionsResult> {
  const free: Held[] = spec.applications.map((a) => ({ id: a.id, etag: `"${a.version}"`, home: a.home, rejected: false }));
  let moved = 0;
  const statuses: Record<string, number> = {};
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const held = free.shift()!;
          (context as { held?: Held }).held = held;
          const body = held.rejected ? { to: held.home, reason: 'Reinstated by the benchmark.' } : { to: 'rejected', reasonCategory: 'not_selected_by_agency' };
          return {
            ...req,
            path: `/v1/applications/${held.id}/transitions`,
            headers: {
              authorization: `Bearer ${spec.token}`,
              'content-type': 'application/json',
              'if-match': held.etag,
              'idempotency-key': randomUUID(),
            },
            body: JSON.stringify(body),
          };
        },
        onResponse: (status, _body, context, headers) => {
          const held = (context as { held?: Held }).held;
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (!held) return;
          const etag = (headers as Record<string, string | string[]> | undefined)?.etag;
          if (status === 200 && typeof etag === 'string') {
            held.etag = etag;
            held.rejected = !held.rejected;
            moved++;
          }
          free.push(held);
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    moved,
    statuses,
  };
}

console.log(JSON.stringify(WRK ? await withWrk(WRK) : await withAutocannon()));
