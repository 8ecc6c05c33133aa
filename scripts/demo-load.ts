import type { FastifyInstance } from 'fastify';
import type { FixedClock } from '../src/lib/clock.js';
import { ipoClient, ipoProcedure, ipoTimeline } from './demo-data.js';

export interface DemoCaller {
  <T>(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
}

export function injectCaller(app: FastifyInstance, key: string): DemoCaller {
  return async <T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      payload: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.statusCode, body: (res.body ? res.json() : null) as T };
  };
}

function expectStatus(res: { status: number; body: unknown }, status: number, what: string) {
  if (res.status !== status) throw new Error(`${what} refused (${res.status}): ${JSON.stringify(res.body)}`);
}

/**
 * Loads the reference procedure through the API. Running it again changes
 * nothing: the client and procedure are found by name and reference, and an
 * unchanged timeline is not written again.
 */
export async function loadReferenceProcedure(call: DemoCaller, clock: FixedClock, say: (line: string) => void = () => undefined) {
  clock.set('2025-12-01T09:00:00+01:00');
  const clients = await call<{ items: Array<{ id: string; name: string }> }>('GET', `/v1/clients?q=IPO&limit=100`);
  let client = clients.body.items.find((c) => c.name === ipoClient.name);
  if (!client) {
    const created = await call<{ id: string; name: string }>('POST', '/v1/clients', ipoClient);
    expectStatus(created, 201, 'client');
    client = created.body;
    say(`created client ${client.name} (${client.id})`);
  } else {
    say(`client ${client.name} exists (${client.id})`);
  }

  const procedures = await call<{ items: Array<{ id: string; reference: string | null; version: number; phase: string }> }>(
    'GET',
    `/v1/procedures?clientId=${client.id}&limit=100`,
  );
  let procedure = procedures.body.items.find((p) => p.reference === ipoProcedure.reference);
  if (!procedure) {
    const created = await call<{ id: string; reference: string; version: number; phase: string }>('POST', '/v1/procedures', {
      ...ipoProcedure,
      clientId: client.id,
    });
    expectStatus(created, 201, 'procedure');
    procedure = created.body;
    say(`created procedure ${ipoProcedure.title} (${procedure.id})`);
  } else {
    say(`procedure exists (${procedure.id})`);
  }

  const current = await call<{ dates: Record<string, string> | null; version: number }>('GET', `/v1/procedures/${procedure.id}/timeline`);
  let version = current.body.version;
  if (JSON.stringify(current.body.dates) !== JSON.stringify(ipoTimeline)) {
    const timeline = await call<{ version: number }>('PUT', `/v1/procedures/${procedure.id}/timeline`, ipoTimeline);
    expectStatus(timeline, 200, 'timeline');
    version = timeline.body.version;
    say('timeline set (opening 2025-12-19, closing 2026-01-06, appointment before 2026-02-01)');
  }

  if (procedure.phase === 'draft') {
    clock.set('2025-12-19T09:00:00+01:00');
    const opened = await call<{ phase: string }>('PATCH', `/v1/procedures/${procedure.id}`, { phase: 'open' }, { 'if-match': `"${version}"` });
    expectStatus(opened, 200, 'opening');
    say('procedure opened for applications');
  }
  return { clientId: client.id, procedureId: procedure.id };
}
