import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { TestContext } from '../helpers/app.js';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; procedureId: string | null; entityType: string; entityId: string; payload: Record<string, unknown>; createdAt: string };
}

export interface Receiver {
  url: string;
  received: Received[];
  /** The status to answer with for the n-th request (0-based); 200 by default, 0 to never answer. */
  respond: (n: number, r: Received) => number;
  /** Resolves when `count` requests have arrived. */
  waitFor(count: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** A webhook receiver on 127.0.0.1 with a free port, started by the test itself. */
export async function startReceiver(): Promise<Receiver> {
  const waiters: Array<{ count: number; resolve: (r: Received[]) => void }> = [];
  const receiver: Receiver = {
    url: '',
    received: [],
    respond: () => 200,
    waitFor(count) {
      if (receiver.received.length >= count) return Promise.resolve(receiver.received);
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const entry: Received = { headers: req.headers, body, json: JSON.parse(body) };
      const n = receiver.received.length;
      receiver.received.push(entry);
      const status = receiver.respond(n, entry);
      // 0: never answer, as a receiver that hangs.
      if (status !== 0) {
        res.statusCode = status;
        res.end('ok');
      }
      for (const w of waiters.filter((w) => receiver.received.length >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(receiver.received);
      }
    });
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/procedure-tracker`;
  return receiver;
}

export async function createWebhook(ctx: TestContext, body: { url: string; eventTypes?: string[]; secret?: string }) {
  const res = await request(ctx.app.server)
    .post('/v1/webhooks')
    .set('authorization', ctx.admin)
    .send({ eventTypes: ['*'], ...body });
  if (res.status !== 201) throw new Error(`webhook: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; url: string; eventTypes: string[]; secret: string };
}
