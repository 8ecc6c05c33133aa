import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { applyJson, applyWithBothPdfs, download } from '../factories/applications.js';
import { candidateInput } from '../factories/candidates.js';
import { agencyKey } from '../factories/committee.js';
import { scheduleInterview, seedCommittee } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';
import { closeStageOk, moveOk, seedComplete } from '../factories/transitions.js';

/**
 * docs/procedure.md, rule 10: a committee key sees, for its own procedure only and
 * only after the candidate overview was sent, every applicant in summary and
 * the preselected in full with their PDFs; never a search candidate who was
 * not preselected, never another procedure, never the agency's notes.
 * Anything else answers 404 (or 403 for routes its role may not use at all).
 */

let ctx: TestContext;
let consultant: string;
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00' });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

/** The structure of a JSON value: object keys (sorted, recursively), the distinct shapes of array items, `v` for a value. */
type Shape = 'v' | Shape[] | { [key: string]: Shape };
function shape(value: unknown): Shape {
  if (Array.isArray(value)) {
    const seen = new Map<string, Shape>();
    for (const item of value) {
      const s = shape(item);
      seen.set(JSON.stringify(s), s);
    }
    return [...seen.values()];
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shape((value as Record<string, unknown>)[k])]),
    );
  }
  return 'v';
}
const keys = (...names: string[]): Record<string, 'v'> => Object.fromEntries(names.sort().map((n) => [n, 'v' as const]));

interface World {
  procedureId: string;
  otherProcedureId: string;
  clientId: string;
  /** Open call, preselected (in the overview as sent), with both PDFs. */
  preselected: { applicationId: string; candidateId: string };
  /** Agency search, preselected, with both PDFs. */
  searchPreselected: { applicationId: string; candidateId: string };
  /** Open call, not preselected, with both PDFs. */
  openCall: { applicationId: string; candidateId: string };
  /** Agency search, not preselected. */
  searched: { applicationId: string; candidateId: string };
  /** Preselected in the other procedure. */
  elsewhere: { applicationId: string; candidateId: string };
  interviewId: string;
  committee: string;
  /** A person of the agency whose own key made the preselection moves. */
  userId: string;
}

let world: World;

async function applied(procedureId: string, overrides: Record<string, unknown>) {
  const a = await applyWithBothPdfs(ctx, procedureId, overrides);
  return { applicationId: a.id, candidateId: a.candidate.id };
}

/** Two procedures of the reference kind, each with its overview sent; the first with an interview. */
async function build(): Promise<World> {
  ctx.clock.set('2026-01-05T10:00:00+01:00');
  const { procedure, client } = await createProcedure(ctx, { open: true });
  const { procedure: other } = await createProcedure(ctx, { open: true });
  const [member] = await seedCommittee(ctx, procedure.id);
  const committee = member!.authorization;
  const preselected = await applied(procedure.id, {
    firstName: 'Zoë',
    lastName: 'Dijkstra',
    notes: 'Agency note: salary expectations high.',
  });
  const searchPreselected = await applied(procedure.id, { firstName: 'Joris', lastName: 'de Wit', source: 'agency_search' });
  const openCall = await applied(procedure.id, { firstName: 'Anouk', lastName: 'Bos' });
  const s = await applyJson(ctx, procedure.id, { candidate: candidateInput({ firstName: 'Geheim', lastName: 'Gezocht', source: 'agency_search' }) });
  const searched = { applicationId: s.body.id as string, candidateId: s.body.candidate.id as string };
  const elsewhere = await applied(other.id, { firstName: 'Elders', lastName: 'Anders' });

  ctx.clock.set('2026-01-08T10:00:00+01:00');
  const person = await api()
    .post('/v1/users')
    .set('authorization', ctx.admin)
    .send({ name: 'Staff Person', email: 'staff.person@agency.example', role: 'consultant' })
    .expect(201);
  const personKey = await api().post('/v1/api-keys').set('authorization', ctx.admin).send({ name: 'own key', userId: person.body.id }).expect(201);
  for (const a of [preselected, searchPreselected, elsewhere]) {
    await moveOk(ctx, a.applicationId, 'preselected', { authorization: `Bearer ${personKey.body.token as string}` });
  }
  await api()
    .patch(`/v1/applications/${preselected.applicationId}`)
    .set('authorization', consultant)
    .set('if-match', `"${(await ctx.db.prisma.application.findUniqueOrThrow({ where: { id: preselected.applicationId } })).version}"`)
    .send({ agencyMotivation: 'Sterke bestuurlijke ervaring.' })
    .expect(200);
  for (let i = 0; i < 2; i++) {
    await seedComplete(ctx, procedure.id, { stage: 'preselected' });
    await seedComplete(ctx, other.id, { stage: 'preselected' });
  }
  await seedComplete(ctx, other.id, { stage: 'preselected' });
  ctx.clock.set('2026-01-14T10:00:00+01:00');
  await closeStageOk(ctx, procedure.id, 'preselection');
  await closeStageOk(ctx, other.id, 'preselection');

  // The agency's internal note and one shared with the committee (after the overview was sent), by a person of the agency.
  for (const body of [{ text: 'Agency note: internal, never for the committee.' }, { text: 'Strong in change programmes.', shared: true }]) {
    const note = await api()
      .post(`/v1/applications/${preselected.applicationId}/notes`)
      .set('authorization', `Bearer ${personKey.body.token as string}`)
      .send(body)
      .expect(201);
    expect(note.body.authorUserId).toBe(person.body.id);
  }
  await moveOk(ctx, preselected.applicationId, 'shortlisted', { authorization: consultant });
  const interview = await scheduleInterview(ctx, procedure.id, {
    applicationId: preselected.applicationId,
    startsAt: '2026-01-20T10:00:00+01:00',
    panel: [member!.id],
  });
  ctx.clock.set('2026-01-20T12:00:00+01:00');
  return {
    procedureId: procedure.id,
    otherProcedureId: other.id,
    clientId: client.id,
    preselected,
    searchPreselected,
    openCall,
    searched,
    elsewhere,
    interviewId: interview.id,
    committee,
    userId: person.body.id as string,
  };
}

