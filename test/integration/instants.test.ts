import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyJson } from '../factories/applications.js';
import { candidateInput } from '../factories/candidates.js';
import { seedCommittee, scheduleInterview, seedApplication } from '../factories/pipeline.js';
import { createInquiry } from '../factories/inquiries.js';
import { sweep } from '../factories/lifecycle.js';
import { createProcedure } from '../factories/procedures.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

// One convention for instants in every response: ISO 8601 in UTC, `Z`, with
// milliseconds; dates without a time stay YYYY-MM-DD. (The calendar.ics feed
// follows iCalendar and is not JSON.)
const LOOKS_LIKE_INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

let ctx: TestContext;
beforeAll(async () => {
  // A zone away from UTC, so that a local offset would show.
  ctx = await createTestApp({ now: '2026-01-16T15:00:00+01:00' });
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

/** Every string in a JSON value with where it is, e.g. `items.0.dueAt`. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('instants in responses', () => {
  it('are UTC with Z in the timeline, inquiries, applications, interviews, stages, deadlines, events and privacy records', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    const procedureId = procedure.id;
    const committee = await seedCommittee(ctx, procedureId);
    const eva = await seedApplication(ctx, procedureId, { stage: 'shortlisted', firstName: 'Eva', lastName: 'Smit' });
    const interview = await scheduleInterview(ctx, procedureId, {
      applicationId: eva.applicationId,
      startsAt: '2026-01-20T10:00:00+01:00',
      panel: [committee[0]!.id],
    });
    const inquiry = await createInquiry(ctx, { procedureId, receivedAt: '2026-01-16T09:00:00+01:00' });
    const answered = await api().patch(`/v1/inquiries/${inquiry.id}`).set('authorization', ctx.admin).send({ answeredAt: '2026-01-16T11:30:00+01:00' });
    expect(answered.status).toBe(200);
    const dsr = await api()
      .post('/v1/data-subject-requests')
      .set('authorization', ctx.admin)
      .send({ candidateId: eva.candidateId, kind: 'access', receivedAt: '2026-01-16T09:00:00+01:00' });
    expect(dsr.status).toBe(201);
    const consent = await api()
      .post(`/v1/candidates/${eva.candidateId}/consents`)
      .set('authorization', ctx.admin)
      .send({ kind: 'retention', scope: 'Keep my CV', givenAt: '2026-01-16T09:00:00+01:00', expiresAt: '2027-01-16T09:00:00+01:00' });
    expect(consent.status).toBe(201);
    const swept = await sweep(ctx);
    // After the closing date: the refusal names the window's instants.
    const late = await applyJson(ctx, procedureId, { candidate: candidateInput({ firstName: 'Laat' }) });
    expect(late.body.code).toBe('OUTSIDE_APPLICATION_WINDOW');

    const responses: Record<string, unknown> = {
      'POST interview': interview,
      'PATCH inquiry': answered.body,
      'POST data-subject-request': dsr.body,
      'POST consent': consent.body,
      'POST deadline-sweep': swept,
      'refused late application': late.body,
    };
    for (const url of [
      `/v1/procedures/${procedureId}`,
      `/v1/procedures/${procedureId}/timeline`,
      `/v1/procedures/${procedureId}/stages`,
      `/v1/procedures/${procedureId}/applications`,
      `/v1/applications/${eva.applicationId}`,
      `/v1/procedures/${procedureId}/interviews`,
      `/v1/interviews/${interview.id}`,
      `/v1/inquiries?limit=100`,
      `/v1/inquiries/${inquiry.id}`,
      `/v1/deadlines?limit=100`,
      `/v1/events?limit=100`,
      `/v1/procedures/${procedureId}/audit?limit=100`,
      `/v1/procedures/${procedureId}/overview`,
      `/v1/data-subject-requests`,
      `/v1/candidates/${eva.candidateId}`,
      `/v1/candidates/${eva.candidateId}/consents`,
      `/v1/candidates/${eva.candidateId}/export`,
      `/v1/procedures/${procedureId}/committee`,
    ]) {
      const res = await api().get(url).set('authorization', ctx.admin).set('accept', 'application/json');
      expect(res.status, url).toBe(200);
      responses[`GET ${url}`] = res.body;
    }

    const instants: string[] = [];
    for (const [name, body] of Object.entries(responses)) {
      for (const [path, value] of strings(body)) {
        if (!LOOKS_LIKE_INSTANT.test(value)) continue;
        expect(value, `${name}: ${path}`).toMatch(UTC_INSTANT);
        instants.push(`${name}: ${path}`);
      }
    }
    // The walk met the instants of each kind of resource.
    const met = (pattern: RegExp) =>
      expect(
        instants.some((p) => pattern.test(p)),
        String(pattern),
      ).toBe(true);
    met(/timeline: instants\.applicationsCloseAt$/);
    met(/GET \/v1\/procedures\/[^/]+\/stages: .*window\.startsAt$/);
    met(/GET \/v1\/inquiries\/[^:]+: dueAt$/);
    met(/GET \/v1\/interviews\/[^:]+: startsAt$/);
    met(/GET \/v1\/deadlines[^:]*: items\.\d+\.dueAt$/);
    met(/GET \/v1\/events[^:]*: items\.\d+\.createdAt$/);
    met(/GET \/v1\/applications\/[^:]+: receivedAt$/);
    met(/GET \/v1\/data-subject-requests: items\.\d+\.dueAt$/);
    met(/refused late application: closesAt$/);

    // Dates without a time keep their form.
    const timeline = responses[`GET /v1/procedures/${procedureId}/timeline`] as Record<string, unknown>;
    for (const [path, value] of strings(timeline)) {
      if (path.endsWith('date') || path.endsWith('Date')) expect(value, path).toMatch(DATE);
    }
  });
});
