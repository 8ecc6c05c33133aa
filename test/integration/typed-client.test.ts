import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_CLIENT as ipoClient, REFERENCE_PROCEDURE as ipoProcedure, REFERENCE_TIMELINE } from '../../src/domain/reference-procedure.js';

const ipoTimeline = { ...REFERENCE_TIMELINE };
import type { paths } from '../client/api.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

let ctx: TestContext;
let baseUrl: string;
beforeAll(async () => {
  ctx = await createTestApp();
  baseUrl = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => ctx?.close());

describe('an integrator with the types generated from openapi.yaml (openapi-fetch)', () => {
  it('creates a client, a procedure with its timeline, an application, and moves it on with If-Match', async () => {
    const api = createClient<paths>({ baseUrl, headers: { authorization: ctx.admin } });

    const client = await api.POST('/v1/clients', { body: ipoClient, headers: { 'Idempotency-Key': 'typed-client-ipo' } });
    expect(client.response.status).toBe(201);
    expect(client.response.headers.get('location')).toBe(`/v1/clients/${client.data!.id}`);

    const { stageBounds: _defaults, ...procedureInput } = ipoProcedure;
    const procedure = await api.POST('/v1/procedures', { body: { ...procedureInput, clientId: client.data!.id } });
    expect(procedure.response.status).toBe(201);
    const procedureId = procedure.data!.id;

    const timeline = await api.PUT('/v1/procedures/{procedureId}/timeline', { params: { path: { procedureId } }, body: ipoTimeline });
    expect(timeline.response.status).toBe(200);
    const opened = await api.PATCH('/v1/procedures/{procedureId}', {
      params: { path: { procedureId }, header: { 'If-Match': timeline.response.headers.get('etag')! } },
      body: { phase: 'open' },
    });
    expect(opened.data?.phase).toBe('open');

    const application = await api.POST('/v1/procedures/{procedureId}/applications', {
      params: { path: { procedureId } },
      body: { candidate: { firstName: 'Zoë', lastName: 'van der Berg', email: 'zoe@example.org', source: 'open_call' } },
    });
    expect(application.response.status).toBe(201);
    const applicationId = application.data!.id;
    const etag = application.response.headers.get('etag')!;

    const withoutIfMatch = await api.POST('/v1/applications/{applicationId}/transitions', {
      params: { path: { applicationId }, header: { 'If-Match': '' } },
      body: { to: 'rejected', reasonCategory: 'not_selected_by_agency' },
    });
    expect(withoutIfMatch.response.status).toBe(428);
    expect(withoutIfMatch.error?.code).toBe('PRECONDITION_REQUIRED');

    const moved = await api.POST('/v1/applications/{applicationId}/transitions', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
      body: { to: 'rejected', reasonCategory: 'not_selected_by_agency', reason: 'Less experience with political-administrative settings.' },
    });
    expect(moved.response.status).toBe(200);
    expect(moved.data?.stage).toBe('rejected');
    expect(moved.response.headers.get('etag')).toBe(`"${moved.data!.version}"`);
  });
});