async function expectNothingBeforeOverview(procedureId: string, committee: string, apps: Array<{ applicationId: string }>) {
  const stages = await api().get(`/v1/procedures/${procedureId}/stages`).set('authorization', committee);
  expect(stages.body.overviewSentAt).toBeNull();
  const list = await api().get(`/v1/procedures/${procedureId}/applications`).set('authorization', committee);
  expect(list.status).toBe(200);
  expect(list.body).toEqual({ items: [], nextCursor: null });
  for (const a of apps) {
    expect((await api().get(`/v1/applications/${a.applicationId}`).set('authorization', committee)).status).toBe(404);
    expect((await download(ctx, a.applicationId, 'cv', committee)).status).toBe(404);
  }
  expect((await api().get(`/v1/procedures/${procedureId}/overview`).set('authorization', committee)).status).toBe(404);
}

beforeAll(async () => {
  world = await build();
});

type Expectation = 403 | 404 | { status: 200; shape?: Shape; check?: (res: request.Response) => void };
interface Call {
  url: string;
  expect: Expectation;
}

/** Every GET route of the API with what a committee key gets from it. */
function routeSpecs(w: World): Record<string, Call[]> {
  const P = w.procedureId;
  const Q = w.otherProcedureId;
  const summary = {
    candidate: keys('city', 'currentOrganisation', 'currentPosition', 'firstName', 'id', 'lastName'),
    ...keys('complete', 'id', 'preselected', 'procedureId', 'receivedAt', 'source', 'stage'),
  };
  const document = keys('downloadUrl', 'fileName', 'id', 'kind', 'sizeBytes', 'uploadedAt');
  const full = {
    candidate: keys('city', 'currentOrganisation', 'currentPosition', 'email', 'firstName', 'id', 'lastName', 'linkedinUrl', 'phone'),
    documents: { cv: document, motivation: document },
    ...keys('agencyMotivation', 'complete', 'id', 'preselected', 'procedureId', 'receivedAt', 'source', 'stage'),
  };
  const app = (id: string) => `/v1/applications/${id}`;
  return {
    '/health': [{ url: '/health', expect: { status: 200, shape: keys('status') } }],
    '/ready': [{ url: '/ready', expect: { status: 200, shape: { ...keys('database', 'status'), sweep: keys('intervalMs', 'lastRunAt') } } }],
    // Served only with METRICS_TOKEN, which the test app does not set; never with an API key.
    '/metrics': [{ url: '/metrics', expect: 404 }],
    '/openapi.yaml': [{ url: '/openapi.yaml', expect: { status: 200 } }],
    '/v1/api-keys': [{ url: '/v1/api-keys', expect: 403 }],
    // Its own key and what it may do; no person of the agency.
    '/v1/me': [
      {
        url: '/v1/me',
        expect: {
          status: 200,
          shape: {
            key: keys('actOnBehalf', 'committeeMemberId', 'expiresAt', 'id', 'name', 'prefix', 'procedureId', 'role'),
            operations: [keys('method', 'operationId', 'path')],
            ...keys('actingUser', 'role', 'user'),
          },
          check: (res) => {
            expect(res.body).toMatchObject({ user: null, actingUser: null, role: 'committee', key: { procedureId: P } });
            expect(res.text).not.toContain('Staff Person');
          },
        },
      },
    ],
    '/v1/users': [{ url: '/v1/users', expect: 403 }],
    '/v1/users/:userId': [{ url: `/v1/users/${w.userId}`, expect: 403 }],
    '/v1/clock': [{ url: '/v1/clock', expect: 403 }],
    '/v1/clients': [{ url: '/v1/clients', expect: 403 }],
    '/v1/clients/:clientId': [{ url: `/v1/clients/${w.clientId}`, expect: 403 }],
    '/v1/procedures': [
      {
        url: '/v1/procedures',
        expect: {
          status: 200,
          shape: { items: [PROCEDURE_SHAPE], nextCursor: 'v' },
          check: (res) => expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([P]),
        },
      },
    ],
    '/v1/procedures/:procedureId': [
      { url: `/v1/procedures/${P}`, expect: { status: 200, shape: PROCEDURE_SHAPE } },
      { url: `/v1/procedures/${Q}`, expect: 404 },
    ],
    '/v1/procedures/:procedureId/timeline': [
      { url: `/v1/procedures/${P}/timeline`, expect: { status: 200, shape: TIMELINE_SHAPE } },
      { url: `/v1/procedures/${Q}/timeline`, expect: 404 },
    ],
    '/v1/procedures/:procedureId/stages': [
      {
        url: `/v1/procedures/${P}/stages`,
        expect: {
          status: 200,
          shape: {
            stages: [
              { bounds: keys('max', 'min'), window: keys('endsAt', 'startsAt'), ...keys('closedAt', 'count', 'label', 'name', 'status') },
              { bounds: 'v', window: keys('endsAt', 'startsAt'), ...keys('closedAt', 'count', 'label', 'name', 'status') },
            ],
            ...keys('overviewSentAt', 'phase', 'procedureId'),
          },
        },
      },
      { url: `/v1/procedures/${Q}/stages`, expect: 404 },
    ],
    '/v1/procedures/:procedureId/overview': [
      {
        url: `/v1/procedures/${P}/overview`,
        expect: {
          status: 200,
          shape: {
            items: [
              {
                candidate: keys('city', 'currentOrganisation', 'currentPosition', 'firstName', 'lastName'),
                ...keys('agencyMotivation', 'applicationId', 'complete', 'preselected', 'receivedAt', 'source', 'stage'),
              },
            ],
            preselection: keys('count', 'max', 'min'),
            totals: keys('agencySearch', 'applicants', 'complete', 'openCall', 'preselected', 'referral'),
            ...keys('audience', 'generatedAt', 'overviewSentAt', 'procedureId', 'reference', 'timeZone', 'title'),
          },
          check: (res) => {
            const ids = res.body.items.map((i: { applicationId: string }) => i.applicationId);
            expect(ids).toContain(w.preselected.applicationId);
            expect(ids).toContain(w.searchPreselected.applicationId);
            expect(ids).toContain(w.openCall.applicationId);
            expect(ids).not.toContain(w.searched.applicationId);
            expect(res.text).not.toContain('Geheim');
            expect(res.text).not.toContain('@example.nl');
          },
        },
      },
      { url: `/v1/procedures/${Q}/overview`, expect: 404 },
    ],
    '/v1/procedures/:procedureId/applications': [
      {
        url: `/v1/procedures/${P}/applications`,
        expect: {
          status: 200,
          shape: { items: [summary], nextCursor: 'v' },
          check: (res) => {
            const items = res.body.items as Array<{ id: string; preselected: boolean }>;
            const byId = Object.fromEntries(items.map((i) => [i.id, i.preselected]));
            expect(byId[w.preselected.applicationId]).toBe(true);
            expect(byId[w.searchPreselected.applicationId]).toBe(true);
            expect(byId[w.openCall.applicationId]).toBe(false);
            expect(byId).not.toHaveProperty(w.searched.applicationId);
            expect(items).toHaveLength(5);
          },
        },
      },
      {
        url: `/v1/procedures/${P}/applications?source=agency_search`,
        expect: { status: 200, check: (res) => expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([w.searchPreselected.applicationId]) },
      },
      { url: `/v1/procedures/${Q}/applications`, expect: 404 },
    ],
    '/v1/applications/:applicationId': [
      {
        url: app(w.preselected.applicationId),
        expect: { status: 200, shape: full, check: (res) => expect(res.body.agencyMotivation).toBe('Sterke bestuurlijke ervaring.') },
      },
      { url: app(w.searchPreselected.applicationId), expect: { status: 200, shape: full } },
      { url: app(w.openCall.applicationId), expect: { status: 200, shape: summary, check: (res) => expect(res.text).not.toContain('@') } },
      { url: app(w.searched.applicationId), expect: 404 },
      { url: app(w.elsewhere.applicationId), expect: 404 },
    ],
    // The moves and their instants only: who made them and why stay with the agency.
    '/v1/applications/:applicationId/history': [
      {
        url: `${app(w.preselected.applicationId)}/history`,
        expect: { status: 200, shape: { items: [keys('at', 'from', 'to')] }, check: (res) => expect(res.text).not.toContain('actor') },
      },
      { url: `${app(w.openCall.applicationId)}/history`, expect: { status: 200, shape: { items: [keys('at', 'from', 'to')] } } },
      { url: `${app(w.searched.applicationId)}/history`, expect: 404 },
      { url: `${app(w.elsewhere.applicationId)}/history`, expect: 404 },
    ],
    '/v1/applications/:applicationId/documents/:kind': [
      {
        url: `${app(w.preselected.applicationId)}/documents/cv`,
        expect: { status: 200, check: (res) => expect(res.headers['content-type']).toBe('application/pdf') },
      },
      { url: `${app(w.searchPreselected.applicationId)}/documents/motivation`, expect: { status: 200 } },
      { url: `${app(w.openCall.applicationId)}/documents/cv`, expect: 404 },
      { url: `${app(w.searched.applicationId)}/documents/cv`, expect: 404 },
      { url: `${app(w.elsewhere.applicationId)}/documents/cv`, expect: 404 },
    ],
    '/v1/procedures/:procedureId/committee': [
      { url: `/v1/procedures/${P}/committee`, expect: { status: 200, shape: { items: [keys('id', 'name', 'procedureId', 'role')], nextCursor: 'v' } } },
      { url: `/v1/procedures/${Q}/committee`, expect: 404 },
    ],
    '/v1/procedures/:procedureId/audit': [{ url: `/v1/procedures/${P}/audit`, expect: 403 }],
    // Reports are the agency's own figures: agency keys only, for any procedure.
    '/v1/procedures/:procedureId/report': [
      { url: `/v1/procedures/${P}/report`, expect: 403 },
      { url: `/v1/procedures/${Q}/report`, expect: 403 },
    ],
    '/v1/reports/agency': [{ url: '/v1/reports/agency?from=2026-01-01&to=2026-01-31', expect: 403 }],
    '/v1/procedures/:procedureId/calendar.ics': [
      { url: `/v1/procedures/${P}/calendar.ics`, expect: { status: 200, check: (res) => expect(res.text).not.toContain('Dijkstra') } },
      { url: `/v1/procedures/${Q}/calendar.ics`, expect: 404 },
    ],
    '/v1/procedures/:procedureId/interviews': [
      { url: `/v1/procedures/${P}/interviews`, expect: { status: 200, shape: INTERVIEW_LIST_SHAPE } },
      { url: `/v1/procedures/${Q}/interviews`, expect: 404 },
    ],
    '/v1/interviews/:interviewId': [{ url: `/v1/interviews/${w.interviewId}`, expect: { status: 200, shape: INTERVIEW_SHAPE } }],
    '/v1/interviews/:interviewId/evaluations': [
      { url: `/v1/interviews/${w.interviewId}/evaluations`, expect: { status: 200, shape: { items: [], nextCursor: 'v', othersVisible: 'v' } } },
    ],
    '/v1/procedures/:procedureId/evaluations/summary': [
      {
        url: `/v1/procedures/${P}/evaluations/summary`,
        expect: { status: 200, shape: { criteria: [keys('key', 'name')], items: [], procedureId: 'v' } },
      },
      { url: `/v1/procedures/${Q}/evaluations/summary`, expect: 404 },
    ],
    '/v1/applications/:applicationId/notes': [
      {
        url: `${app(w.preselected.applicationId)}/notes`,
        expect: {
          status: 200,
          shape: {
            items: [keys('applicationId', 'author', 'authorUserId', 'createdAt', 'id', 'procedureId', 'shared', 'text', 'updatedAt', 'version')],
            nextCursor: 'v',
          },
          check: (res) =>
            expect(res.body.items.map((n: { text: string; author: string | null; authorUserId: string | null }) => [n.text, n.author, n.authorUserId])).toEqual(
              [['Strong in change programmes.', null, null]],
            ),
        },
      },
      { url: `${app(w.searched.applicationId)}/notes`, expect: 404 },
      { url: `${app(w.elsewhere.applicationId)}/notes`, expect: 404 },
    ],
    '/v1/notes/:noteId': [{ url: '/v1/notes/00000000-0000-4000-8000-000000000000', expect: 404 }],
    '/v1/procedures/:procedureId/appointment': [
      { url: `/v1/procedures/${P}/appointment`, expect: 404 },
      { url: `/v1/procedures/${Q}/appointment`, expect: 404 },
    ],
    '/v1/candidates': [{ url: '/v1/candidates?q=Gezocht', expect: 403 }],
    // By name only, among the candidates of the applications it sees; no e-mail address.
    '/v1/candidates/search': [
      {
        url: '/v1/candidates/search?q=Zoe%20Dijkstra',
        expect: {
          status: 200,
          shape: { items: [{ applications: [keys('id', 'procedureId', 'procedureTitle', 'stage')], ...keys('firstName', 'id', 'lastName', 'score') }] },
          check: (res) => {
            expect(res.body.items[0].id).toBe(w.preselected.candidateId);
            expect(res.body.items[0].applications.map((a: { id: string }) => a.id)).toEqual([w.preselected.applicationId]);
          },
        },
      },
      { url: '/v1/candidates/search?q=Geheim%20Gezocht', expect: { status: 200, check: (res) => expect(res.body.items).toEqual([]) } },
      { url: '/v1/candidates/search?q=Elders%20Anders', expect: { status: 200, check: (res) => expect(res.body.items).toEqual([]) } },
    ],
    '/v1/candidates/:candidateId': [
      { url: `/v1/candidates/${w.preselected.candidateId}`, expect: 403 },
      { url: `/v1/candidates/${w.searched.candidateId}`, expect: 403 },
    ],
    '/v1/candidates/:candidateId/consents': [{ url: `/v1/candidates/${w.preselected.candidateId}/consents`, expect: 403 }],
    '/v1/candidates/:candidateId/export': [{ url: `/v1/candidates/${w.searched.candidateId}/export`, expect: 403 }],
    '/v1/data-subject-requests': [{ url: '/v1/data-subject-requests', expect: 403 }],
    '/v1/applications/:applicationId/reference-consent': [{ url: `${app(w.preselected.applicationId)}/reference-consent`, expect: 403 }],
    '/v1/applications/:applicationId/references': [{ url: `${app(w.preselected.applicationId)}/references`, expect: 403 }],
    '/v1/applications/:applicationId/references/:referenceId': [
      { url: `${app(w.preselected.applicationId)}/references/00000000-0000-4000-8000-000000000000`, expect: 403 },
    ],
    '/v1/applications/:applicationId/offer': [{ url: `${app(w.preselected.applicationId)}/offer`, expect: 403 }],
    '/v1/inquiries': [{ url: '/v1/inquiries', expect: 403 }],
    '/v1/inquiries/:inquiryId': [{ url: '/v1/inquiries/00000000-0000-4000-8000-000000000000', expect: 403 }],
    '/v1/deadlines': [{ url: '/v1/deadlines', expect: 403 }],
    '/v1/events': [{ url: '/v1/events', expect: 403 }],
    '/v1/webhooks': [{ url: '/v1/webhooks', expect: 403 }],
    '/v1/webhooks/:webhookId': [{ url: '/v1/webhooks/00000000-0000-4000-8000-000000000000', expect: 403 }],
    '/v1/webhooks/:webhookId/deliveries': [{ url: '/v1/webhooks/00000000-0000-4000-8000-000000000000/deliveries', expect: 403 }],
  };
}

