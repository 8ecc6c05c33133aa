// The load of the transitions benchmark, a process of its own (started by
// scripts/bench.ts): autocannon's programmatic API, each request taking an
// application no other connection holds at that moment and moving it along a
// move the graph always allows — rejected from its stage (`home`), then
// reinstated to it with a reason, and so on — with If-Match set to the ETag
// of the last answer for that application and a fresh Idempotency-Key.
// Prints one JSON line: the figures and how many moves succeeded.
//
//   node --import tsx scripts/bench/transitions-load.ts '<json spec>'
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

interface Spec {
  url: string;
  seconds: number;
  connections: number;
  token: string;
  applications: Array<{ id: string; version: number; home: 'applied' | 'preselected' }>;
}

interface Held {
  id: string;
  etag: string;
  home: string;
  rejected: boolean;
}

const spec = JSON.parse(process.argv[2]!) as Spec;
const free: Held[] = spec.applications.map((a) => ({ id: a.id, etag: `"${a.version}"`, home: a.home, rejected: false }));
if (free.length < spec.connections) throw new Error('need at least one application per connection');
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

console.log(
  JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    moved,
    statuses,
  }),
);
