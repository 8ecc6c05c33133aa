import request from 'supertest';
import type { TestContext } from '../helpers/app.js';
import { PUBLISHED_TIMELINE, REFERENCE_PROCEDURE, REFERENCE_TIMELINE } from '../../src/domain/reference-procedure.js';

/**
 * The reference procedure of docs/procedure.md, as API input (the
 * demo's data), with the stage bounds left to the service's defaults.
 */
export const ipoProcedureInput = (clientId: string) => {
  const { stageBounds: _defaults, ...input } = REFERENCE_PROCEDURE;
  return { ...input, clientId };
};

/** The corrected timeline (docs/procedure.md, "normalised" column). */
export const ipoTimeline = { ...REFERENCE_TIMELINE };

/** The timeline as published, with its 2025 typos. */
export const publishedTimeline = { ...PUBLISHED_TIMELINE };

export async function createClient(ctx: TestContext, name = 'Interprovinciaal Overleg (IPO)') {
  const res = await request(ctx.app.server).post('/v1/clients').set('authorization', ctx.admin).send({ name });
  if (res.status !== 201) throw new Error(`client: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number };
}

export async function createProcedure(ctx: TestContext, options: { timeline?: boolean; open?: boolean } = {}) {
  const client = await createClient(ctx);
  const res = await request(ctx.app.server).post('/v1/procedures').set('authorization', ctx.admin).send(ipoProcedureInput(client.id));
  if (res.status !== 201) throw new Error(`procedure: ${res.status} ${JSON.stringify(res.body)}`);
  let procedure = res.body as { id: string; version: number; phase: string };
  if (options.timeline !== false || options.open) {
    const t = await request(ctx.app.server).put(`/v1/procedures/${procedure.id}/timeline`).set('authorization', ctx.admin).send(ipoTimeline);
    if (t.status !== 200) throw new Error(`timeline: ${t.status} ${JSON.stringify(t.body)}`);
    procedure = { ...procedure, version: t.body.version };
  }
  if (options.open) {
    const o = await request(ctx.app.server)
      .patch(`/v1/procedures/${procedure.id}`)
      .set('authorization', ctx.admin)
      .set('if-match', `"${procedure.version}"`)
      .send({ phase: 'open' });
    if (o.status !== 200) throw new Error(`open: ${o.status} ${JSON.stringify(o.body)}`);
    procedure = o.body;
  }
  return { client, procedure };
}