/** A procedure: its terms, no candidate data. */
const PROCEDURE_SHAPE: Shape = {
  locations: ['v'],
  profile: [keys('description', 'key', 'name')],
  salary: { bounds: [keys('maxMonthly', 'minMonthly', 'validFrom')], ...keys('ikbPercentage', 'scale') },
  stageBounds: { nomination: keys('max'), preselection: keys('max', 'min'), shortlist: keys('max', 'min') },
  ...keys('clientId', 'createdAt', 'hasTimeline', 'hoursPerWeek', 'id', 'permanent', 'phase', 'reference', 'timeZone', 'title', 'updatedAt', 'version'),
};
/** A committee interview: the shortlisted candidate by name only, the panel by name and role. */
const INTERVIEW_SHAPE: Shape = {
  candidate: keys('firstName', 'id', 'lastName'),
  history: [],
  panel: [keys('memberId', 'name', 'role')],
  ...keys(
    'applicationId',
    'createdAt',
    'durationMinutes',
    'endsAt',
    'id',
    'kind',
    'location',
    'locationDetail',
    'procedureId',
    'startsAt',
    'status',
    'timeZone',
    'updatedAt',
    'version',
  ),
};
const INTERVIEW_LIST_SHAPE: Shape = { items: [INTERVIEW_SHAPE], nextCursor: 'v' };
const TIMELINE_SHAPE: Shape = {
  additional: [],
  dates: keys(
    'appointmentDeadline',
    'closing',
    'committeeMeeting',
    'interviewRoundEnd',
    'interviewRoundStart',
    'opening',
    'overviewDue',
    'preselectionEnd',
    'preselectionStart',
  ),
  instants: keys(
    'applicationsCloseAt',
    'applicationsOpenAt',
    'appointmentDeadlineAt',
    'committeeMeetingEndsAt',
    'committeeMeetingStartsAt',
    'interviewRoundEndsAt',
    'interviewRoundStartsAt',
    'overviewDueAt',
    'preselectionEndsAt',
    'preselectionStartsAt',
  ),
  ...keys('procedureId', 'timeZone', 'version'),
};

describe('what a committee key sees', () => {
  it('sees no candidate at all before the overview is sent, not even the preselected', async () => {
    ctx.clock.set('2026-01-05T10:00:00+01:00');
    const { procedure } = await createProcedure(ctx, { open: true });
    const [member] = await seedCommittee(ctx, procedure.id);
    const open = await applied(procedure.id, { firstName: 'Vroeg', lastName: 'Sollicitant' });
    ctx.clock.set('2026-01-08T10:00:00+01:00');
    await moveOk(ctx, open.applicationId, 'preselected', { authorization: consultant });
    const searched = await seedComplete(ctx, procedure.id, { source: 'agency_search', stage: 'preselected' });
    await expectNothingBeforeOverview(procedure.id, member!.authorization, [open, searched]);
    ctx.clock.set('2026-01-20T12:00:00+01:00');
  });

  it('knows every GET route of the API (a new read route must be classified here)', () => {
    const routes = new Set(ctx.app.routeTable.filter((r) => r.method === 'GET' && !r.url.startsWith('/docs')).map((r) => r.url));
    expect([...routes].sort()).toEqual(Object.keys(routeSpecs(world)).sort());
  });

  it('walks every read route with a committee key and checks the exact fields returned', async () => {
    const record: Record<string, Shape> = {};
    for (const [route, calls] of Object.entries(routeSpecs(world))) {
      for (const call of calls) {
        const res = await api().get(call.url).set('authorization', world.committee).buffer(true);
        const label = `${route} <- ${call.url}`;
        if (typeof call.expect === 'number') {
          expect(res.status, label).toBe(call.expect);
          // A 404 says nothing about what exists.
          if (call.expect === 404) expect(res.body.code, label).toBe('NOT_FOUND');
          continue;
        }
        expect(res.status, `${label}: ${String(res.text).slice(0, 300)}`).toBe(200);
        if (res.type === 'application/json') record[call.url] = shape(res.body);
        if (process.env.RECORD_SHAPES) continue;
        if (call.expect.shape) expect(shape(res.body), label).toEqual(call.expect.shape);
        call.expect.check?.(res);
        // Never the agency's notes, wherever they would show.
        if (typeof res.text === 'string') expect(res.text, label).not.toContain('Agency note');
        // Never who of the agency's people did something (they wrote the shared note and made the moves).
        if (typeof res.text === 'string') expect(res.text, label).not.toContain(world.userId);
      }
    }
    if (process.env.RECORD_SHAPES) console.log(JSON.stringify(record, null, 1));
  });
});
