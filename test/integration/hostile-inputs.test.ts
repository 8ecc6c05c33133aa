import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { applyWithBothPdfs } from '../factories/applications.js';
import { addMember, agencyKey } from '../factories/committee.js';
import { createInquiry } from '../factories/inquiries.js';
import { createProcedure, ipoProcedureInput, ipoTimeline } from '../factories/procedures.js';
import { seedApplication } from '../factories/pipeline.js';
import { createWebhook } from '../factories/webhooks.js';
import { cvPdf, motivationPdf } from '../fixtures/pdf.js';

/**
 * docs/architecture.md, "The request path": every bad input gets a clear 4xx problem+json that names the
 * rule or field, and changes nothing; a 500 from anything a caller can send
 * is a bug. This file walks EVERY route of the app (ctx.app.routeTable) with
 * an admin key and real ids, and sends each a battery of hostile path
 * parameters, query strings, bodies, content types and headers. Each answer
 * must be below 500, and a 4xx must be application/problem+json with `code`
 * and `detail`. Requests are sent in small concurrent groups; after a group
 * that was refused entirely, the stored data must be as before it.
 *
 * HOSTILE_DEBUG=1 prints the number of cases and statuses per battery,
 * HOSTILE_DEBUG=all every case with its status, HOSTILE_DEBUG=slow the slow ones.
 */

let ctx: TestContext;
const api = () => request(ctx.app.server);

// ---------------------------------------------------------------------------
// Cases another helper still owns (src/modules/{deadlines,jobs,privacy}).
// TODO(privacy-helper): these answer 5xx today; fix them in their module and
// remove each entry here. The test then asserts them like every other case.
// Each entry is `METHOD /route/{param} :: case label` (see the failure list).
// ---------------------------------------------------------------------------
// Cases known to answer 5xx that the test reports instead of failing on; empty now.
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const MAX_UUID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
const HUGE = 'x'.repeat(100_000);
/**
 * Webhooks of this test point at a closed local port: the deadline sweep
 * (one of the routes) delivers events, and a real host name would make it
 * wait on DNS and the network.
 */
const DEAD_END = 'http://127.0.0.1:9/hooks';
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

interface Fixture {
  clientId: string;
  procedureId: string;
  candidateId: string;
  applicationId: string;
  memberId: string;
  keyId: string;
  inquiryId: string;
  webhookId: string;
  consentId: string;
  requestId: string;
  interviewId: string;
  referenceId: string;
  noteId: string;
  /** A person of the agency (users). */
  userId: string;
  /** A nominated application (seeded) for the reference, offer and appointment routes. */
  nomineeId: string;
  /** A draft procedure with a timeline, for hostile timelines that would otherwise move the fixture's dates. */
  spareProcedureId: string;
}
let fx: Fixture;

/** Routes about the nominee: their applicationId is the nominated application's. */
const NOMINEE_ROUTE = /\/(offer|reference-consent|references)\b/;

/** A real value for each path parameter (of `routeKey`, where that matters). */
function realParams(routeKey = ''): Record<string, string> {
  return {
    clientId: fx.clientId,
    procedureId: fx.procedureId,
    candidateId: fx.candidateId,
    applicationId: NOMINEE_ROUTE.test(routeKey) ? fx.nomineeId : fx.applicationId,
    memberId: fx.memberId,
    keyId: fx.keyId,
    inquiryId: fx.inquiryId,
    webhookId: fx.webhookId,
    consentId: fx.consentId,
    requestId: fx.requestId,
    interviewId: fx.interviewId,
    referenceId: fx.referenceId,
    noteId: fx.noteId,
    userId: fx.userId,
    stage: 'preselection',
    kind: 'cv',
  };
}

async function buildFixture(): Promise<Fixture> {
  const { client, procedure } = await createProcedure(ctx, { open: true });
  const application = await applyWithBothPdfs(ctx, procedure.id, { firstName: 'Hostile', lastName: 'Fixture' });
  const member = await addMember(ctx, procedure.id, { name: 'Anna de Boer', email: 'a.deboer@example.org', role: 'chair' });
  const key = await agencyKey(ctx, 'consultant');
  const inquiry = await createInquiry(ctx, { procedureId: procedure.id });
  const webhook = await createWebhook(ctx, { url: DEAD_END });
  const prisma = ctx.db.prisma;
  const now = ctx.clock.now();
  const consent = await prisma.consent.create({
    data: { candidateId: application.candidate.id, kind: 'retention', scope: 'Keep my CV for a year', givenAt: now, recordedBy: 'test:seed' },
  });
  const dsr = await prisma.dataSubjectRequest.create({
    data: { candidateId: application.candidate.id, kind: 'access', receivedAt: now, dueAt: new Date(now.getTime() + 30 * 86_400_000) },
  });
  const interview = await prisma.interview.create({
    data: {
      procedureId: procedure.id,
      applicationId: application.id,
      kind: 'committee',
      startsAt: new Date('2026-01-20T10:00:00+01:00'),
      endsAt: new Date('2026-01-20T11:00:00+01:00'),
      location: 'den_haag',
      status: 'scheduled',
      panel: { create: [{ memberId: member.id }] },
    },
  });
  const nominee = await seedApplication(ctx, procedure.id, { stage: 'nominated', firstName: 'Eva', lastName: 'Smit' });
  await api()
    .post(`/v1/applications/${nominee.applicationId}/reference-consent`)
    .set('authorization', ctx.admin)
    .send({ scope: 'Two referees named by the candidate' });
  const reference = await prisma.referenceCheck.create({
    data: { applicationId: nominee.applicationId, refereeName: 'Kees Referent', relation: 'former manager', contact: 'kees@example.nl' },
  });
  const note = await api().post(`/v1/applications/${application.id}/notes`).set('authorization', ctx.admin).send({ text: 'Fixture note' });
  const spare = await createProcedure(ctx, { timeline: true });
  const person = await api()
    .post('/v1/users')
    .set('authorization', ctx.admin)
    .send({ name: 'Anna de Vries', email: 'anna@agency.example', role: 'consultant' });
  return {
    clientId: client.id,
    procedureId: procedure.id,
    candidateId: application.candidate.id,
    applicationId: application.id,
    memberId: member.id,
    keyId: key.id,
    inquiryId: inquiry.id,
    webhookId: webhook.id,
    consentId: consent.id,
    requestId: dsr.id,
    interviewId: interview.id,
    referenceId: reference.id,
    noteId: note.body.id as string,
    userId: person.body.id as string,
    nomineeId: nominee.applicationId,
    spareProcedureId: spare.procedure.id,
  };
}

// ---------------------------------------------------------------------------
// Sending and checking
// ---------------------------------------------------------------------------

interface Case {
  /** `METHOD /route/{param}` as in the contract. */
  route: string;
  label: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Raw body bytes with their content type; or a multipart form. */
  body?: { type: string; data: string | Buffer };
  form?: { fields: Array<[string, string]>; files: Array<{ field: string; content: Buffer; filename?: string; contentType?: string }> };
}

interface Outcome {
  c: Case;
  status: number;
  problem?: string;
}

const failures: string[] = [];

function describeCase(c: Case): string {
  const body = c.body
    ? ` [${c.body.type}] ${typeof c.body.data === 'string' ? c.body.data.slice(0, 300) : `<${c.body.data.length} bytes>`}${typeof c.body.data === 'string' && c.body.data.length > 300 ? `…(${c.body.data.length} chars)` : ''}`
    : c.form
      ? ` [multipart] fields ${JSON.stringify(c.form.fields.map(([k, v]) => [k, v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v]))} files ${JSON.stringify(c.form.files.map((f) => `${f.field}:${f.contentType ?? 'application/pdf'}:${f.content.length}`))}`
      : '';
  const headers = c.headers
    ? ` headers ${JSON.stringify(Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k, v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v])))}`
    : '';
  const url = c.url.length > 300 ? `${c.url.slice(0, 300)}…(${c.url.length} chars)` : c.url;
  return `${c.route} :: ${c.label} :: ${c.method} ${url}${headers}${body}`;
}

async function send(c: Case): Promise<Outcome> {
  const started = Date.now();
  try {
    return await sendOnce(c);
  } finally {
    if (process.env.HOSTILE_DEBUG === 'slow' && Date.now() - started > 150) console.log(`slow ${Date.now() - started} ms: ${describeCase(c).slice(0, 200)}`);
  }
}

async function sendOnce(c: Case): Promise<Outcome> {
  const method = c.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head';
  let req = api()[method](c.url).set('authorization', ctx.admin);
  for (const [k, v] of Object.entries(c.headers ?? {})) req = req.set(k, v);
  if (c.form) {
    for (const [name, value] of c.form.fields) req = req.field(name, value);
    for (const f of c.form.files) {
      req = req.attach(f.field, f.content, { filename: f.filename ?? `${f.field}.pdf`, contentType: f.contentType ?? 'application/pdf' });
    }
  } else if (c.body) {
    req = req.set('content-type', c.body.type).send(c.body.data);
  }
  const res = await req.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });
  const text = (res.body as Buffer).toString('utf8');
  let problem: string | undefined;
  if (res.status >= 500) {
    problem = `${res.status} ${text.slice(0, 400)}`;
  } else if (res.status >= 400) {
    const type = String(res.headers['content-type'] ?? '');
    if (!type.startsWith('application/problem+json')) problem = `${res.status} with content-type ${type || '(none)'}: ${text.slice(0, 200)}`;
    else if (c.method !== 'HEAD') {
      let parsed: { code?: unknown; detail?: unknown } = {};
      try {
        parsed = JSON.parse(text) as typeof parsed;
      } catch {
        problem = `${res.status} problem+json that is not JSON: ${text.slice(0, 200)}`;
      }
      if (!problem && (typeof parsed.code !== 'string' || typeof parsed.detail !== 'string' || parsed.detail.length === 0)) {
        problem = `${res.status} problem without code/detail: ${text.slice(0, 200)}`;
      }
    }
  }
  return { c, status: res.status, problem };
}

/** What a refused request must leave as it was: row counts, versions and the audit trail. */
async function snapshot(): Promise<string> {
  const rows = await ctx.db.prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(`
    SELECT
      (SELECT count(*) FROM clients) AS clients,
      (SELECT coalesce(sum(version), 0) FROM clients) AS client_versions,
      (SELECT count(*) FROM procedures) AS procedures,
      (SELECT coalesce(sum(version), 0) FROM procedures) AS procedure_versions,
      (SELECT count(*) FROM candidates) AS candidates,
      (SELECT coalesce(sum(version), 0) FROM candidates) AS candidate_versions,
      (SELECT count(*) FROM applications) AS applications,
      (SELECT coalesce(sum(version), 0) FROM applications) AS application_versions,
      (SELECT count(*) FROM documents) AS documents,
      (SELECT count(*) FROM interviews) AS interviews,
      (SELECT count(*) FROM committee_members) AS members,
      (SELECT count(*) FROM inquiries) AS inquiries,
      (SELECT count(*) FROM consents) AS consents,
      (SELECT count(*) FROM webhooks) AS webhooks,
      (SELECT count(*) FROM audit_entries) AS audit,
      (SELECT count(*) FROM events) AS events
  `);
  return JSON.stringify(rows[0], (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

const GROUP = 8;

/** Round-robin over the routes' cases, so that a group seldom holds two writes to the same resource (which would race). */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

/** Sends the cases in small concurrent groups, recording every broken answer and every change made by a refused group. */
async function run(cases: Case[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < cases.length; i += GROUP) {
    const group = cases.slice(i, i + GROUP);
    const reads = group.every((c) => c.method === 'GET' || c.method === 'HEAD');
    const before = reads ? '' : await snapshot();
    const results = await Promise.all(group.map(send));
    const after = reads ? '' : await snapshot();
    for (const r of results) {
      if (!r.problem) continue;
      const line = `${describeCase(r.c)}\n    -> ${r.problem}`;
      failures.push(line);
    }
    if (results.every((r) => r.status >= 400) && before !== after) {
      failures.push(`refused requests changed stored data (${before} -> ${after}):\n${results.map((r) => `    ${r.status} ${describeCase(r.c)}`).join('\n')}`);
    }
    outcomes.push(...results);
  }
  if (process.env.HOSTILE_DEBUG) {
    const hist: Record<string, number> = {};
    for (const o of outcomes) hist[o.status] = (hist[o.status] ?? 0) + 1;
    console.log(`cases ${outcomes.length}`, JSON.stringify(hist));
    if (process.env.HOSTILE_DEBUG === 'all') for (const o of outcomes) console.log(o.status, describeCase(o.c).slice(0, 250));
  }
  return outcomes;
}

function expectNoFailures() {
  const found = failures.splice(0);
  expect(found, `\n${found.join('\n')}\n`).toEqual([]);
}

// ---------------------------------------------------------------------------
// The routes and their contract
// ---------------------------------------------------------------------------

interface Route {
  method: string;
  /** Fastify form, /v1/x/:id */
  url: string;
  /** Contract form, /v1/x/{id} */
  path: string;
  key: string;
  params: string[];
  query: Array<{ name: string; schema: Json }>;
  /** Content types of the request body the contract documents. */
  bodyTypes: string[];
  bodySchema?: Json;
}

type Json = Record<string, unknown>;
let routes: Route[] = [];
let components: Record<string, Json> = {};

function resolve(schema: Json | undefined): Json | undefined {
  let s = schema;
  for (let i = 0; s && typeof s.$ref === 'string' && i < 10; i++) s = components[s.$ref.split('/').pop()!];
  return s;
}

function loadRoutes() {
  const doc = ctx.app.swagger() as unknown as { paths: Record<string, Record<string, Json>>; components?: { schemas?: Record<string, Json> } };
  components = doc.components?.schemas ?? {};
  const seen = new Set<string>();
  const out: Route[] = [];
  for (const entry of ctx.app.routeTable) {
    if (entry.hidden || entry.url.startsWith('/docs') || entry.url === '/openapi.yaml' || entry.url === '/openapi.json') continue;
    const key = `${entry.method} ${entry.url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const path = entry.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const op = doc.paths[path]?.[(entry.method === 'HEAD' ? 'get' : entry.method).toLowerCase()];
    const parameters = ((op?.parameters ?? []) as Json[]).filter((p) => p.in === 'query');
    const content = ((op?.requestBody as Json | undefined)?.content ?? {}) as Record<string, { schema?: Json }>;
    out.push({
      method: entry.method,
      url: entry.url,
      path,
      key: `${entry.method} ${path}`,
      params: [...entry.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!),
      query: parameters.map((p) => ({ name: p.name as string, schema: resolve(p.schema as Json) ?? {} })),
      bodyTypes: Object.keys(content),
      bodySchema: resolve(content['application/json']?.schema),
    });
  }
  routes = out;
}

/** Routes whose success removes or ends the fixture: they get their batteries after all others. */
const destructive = (r: Route) => r.method === 'DELETE' || r.key === 'POST /v1/procedures/{procedureId}/appointment';
const safe = () => routes.filter((r) => !destructive(r));

function urlOf(route: Route, overrides: Record<string, string> = {}, query = ''): string {
  const values = { ...realParams(route.key), ...overrides };
  const path = route.url.replace(/:([A-Za-z]+)/g, (_m, name: string) => values[name] ?? UNKNOWN_UUID);
  return query ? `${path}?${query}` : path;
}

const hasBody = (r: Route) => ['POST', 'PUT', 'PATCH'].includes(r.method);
const json = (value: unknown) => ({ type: 'application/json', data: JSON.stringify(value) });

// ---------------------------------------------------------------------------
// Plausible bodies: the hostile ones are each of these with one part changed.
// ---------------------------------------------------------------------------

function baseBodies(): Record<string, unknown> {
  return {
    'POST /v1/api-keys': { name: 'hostile key', role: 'committee', procedureId: fx.procedureId, expiresAt: '2026-06-01T00:00:00+01:00' },
    // This app runs on the system clock: the advance is refused (TEST_CLOCK_DISABLED) whatever the body.
    'POST /v1/clock/advance': { to: '2026-01-06T00:00:00+01:00' },
    'POST /v1/users': { name: 'Pieter de Groot', email: 'pieter@agency.example', role: 'consultant' },
    'PATCH /v1/users/{userId}': { name: 'Anna de Vries-Jansen', role: 'consultant', active: true },
    'POST /v1/clients': { name: 'Provincie Zeeland', description: 'Client', website: 'https://www.zeeland.nl' },
    'PATCH /v1/clients/{clientId}': { name: 'IPO', description: 'Interprovinciaal Overleg', website: 'https://www.ipo.nl' },
    'POST /v1/procedures': {
      ...ipoProcedureInput(fx.clientId),
      stageBounds: { preselection: { min: 3, max: 8 }, shortlist: { min: 2, max: 4 }, nomination: { max: 1 } },
    },
    'PATCH /v1/procedures/{procedureId}': {
      title: 'Plaatsvervangend Algemeen Directeur IPO',
      reference: 'IPO-BIJ12-2025',
      hoursPerWeek: 36,
      locations: ['Den Haag'],
      salary: ipoProcedureInput(fx.clientId).salary,
      profile: ipoProcedureInput(fx.clientId).profile,
      stageBounds: { preselection: { min: 3, max: 8 } },
    },
    'PUT /v1/procedures/{procedureId}/timeline': {
      ...ipoTimeline,
      additional: [{ key: 'assessment', label: 'Assessment', date: '2026-01-26', endDate: '2026-01-27' }],
    },
    'POST /v1/candidates': {
      firstName: 'Joris',
      lastName: 'de Wit',
      email: 'joris.dewit@example.nl',
      phone: '+31 6 87654321',
      city: 'Zwolle',
      currentPosition: 'Directeur',
      currentOrganisation: 'Provincie Overijssel',
      linkedinUrl: 'https://www.linkedin.com/in/joris',
      source: 'agency_search',
      notes: 'Via netwerk',
    },
    'PATCH /v1/candidates/{candidateId}': { city: 'Amersfoort', notes: 'Bijgewerkt', phone: '+31 6 11112222' },
    'POST /v1/procedures/{procedureId}/applications': {
      candidate: {
        firstName: 'Sanne',
        lastName: 'Visser',
        email: 'sanne.visser@example.nl',
        source: 'agency_search',
      },
      source: 'agency_search',
      agencyMotivation: 'Sterk profiel',
    },
    'PATCH /v1/applications/{applicationId}': { agencyMotivation: 'Sterke bestuurlijke ervaring.', source: 'open_call' },
    'POST /v1/applications/{applicationId}/notes': { text: 'Belde terug: beschikbaar per 1 april.', shared: false },
    'PATCH /v1/notes/{noteId}': { text: 'Belde terug: beschikbaar per 1 mei.', shared: false },
    'POST /v1/procedures/{procedureId}/committee': { name: 'Pieter Jansen', email: 'p.jansen@example.org', role: 'member' },
    'POST /v1/procedures/{procedureId}/committee/{memberId}/api-key': { expiresAt: '2026-03-01T00:00:00+01:00' },
    'POST /v1/inquiries': {
      procedureId: fx.procedureId,
      candidateId: fx.candidateId,
      channel: 'email',
      fromName: 'Jan de Vries',
      fromEmail: 'jan@example.nl',
      subject: 'Vraag',
      receivedAt: '2026-01-05T09:00:00+01:00',
    },
    'PATCH /v1/inquiries/{inquiryId}': { answeredAt: '2026-01-05T09:30:00+01:00' },
    'POST /v1/webhooks': { url: `${DEAD_END}/other`, eventTypes: ['application.received'], secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
    'POST /v1/webhooks/{webhookId}/rotate-secret': { overlapSeconds: 3600 },
    'POST /v1/candidates/{candidateId}/consents': {
      kind: 'retention',
      scope: 'Keep my CV',
      givenAt: '2026-01-05T09:00:00+01:00',
      expiresAt: '2027-01-05T09:00:00+01:00',
    },
    'POST /v1/candidates/{candidateId}/consents/{consentId}/withdraw': { withdrawnAt: '2026-01-05T09:30:00+01:00' },
    'POST /v1/candidates/{candidateId}/informed': { informedAt: '2026-01-05T09:30:00+01:00' },
    'POST /v1/data-subject-requests': { candidateId: fx.candidateId, kind: 'access', receivedAt: '2026-01-05T09:00:00+01:00' },
    'PATCH /v1/data-subject-requests/{requestId}': { answeredAt: '2026-01-05T09:30:00+01:00' },
    'POST /v1/procedures/{procedureId}/stages/{stage}/close': { justification: 'Fewer candidates than the bound' },
    'POST /v1/applications/{applicationId}/transitions': { to: 'preselected', reason: 'Past the intake', reasonCategory: null },
    'POST /v1/procedures/{procedureId}/interviews': {
      applicationId: fx.applicationId,
      kind: 'agency_screening',
      startsAt: '2026-01-09T10:00:00+01:00',
      durationMinutes: 60,
      location: 'utrecht',
      locationDetail: 'Kamer 3',
      panel: [fx.memberId],
    },
    'PATCH /v1/interviews/{interviewId}': {
      startsAt: '2026-01-21T10:00:00+01:00',
      durationMinutes: 45,
      location: 'online',
      locationDetail: 'Teams',
      panel: [fx.memberId],
      reason: 'Agenda',
    },
    'POST /v1/interviews/{interviewId}/evaluations': {
      memberId: fx.memberId,
      ratings: { academic: { score: 4, notes: 'Goed' }, change: { score: 3 } },
      overallAdvice: 'recommend',
      notes: 'Prima',
    },
    'POST /v1/applications/{applicationId}/reference-consent': { scope: 'Two referees', givenAt: '2026-01-05T09:00:00+01:00' },
    'POST /v1/applications/{applicationId}/references': { refereeName: 'Els Bakker', relation: 'colleague', contact: 'els@example.nl' },
    'PATCH /v1/applications/{applicationId}/references/{referenceId}': {
      refereeName: 'Kees Referent',
      relation: 'former manager',
      contact: 'kees@example.nl',
      outcome: 'concerns',
      notes: 'Some doubts',
      resolutionNote: 'Discussed',
    },
    'PUT /v1/applications/{applicationId}/offer': {
      salaryScale: '17',
      monthlySalary: '9000.00',
      hoursPerWeek: 36,
      ikbPercentage: '21.82',
      startDate: '2026-03-01',
      state: 'draft',
    },
    'POST /v1/procedures/{procedureId}/appointment': {
      applicationId: fx.nomineeId,
      decisionDate: '2026-01-29',
      decisionReference: 'Besluit 2026-01',
    },
  };
}

/** Whole bodies that are well-formed field by field but hostile as a whole (dates at the ends of the calendar). */
function extraBodies(): Record<string, Array<[string, unknown, Record<string, string>?]>> {
  const timelineIn = (year: string) => Object.fromEntries(Object.keys(ipoTimeline).map((k, i) => [k, `${year}-12-${String(20 + i).padStart(2, '0')}`]));
  const base = baseBodies() as Record<string, Record<string, unknown>>;
  // On the spare procedure: a timeline that is accepted would move the fixture's dates.
  const spare = { procedureId: fx.spareProcedureId };
  return {
    'PUT /v1/procedures/{procedureId}/timeline': [
      ['timeline at the end of year 9999', { ...timelineIn('9999'), appointmentDeadline: '9999-12-31' }, spare],
      ['timeline in year 0100', timelineIn('0100'), spare],
      [
        'timeline with an additional date in 9999',
        { ...ipoTimeline, additional: [{ key: 'late', label: 'Late', date: '9999-12-31', endDate: '9999-12-31' }] },
        spare,
      ],
      [
        'timeline with 200 additional dates',
        { ...ipoTimeline, additional: Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, label: 'x', date: '2026-01-26' })) },
        spare,
      ],
      [
        'timeline with an additional key twice',
        {
          ...ipoTimeline,
          additional: [
            { key: 'a', label: 'x', date: '2026-01-26' },
            { key: 'a', label: 'y', date: '2026-01-27' },
          ],
        },
        spare,
      ],
      ['timeline with an additional key of a milestone', { ...ipoTimeline, additional: [{ key: 'closing', label: 'x', date: '2026-01-26' }] }, spare],
    ],
    'POST /v1/procedures': [
      [
        'salary bound from 9999-12-31',
        { ...base['POST /v1/procedures'], salary: { scale: '17', bounds: [{ validFrom: '9999-12-31', minMonthly: '1.00', maxMonthly: '2.00' }] } },
      ],
      [
        'salary bounds on the same date',
        {
          ...base['POST /v1/procedures'],
          salary: {
            scale: '17',
            bounds: [
              { validFrom: '2026-01-01', minMonthly: '1.00', maxMonthly: '2.00' },
              { validFrom: '2026-01-01', minMonthly: '1.00', maxMonthly: '3.00' },
            ],
          },
        },
      ],
      [
        'profile key twice',
        {
          ...base['POST /v1/procedures'],
          profile: [
            { key: 'a', name: 'A' },
            { key: 'a', name: 'B' },
          ],
        },
      ],
      ['time zone Etc/GMT-14', { ...base['POST /v1/procedures'], timeZone: 'Etc/GMT-14' }],
      ['time zone of 10 000 characters', { ...base['POST /v1/procedures'], timeZone: 'Europe/'.padEnd(10_000, 'x') }],
      ['unknown clientId', { ...base['POST /v1/procedures'], clientId: UNKNOWN_UUID }],
    ],
    'PATCH /v1/procedures/{procedureId}': [
      [
        'salary bounds on the same date',
        {
          salary: {
            scale: '17',
            bounds: [
              { validFrom: '2026-01-01', minMonthly: '1.00', maxMonthly: '2.00' },
              { validFrom: '2026-01-01', minMonthly: '1.00', maxMonthly: '3.00' },
            ],
          },
        },
      ],
      [
        'profile key twice',
        {
          profile: [
            { key: 'a', name: 'A' },
            { key: 'a', name: 'B' },
          ],
        },
      ],
      ['stage bounds min above max', { stageBounds: { preselection: { min: 9, max: 1 }, shortlist: { min: 1000, max: 0 } } }],
    ],
    'PUT /v1/applications/{applicationId}/offer': [
      ['start date 9999-12-31', { ...base['PUT /v1/applications/{applicationId}/offer'], startDate: '9999-12-31' }],
      ['largest salary', { ...base['PUT /v1/applications/{applicationId}/offer'], monthlySalary: '99999999.99' }],
    ],
    'POST /v1/procedures/{procedureId}/appointment': [
      ['decision on 9999-12-31', { ...base['POST /v1/procedures/{procedureId}/appointment'], decisionDate: '9999-12-31' }],
    ],
    'POST /v1/procedures/{procedureId}/interviews': [
      ['panel member twice', { ...base['POST /v1/procedures/{procedureId}/interviews'], panel: [fx.memberId, fx.memberId] }],
      ['starts at the end of 9999', { ...base['POST /v1/procedures/{procedureId}/interviews'], startsAt: '9999-12-31T23:30:00Z', durationMinutes: 480 }],
    ],
    'POST /v1/webhooks': [
      ['event type twice', { ...base['POST /v1/webhooks'], eventTypes: ['application.received', 'application.received'] }],
      ['500 event types', { ...base['POST /v1/webhooks'], eventTypes: Array.from({ length: 500 }, (_, i) => `a.b${i}`) }],
      ['url with credentials', { ...base['POST /v1/webhooks'], url: 'http://user:pass@127.0.0.1:9/x' }],
    ],
  };
}

/** The first top-level string field of a body, set to `value` (a body without one gets a `name`). */
function firstString(body: Record<string, unknown>, value: string): Record<string, string> {
  const key = Object.keys(body).find((k) => typeof body[k] === 'string') ?? 'name';
  return { [key]: value };
}

/** Which real id a uuid body field names, for cross-type confusion (an id of another kind). */
function otherKindId(field: string): string {
  return field.toLowerCase().includes('procedure') ? fx.applicationId : fx.procedureId;
}

// ---------------------------------------------------------------------------
// Hostile values by the type the contract gives a field
// ---------------------------------------------------------------------------

/** A hostile value: a JSON value, or raw JSON text (for 1e309, -0, deep nesting). */
type Hostile = { label: string; value?: unknown; raw?: string };

const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function variantsOf(schema: Json | undefined, field: string, sample: unknown): Hostile[] {
  const s = resolve(schema) ?? {};
  const options = ((s.anyOf ?? s.oneOf) as Json[] | undefined)?.map((o) => resolve(o) ?? {}) ?? [s];
  const main = options.find((o) => o.type !== 'null') ?? s;
  const type = main.type as string | undefined;
  const format = main.format as string | undefined;
  const out: Hostile[] = [
    { label: 'null', value: null },
    { label: 'nested object', raw: deep(20) },
  ];
  if (main.enum) {
    out.push({ label: 'unknown enum value', value: '__proto__' }, { label: 'number for enum', value: 1 });
  } else if (type === 'string' && format === 'date') {
    for (const v of ['2026-02-30', '9999-99-99', '0000-01-01', '9999-12-31', '1900-01-01', '2026-01-05T10:00:00Z', '26-1-5'])
      out.push({ label: `date ${v}`, value: v });
  } else if (type === 'string' && format === 'date-time') {
    for (const v of [
      '2026-01-05T10:00:00',
      '2026-02-30T10:00:00Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '9999-12-31T23:59:59-23:59',
      '1900-01-01T00:00:00Z',
      '2026-01-05',
      '2026-01-05T10:00:00.123456789+01:00',
    ]) {
      out.push({ label: `date-time ${v}`, value: v });
    }
  } else if (type === 'string' && format === 'uuid') {
    out.push(
      { label: 'not a uuid', value: 'not-a-uuid' },
      { label: 'nil uuid', value: NIL_UUID },
      { label: 'max uuid', value: MAX_UUID },
      { label: 'unknown uuid', value: UNKNOWN_UUID },
      { label: 'id of another kind', value: otherKindId(field) },
      { label: 'upper-case id', value: typeof sample === 'string' ? sample.toUpperCase() : UNKNOWN_UUID.toUpperCase() },
    );
  } else if (type === 'string') {
    out.push(
      { label: 'number for string', value: 123 },
      { label: 'blank string', value: '   ' },
      { label: 'huge string (100 KB)', value: HUGE },
      { label: 'NUL character', value: 'a\u0000b' },
      { label: 'lone surrogate', value: 'a\ud800b' },
    );
    if (typeof main.pattern === 'string' && /\\d/.test(main.pattern)) {
      out.push(
        { label: 'pattern max', value: '99999999.99' },
        { label: 'pattern zero', value: '0.00' },
        { label: 'pattern negative', value: '-1.00' },
        { label: 'pattern 100.00', value: '100.00' },
      );
    }
    if (format === 'uri') out.push({ label: 'javascript uri', value: 'javascript:alert(1)' }, { label: 'relative uri', value: '/x' });
    if (format === 'email') out.push({ label: 'bad email', value: 'not-an-email' });
  } else if (type === 'integer' || type === 'number') {
    out.push(
      { label: '1e309', raw: '1e309' },
      { label: '-0', raw: '-0' },
      { label: '1.5', value: 1.5 },
      { label: '-1', value: -1 },
      { label: '2^31', value: 2 ** 31 },
      { label: '1e20', raw: '1e20' },
      { label: 'string for number', value: '12' },
      { label: 'NaN as string', value: 'NaN' },
    );
  } else if (type === 'boolean') {
    out.push({ label: 'string for boolean', value: 'true' }, { label: 'number for boolean', value: 1 });
  } else if (type === 'array') {
    const item = Array.isArray(sample) && sample.length > 0 ? sample[0] : 'x';
    out.push(
      { label: 'string for array', value: 'x' },
      { label: 'object for array', value: {} },
      { label: '[null]', value: [null] },
      { label: 'empty array', value: [] },
      { label: 'same item twice', value: [item, item] },
      { label: '500 items', value: Array.from({ length: 500 }, () => item) },
      { label: 'deeply nested array', raw: deepArray(500) },
    );
  } else if (type === 'object' || main.properties || main.additionalProperties) {
    out.push(
      { label: 'string for object', value: 'x' },
      { label: 'array for object', value: [] },
      { label: 'empty object', value: {} },
      { label: 'constructor key', value: { constructor: { prototype: { polluted: true } } } },
      { label: 'toString key', value: { toString: 1, valueOf: 2, hasOwnProperty: 3 } },
      { label: '__proto__ key', raw: '{"__proto__":{"polluted":true}}' },
    );
  } else {
    out.push({ label: 'string', value: 'x' }, { label: 'huge string (100 KB)', value: HUGE }, { label: 'object', value: { a: 1 } });
  }
  return out;
}

const SENTINEL = '"@@HOSTILE-VALUE@@"';

/** The base body with the value at `path` replaced by a hostile one, as JSON text. */
function withValue(base: unknown, path: Array<string | number>, hostile: Hostile): string {
  const clone = structuredClone(base) as Record<string | number, unknown>;
  let target = clone;
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = '@@HOSTILE-VALUE@@';
  const raw = hostile.raw ?? JSON.stringify(hostile.value);
  return JSON.stringify(clone).replace(SENTINEL, () => raw);
}

/** Every field (top level, and nested where the base body has it) with its schema and sample value. */
function fieldsOf(
  schema: Json | undefined,
  base: unknown,
  prefix: Array<string | number> = [],
  depth = 0,
): Array<{ path: Array<string | number>; schema: Json; sample: unknown }> {
  const s = resolve(schema) ?? {};
  const options = ((s.anyOf ?? s.oneOf) as Json[] | undefined)?.map((o) => resolve(o) ?? {}) ?? [s];
  const obj = options.find((o) => o.properties || o.type === 'object');
  const out: Array<{ path: Array<string | number>; schema: Json; sample: unknown }> = [];
  if (!obj || depth > 3) return out;
  const props = (obj.properties ?? {}) as Record<string, Json>;
  const baseObj = (base && typeof base === 'object' ? base : {}) as Record<string, unknown>;
  for (const [name, propSchema] of Object.entries(props)) {
    const path = [...prefix, name];
    const sample = baseObj[name];
    out.push({ path, schema: propSchema, sample });
    const ps = resolve(propSchema) ?? {};
    const pOptions = ((ps.anyOf ?? ps.oneOf) as Json[] | undefined)?.map((o) => resolve(o) ?? {}) ?? [ps];
    if (sample && typeof sample === 'object' && !Array.isArray(sample)) {
      out.push(...fieldsOf(propSchema, sample, path, depth + 1));
    } else if (Array.isArray(sample) && sample.length > 0 && typeof sample[0] === 'object') {
      const arr = pOptions.find((o) => o.type === 'array');
      out.push(...fieldsOf(arr?.items as Json | undefined, sample[0], [...path, 0], depth + 1));
    }
  }
  // A record (ratings): hostile keys and values for one of its entries.
  if (obj.additionalProperties && typeof obj.additionalProperties === 'object' && Object.keys(props).length === 0) {
    const first = Object.keys(baseObj)[0];
    if (first) out.push({ path: [...prefix, first], schema: obj.additionalProperties as Json, sample: baseObj[first] });
  }
  return out;
}

// ---------------------------------------------------------------------------
// The batteries
// ---------------------------------------------------------------------------

const PARAM_VALUES: Array<{ label: string; value: string }> = [
  { label: 'not a uuid', value: 'not-a-uuid' },
  { label: 'unknown uuid', value: UNKNOWN_UUID },
  { label: 'max uuid', value: MAX_UUID },
  { label: 'very long', value: 'a'.repeat(4000) },
  { label: '%00', value: '%00' },
  { label: 'uuid with %00', value: `${UNKNOWN_UUID}%00` },
  { label: 'bad percent-encoding', value: '%E0%A4%A' },
  { label: 'encoded slash', value: '..%2F..%2Fetc%2Fpasswd' },
  { label: '__proto__', value: '__proto__' },
  { label: 'sql', value: "1'%20OR%20'1'='1" },
];

/** HEAD answers as GET does (without a body): a few values suffice there. */
const HEAD_PARAM_VALUES = new Set(['not a uuid', 'very long', 'bad percent-encoding', 'unknown uuid']);

function paramCases(route: Route): Case[] {
  const cases: Case[] = [];
  for (const param of route.params) {
    const values = route.method === 'HEAD' ? PARAM_VALUES.filter((v) => HEAD_PARAM_VALUES.has(v.label)) : [...PARAM_VALUES];
    // The real id of another kind, and the real id in upper case.
    if (param.endsWith('Id') && route.method !== 'HEAD') {
      values.push({ label: 'id of another kind', value: param === 'procedureId' ? fx.applicationId : fx.procedureId });
      values.push({ label: 'upper-case id', value: (realParams(route.key)[param] ?? UNKNOWN_UUID).toUpperCase() });
    }
    for (const { label, value } of values) {
      const body = !hasBody(route)
        ? undefined
        : route.key.includes('/documents/')
          ? { type: 'application/pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') }
          : json(baseBodies()[route.key] ?? {});
      cases.push({
        route: route.key,
        label: `param ${param}: ${label}`,
        method: route.method,
        url: urlOf(route, { [param]: value }),
        headers: { 'if-match': '*' },
        body,
      });
    }
  }
  return cases;
}

const CURSORS: Array<{ label: string; value: string }> = [
  { label: 'not base64', value: '!!!not-base64!!!' },
  { label: 'base64 of random JSON', value: b64({ a: 1, b: [1, 2, 3] }) },
  { label: 'base64 of {k:x,id:y}', value: b64({ k: 'x', id: 'y' }) },
  { label: 'base64 of numbers', value: b64({ k: 123, id: 456 }) },
  { label: 'base64 of null', value: b64('null') },
  { label: 'base64 of an array', value: b64([1, 2]) },
  { label: 'base64 of a string', value: b64('"abc"') },
  { label: 'valid-looking, unknown uuid', value: b64({ k: '2026-01-05T09:00:00.000Z', id: UNKNOWN_UUID }) },
  { label: 'valid-looking, bad uuid', value: b64({ k: '2026-01-05T09:00:00.000Z', id: 'not-a-uuid' }) },
  { label: 'valid-looking, bad date', value: b64({ k: '2026-02-30T99:00:00Z', id: UNKNOWN_UUID }) },
  { label: 'year 0', value: b64({ k: '0000-01-01T00:00:00.000Z', id: UNKNOWN_UUID }) },
  { label: 'far future', value: b64({ k: '+275760-09-13T00:00:00.000Z', id: UNKNOWN_UUID }) },
  { label: 'number key', value: b64({ k: '99999999999999999999999', id: UNKNOWN_UUID }) },
  { label: 'number key past int8', value: b64({ k: '9999999999999999999', id: '9999999999999999999' }) },
  { label: 'number key past int8, uuid id', value: b64({ k: '9999999999999999999', id: UNKNOWN_UUID }) },
  { label: 'number key, id of 36 dashes', value: b64({ k: '1', id: '-'.repeat(36) }) },
  { label: 'negative number key', value: b64({ k: '-1', id: MAX_UUID }) },
  { label: 'word key', value: b64({ k: 'zzz', id: NIL_UUID }) },
  { label: 'NUL in key', value: b64({ k: 'a\u0000b', id: 'a\u0000b' }) },
  { label: 'extra members', value: b64({ k: '2026-01-05T09:00:00.000Z', id: UNKNOWN_UUID, __proto__x: 1, sql: "' OR 1=1" }) },
  { label: '500 chars', value: 'A'.repeat(500) },
  { label: '501 chars', value: 'A'.repeat(501) },
];

const GENERIC_QUERIES: Array<{ label: string; query: string }> = [
  { label: 'limit abc', query: 'limit=abc' },
  { label: 'limit -1', query: 'limit=-1' },
  { label: 'limit 0', query: 'limit=0' },
  { label: 'limit huge', query: 'limit=99999999999999999999' },
  { label: 'limit 1e309', query: 'limit=1e309' },
  { label: 'limit 1.5', query: 'limit=1.5' },
  { label: 'limit twice', query: 'limit=1&limit=2' },
  { label: 'limit empty', query: 'limit=' },
  { label: 'limit array syntax', query: 'limit[]=1' },
  { label: 'limit object syntax', query: 'limit[a]=1' },
  { label: 'unknown filter', query: 'colour=blue' },
  { label: '__proto__ filter', query: '__proto__[x]=1&constructor[prototype][y]=2' },
  { label: '%00 in query', query: 'q=%00&limit=%00' },
  { label: 'bad percent-encoding in query', query: 'q=%E0%A4%A' },
  { label: 'updatedSince 2026-02-30', query: 'updatedSince=2026-02-30T00:00:00Z' },
  { label: 'updatedSince 9999-99-99', query: 'updatedSince=9999-99-99' },
  { label: 'updatedSince without offset', query: 'updatedSince=2026-01-05T10:00:00' },
  { label: 'updatedSince year 0', query: 'updatedSince=0000-01-01T00:00:00Z' },
  { label: 'updatedSince far future', query: 'updatedSince=9999-12-31T23:59:59Z' },
  { label: 'huge query value', query: `q=${'y'.repeat(6000)}` },
  ...CURSORS.map((c) => ({ label: `cursor ${c.label}`, query: `cursor=${encodeURIComponent(c.value)}` })),
  { label: 'cursor twice', query: `cursor=${b64({ k: 'x', id: 'y' })}&cursor=abc` },
];

function queryValuesFor(schema: Json): string[] {
  const s = resolve(schema) ?? {};
  const main = (((s.anyOf ?? s.oneOf) as Json[] | undefined)?.map((o) => resolve(o) ?? {}) ?? [s]).find((o) => o.type !== 'null') ?? s;
  const values = ['', '%00', 'a'.repeat(3000), '__proto__', 'true', '-1', '1e309'];
  if (main.format === 'uuid') values.push('not-a-uuid', NIL_UUID, UNKNOWN_UUID, fx.applicationId);
  if (main.format === 'date-time')
    values.push('2026-02-30T00:00:00Z', '9999-99-99', '2026-01-05T10:00:00', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-01-05');
  if (main.type === 'integer' || main.type === 'number') values.push('abc', '0', '99999999999999999999', '1.5', 'NaN');
  if (main.enum) values.push('bogus', 'constructor');
  if (main.type === 'string' && !main.format && !main.enum) values.push('x,y,,z', '*', "' OR 1=1 --", 'a%2Cb', 'application.received,*');
  return values;
}

function queryCases(route: Route): Case[] {
  const cases: Case[] = [];
  const body = hasBody(route) ? json(baseBodies()[route.key] ?? {}) : undefined;
  const base = (label: string, query: string): Case => ({
    route: route.key,
    label: `query ${label}`,
    method: route.method,
    url: urlOf(route, {}, query),
    body,
  });
  // Lists get the generic ones; on other routes a few stand for unknown members.
  const generic = route.query.some((q) => q.name === 'limit')
    ? GENERIC_QUERIES
    : GENERIC_QUERIES.filter((g) => ['limit huge', 'unknown filter', '__proto__ filter', '%00 in query'].includes(g.label));
  for (const g of generic) cases.push(base(g.label, g.query));
  for (const q of route.query) {
    for (const v of queryValuesFor(q.schema))
      cases.push(base(`${q.name}=${v.slice(0, 40)}`, `${encodeURIComponent(q.name)}=${v.startsWith('%') ? v : encodeURIComponent(v)}`));
    cases.push(base(`${q.name} twice`, `${q.name}=a&${q.name}=b`));
    cases.push(base(`${q.name} array syntax`, `${q.name}[]=a&${q.name}[]=b`));
  }
  // Lists paged on their own cursor (events use `after`).
  if (route.query.some((p) => p.name === 'after')) {
    for (const c of CURSORS) cases.push(base(`after ${c.label}`, `after=${encodeURIComponent(c.value)}`));
    for (const v of ['-1', '0', '99999999999999999999', '1.5', 'abc', '1e3', '0x10']) cases.push(base(`after ${v}`, `after=${v}`));
  }
  return cases;
}

function bodyCases(route: Route): Case[] {
  if (!hasBody(route)) return [];
  const cases: Case[] = [];
  const baseBody = baseBodies()[route.key];
  // A PUT that creates (the offer) is refused with If-Match * while nothing exists; every other write takes it.
  const ifMatch: Record<string, string> = route.key === 'PUT /v1/applications/{applicationId}/offer' ? {} : { 'if-match': '*' };
  const add = (label: string, body: Case['body'], params: Record<string, string> = {}) =>
    cases.push({ route: route.key, label, method: route.method, url: urlOf(route, params), headers: ifMatch, body });
  // Whole bodies of the wrong kind.
  const wholes: Array<[string, string]> = [
    ['null', 'null'],
    ['[]', '[]'],
    ['"string"', '"string"'],
    ['123', '123'],
    ['true', 'true'],
    ['{}', '{}'],
    ['1e309', '1e309'],
    ['deeply nested object (2000)', deep(2000)],
    ['deeply nested array (50000)', deepArray(50_000)],
    ['__proto__ key', '{"__proto__":{"polluted":true}}'],
    ['constructor key', '{"constructor":{"prototype":{"polluted":true}}}'],
    ['truncated JSON', '{"a":'],
    ['BOM before JSON', '\ufeff{}'],
    ['empty body', ''],
    ['NUL byte', '{"a":"\u0000"}'],
    ['duplicate keys', '{"name":"a","name":"b"}'],
  ];
  for (const [label, data] of wholes) add(`body ${label}`, { type: 'application/json', data });
  if (baseBody === undefined || !route.bodySchema) return cases;
  add('body plausible', json(baseBody));
  add('body extra unknown field', json({ ...(baseBody as object), colour: 'blue' }));
  add('body extra __proto__-like field', { type: 'application/json', data: JSON.stringify(baseBody).replace(/^\{/, '{"prototype":1,"__defineGetter__":2,') });
  for (const field of fieldsOf(route.bodySchema, baseBody)) {
    for (const hostile of variantsOf(field.schema, String(field.path[field.path.length - 1]), field.sample)) {
      add(`body ${field.path.join('.')}: ${hostile.label}`, { type: 'application/json', data: withValue(baseBody, field.path, hostile) });
    }
  }
  for (const [label, body, params] of extraBodies()[route.key] ?? []) add(`body ${label}`, json(body), params);
  // Hostile keys where the body takes a record.
  if (route.key === 'POST /v1/interviews/{interviewId}/evaluations') {
    for (const key of ['__proto__', 'constructor', 'toString', '', 'x'.repeat(101), 'a\u0000b']) {
      const ratings = `{${JSON.stringify(key)}:{"score":4}}`;
      add(`body ratings key ${JSON.stringify(key).slice(0, 20)}`, {
        type: 'application/json',
        data: withValue(baseBody, ['ratings'], { label: 'raw', raw: ratings }),
      });
    }
    add(
      'body ratings with 5000 keys',
      json({ ...(baseBody as object), ratings: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, { score: 3 }])) }),
    );
  }
  return cases;
}

const CONTENT_TYPES: Array<{ label: string; type: string; data: string | Buffer }> = [
  { label: 'text/plain', type: 'text/plain', data: 'name=Acme' },
  { label: 'application/xml', type: 'application/xml', data: '<a><name>Acme</name></a>' },
  { label: 'form-urlencoded', type: 'application/x-www-form-urlencoded', data: 'name=Acme&role=admin' },
  { label: 'multipart without boundary', type: 'multipart/form-data', data: 'garbage' },
  { label: 'multipart with garbage body', type: 'multipart/form-data; boundary=XyZ', data: 'not a multipart body at all' },
  { label: 'multipart truncated', type: 'multipart/form-data; boundary=XyZ', data: '--XyZ\r\nContent-Disposition: form-data; name="name"\r\n\r\nAcme' },
  { label: 'application/pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4\ngarbage\n%%EOF\n') },
  { label: 'octet-stream', type: 'application/octet-stream', data: Buffer.from([0, 1, 2, 3, 255]) },
  { label: 'json with latin1 charset', type: 'application/json; charset=latin1', data: '{}' },
  { label: 'json with utf-16 charset', type: 'application/json; charset=utf-16', data: '{}' },
  { label: 'json with garbage parameters', type: 'application/json;;;=;x', data: '{}' },
  { label: 'content type /', type: '/', data: '{}' },
  { label: 'content type of 2000 chars', type: `application/${'j'.repeat(2000)}`, data: '{}' },
  { label: 'vendor json', type: 'application/vnd.api+json', data: '{}' },
];

function contentTypeCases(route: Route): Case[] {
  if (!hasBody(route) && route.method !== 'DELETE') return [];
  const cases: Case[] = CONTENT_TYPES.map((t) => ({
    route: route.key,
    label: `content-type ${t.label}`,
    method: route.method,
    url: urlOf(route),
    headers: { 'if-match': '*' },
    body: { type: t.type, data: t.data },
  }));
  // Multipart where JSON is expected: a real form with a PDF.
  cases.push({
    route: route.key,
    label: 'multipart form where JSON is expected',
    method: route.method,
    url: urlOf(route),
    headers: { 'if-match': '*' },
    form: {
      fields: [
        ['name', 'Acme'],
        ['role', 'admin'],
      ],
      files: [{ field: 'file', content: Buffer.from('%PDF-1.4\n%%EOF\n') }],
    },
  });
  // JSON where multipart (or a PDF) is expected: the plausible JSON body of the route, or {}.
  cases.push({
    route: route.key,
    label: 'JSON body',
    method: route.method,
    url: urlOf(route),
    headers: { 'if-match': '*' },
    body: json(baseBodies()[route.key] ?? { file: 'JVBERi0xLjQK' }),
  });
  return cases;
}

const IF_MATCH = ['W/"1"', '"abc"', '*', '"99999999999999999999"', '"-1"', '"1", "2"', '""', '"1.5"', 'garbage', `"${'9'.repeat(300)}"`, '"0"', '"2147483648"'];

function headerCases(route: Route): Case[] {
  const cases: Case[] = [];
  const body = hasBody(route) ? json(baseBodies()[route.key] ?? {}) : undefined;
  // If-Match matters to writes; reads get two of the values.
  for (const value of hasBody(route) || route.method === 'DELETE' ? IF_MATCH : IF_MATCH.slice(0, 2)) {
    cases.push({ route: route.key, label: `If-Match ${value.slice(0, 30)}`, method: route.method, url: urlOf(route), headers: { 'if-match': value }, body });
  }
  if (route.method === 'POST') {
    for (const [label, key] of [
      ['Idempotency-Key of 300 chars', 'k'.repeat(300)],
      ['Idempotency-Key empty', ''],
      ['Idempotency-Key blank', '   '],
    ] as const) {
      cases.push({ route: route.key, label, method: route.method, url: urlOf(route), headers: { 'idempotency-key': key }, body });
    }
  }
  // On-Behalf-Of from the admin key, which may not send it, and values no person has.
  for (const value of ['not-a-uuid', UNKNOWN_UUID, `${UNKNOWN_UUID}, ${UNKNOWN_UUID}`]) {
    cases.push({
      route: route.key,
      label: `On-Behalf-Of ${value.slice(0, 30)}`,
      method: route.method,
      url: urlOf(route),
      headers: { 'on-behalf-of': value },
      body,
    });
  }
  for (const accept of ['application/xml', 'text/csv;q=abc, */*;q=-1']) {
    cases.push({ route: route.key, label: `Accept ${accept}`, method: route.method, url: urlOf(route), headers: { accept, 'if-match': 'W/"0"' }, body });
  }
  return cases;
}

/** Multipart applications and document uploads: forms with missing, extra, hostile parts. */
async function uploadCases(): Promise<Case[]> {
  const [motivation, cv] = await Promise.all([motivationPdf('Hostile'), cvPdf('Hostile')]);
  const appRoute = 'POST /v1/procedures/{procedureId}/applications';
  const appUrl = `/v1/procedures/${fx.procedureId}/applications`;
  const fields: Array<[string, string]> = [
    ['firstName', 'Form'],
    ['lastName', 'Hostile'],
    ['email', 'form.hostile@example.nl'],
    ['source', 'open_call'],
  ];
  const both = [
    { field: 'motivation', content: motivation },
    { field: 'cv', content: cv },
  ];
  // Each form its own e-mail address, so that one accepted form does not make the next a duplicate.
  let n = 0;
  const form = (label: string, f: NonNullable<Case['form']>): Case => ({
    route: appRoute,
    label: `form ${label}`,
    method: 'POST',
    url: appUrl,
    form: { ...f, fields: f.fields.map(([k, v]): [string, string] => [k, v === 'form.hostile@example.nl' ? `form.hostile.${++n}@example.nl` : v]) },
  });
  const cases: Case[] = [
    form('fields only', { fields, files: [] }),
    form('files only', { fields: [], files: both }),
    form('one file missing', { fields, files: [both[0]!] }),
    form('unknown file field', { fields, files: [...both, { field: 'passport', content: cv }] }),
    form('file twice', { fields, files: [...both, { field: 'cv', content: cv }] }),
    form('file as text field', { fields: [...fields, ['cv', 'not a file']], files: [both[0]!] }),
    form('not a PDF', { fields, files: [both[0]!, { field: 'cv', content: Buffer.from('<html></html>'), contentType: 'text/html' }] }),
    form('empty file', { fields, files: [both[0]!, { field: 'cv', content: Buffer.alloc(0) }] }),
    form('unknown text field', { fields: [...fields, ['colour', 'blue']], files: both }),
    form('__proto__ field', { fields: [...fields, ['__proto__', 'x']], files: both }),
    form('constructor field', { fields: [...fields, ['constructor', 'x']], files: both }),
    form('huge text field', { fields: [...fields.filter(([k]) => k !== 'lastName'), ['lastName', HUGE]], files: both }),
    form('NUL in text field', { fields: [...fields.filter(([k]) => k !== 'lastName'), ['lastName', 'a\u0000b']], files: both }),
    form('field twice', { fields: [...fields, ['firstName', 'Again']], files: both }),
    form('bad email', { fields: [...fields.filter(([k]) => k !== 'email'), ['email', 'nope']], files: both }),
    form('unknown candidateId', { fields: [['candidateId', UNKNOWN_UUID]], files: both }),
    form('candidateId not a uuid', { fields: [['candidateId', 'not-a-uuid']], files: both }),
    form('candidateId and candidate fields', { fields: [['candidateId', fx.candidateId], ...fields], files: both }),
    form('existing candidate again', { fields: [['candidateId', fx.candidateId]], files: both }),
    form('source bogus', { fields: [...fields.filter(([k]) => k !== 'source'), ['source', 'bogus']], files: both }),
    form('file name of 2000 chars', { fields, files: [both[0]!, { field: 'cv', content: cv, filename: `${'n'.repeat(2000)}.pdf` }] }),
    form('file name with path and CRLF', { fields, files: [both[0]!, { field: 'cv', content: cv, filename: '../../etc/pa\r\nss"wd.pdf' }] }),
  ];
  // Raw forms that end in the middle of a file, or carry a part without a name.
  const cut = (field: string) =>
    Buffer.concat([
      Buffer.from(`--XyZ\r\nContent-Disposition: form-data; name="${field}"; filename="${field}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      cv.subarray(0, 400),
    ]);
  const nameless = Buffer.from('--XyZ\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--XyZ--\r\n');
  const badHeader = Buffer.from('--XyZ\r\nthis is no header\r\n\r\nvalue\r\n--XyZ--\r\n');
  for (const [label, data] of [
    ['cut off in a file', cut('cv')],
    ['part without a name', nameless],
    ['malformed part header', badHeader],
  ] as const) {
    cases.push({ route: appRoute, label: `form ${label}`, method: 'POST', url: appUrl, body: { type: 'multipart/form-data; boundary=XyZ', data } });
    cases.push({
      route: 'PUT /v1/applications/{applicationId}/documents/{kind}',
      label: `upload form ${label}`,
      method: 'PUT',
      url: `/v1/applications/${fx.applicationId}/documents/cv`,
      body: { type: 'multipart/form-data; boundary=XyZ', data: label === 'cut off in a file' ? cut('file') : data },
    });
  }
  const docRoute = 'PUT /v1/applications/{applicationId}/documents/{kind}';
  const docUrl = (kind = 'cv', query = '') => `/v1/applications/${fx.applicationId}/documents/${kind}${query}`;
  const doc = (label: string, c: Partial<Case>): Case => ({ route: docRoute, label: `upload ${label}`, method: 'PUT', url: docUrl(), ...c });
  cases.push(
    doc('garbage as application/pdf', { body: { type: 'application/pdf', data: Buffer.from('garbage') } }),
    doc('empty application/pdf', { body: { type: 'application/pdf', data: Buffer.alloc(0) } }),
    doc('HTML as application/pdf', { body: { type: 'application/pdf', data: Buffer.from('<html><script>alert(1)</script></html>') } }),
    doc('form without file', { form: { fields: [['name', 'x']], files: [] } }),
    doc('form with two files', {
      form: {
        fields: [],
        files: [
          { field: 'file', content: cv },
          { field: 'file2', content: cv },
        ],
      },
    }),
    doc('form with text file', { form: { fields: [], files: [{ field: 'file', content: Buffer.from('hello'), contentType: 'text/plain' }] } }),
    doc('fileName of 1000 chars', { url: docUrl('cv', `?fileName=${'f'.repeat(1000)}`), body: { type: 'application/pdf', data: cv } }),
    doc('fileName of 1001 chars', { url: docUrl('cv', `?fileName=${'f'.repeat(1001)}`), body: { type: 'application/pdf', data: cv } }),
    doc('fileName with CRLF', { url: docUrl('cv', '?fileName=a%0D%0ASet-Cookie%3A%20x%3D1.pdf'), body: { type: 'application/pdf', data: cv } }),
    doc('fileName with %00', { url: docUrl('cv', '?fileName=a%00b.pdf'), body: { type: 'application/pdf', data: cv } }),
    doc('fileName twice', { url: docUrl('cv', '?fileName=a.pdf&fileName=b.pdf'), body: { type: 'application/pdf', data: cv } }),
    doc('fileName unicode', { url: docUrl('cv', `?fileName=${encodeURIComponent('Çv 🚀 "quoted" ;name.pdf')}`), body: { type: 'application/pdf', data: cv } }),
    doc('unknown kind', { url: docUrl('passport'), body: { type: 'application/pdf', data: cv } }),
    doc('kind __proto__', { url: docUrl('__proto__'), body: { type: 'application/pdf', data: cv } }),
    doc('Content-Disposition with bad encoding', {
      headers: { 'content-disposition': "attachment; filename*=UTF-8''%E0%A4%A.pdf" },
      body: { type: 'application/pdf', data: cv },
    }),
    doc('Content-Disposition with CRLF-ish name', {
      headers: { 'content-disposition': 'attachment; filename="a\tb;c=d.pdf"' },
      body: { type: 'application/pdf', data: cv },
    }),
  );
  return cases;
}

// ---------------------------------------------------------------------------

beforeAll(async () => {
  // The webhook of these tests points to 127.0.0.1.
  ctx = await createTestApp({ now: '2026-01-05T10:00:00+01:00', env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
  fx = await buildFixture();
  loadRoutes();
});
afterAll(async () => ctx?.close());

// Each battery sends hundreds to thousands of requests through the app; on a
// busy 2-core machine one battery can take a minute, so the file allows more
// than the suite's default per test.
describe('hostile inputs on every route', { timeout: 240_000 }, () => {
  it('walks every route of the app, and has a plausible body for every JSON write route', () => {
    expect(routes.length).toBeGreaterThan(60);
    const missing = routes.filter((r) => hasBody(r) && r.bodySchema && baseBodies()[r.key] === undefined).map((r) => r.key);
    expect(missing, 'a new write route needs a plausible body in baseBodies()').toEqual([]);
  });

  it('path parameters that are not ids, unknown ids, very long or encoded answer 4xx problems', async () => {
    await run(interleave(safe().map(paramCases)));
    expectNoFailures();
  });

  it('query strings of wrong types, huge limits, repeated members, garbage cursors and impossible dates answer 4xx problems', async () => {
    await run(
      interleave(
        safe()
          .filter((r) => r.method !== 'HEAD')
          .map(queryCases),
      ),
    );
    expectNoFailures();
  });

  it('bodies of the wrong shape, with hostile values in each field, answer 4xx problems and change nothing', async () => {
    await run(interleave(safe().map(bodyCases)));
    expectNoFailures();
  });

  it('wrong content types (text, XML, forms, multipart where JSON is expected and JSON where a file is) answer 4xx problems', async () => {
    await run(interleave(safe().map(contentTypeCases)));
    expectNoFailures();
  });

  it('If-Match garbage, over-long Idempotency-Keys and odd Accept headers answer 4xx problems', async () => {
    await run(
      interleave(
        safe()
          .filter((r) => r.method !== 'HEAD')
          .map(headerCases),
      ),
    );
    expectNoFailures();
  });

  it('multipart applications and document uploads with missing, extra or hostile parts answer 4xx problems', async () => {
    await run(await uploadCases());
    // What was stored is read back without a server error.
    const downloads: Case[] = ['cv', 'motivation'].map((kind) => ({
      route: 'GET /v1/applications/{applicationId}/documents/{kind}',
      label: `download ${kind} after hostile uploads`,
      method: 'GET',
      url: `/v1/applications/${fx.applicationId}/documents/${kind}`,
    }));
    await run(downloads);
    expectNoFailures();
  });

  it('each refused write, sent alone, leaves clients, procedures, candidates, applications and the audit trail as they were', async () => {
    let refused = 0;
    for (const route of safe().filter((r) => hasBody(r) && r.bodySchema)) {
      const base = baseBodies()[route.key] as Record<string, unknown>;
      const cases: Case[] = [
        {
          route: route.key,
          label: 'alone: unknown field',
          method: route.method,
          url: urlOf(route),
          headers: { 'if-match': '*' },
          body: json({ ...base, colour: 'blue' }),
        },
        {
          route: route.key,
          label: 'alone: NUL in a string',
          method: route.method,
          url: urlOf(route),
          headers: { 'if-match': '*' },
          body: json({ ...base, ...firstString(base, 'a\u0000b') }),
        },
        {
          route: route.key,
          label: 'alone: text/plain',
          method: route.method,
          url: urlOf(route),
          headers: { 'if-match': '*' },
          body: { type: 'text/plain', data: JSON.stringify(base) },
        },
        ...route.params.map((p) => ({
          route: route.key,
          label: `alone: unknown ${p}`,
          method: route.method,
          url: urlOf(route, { [p]: UNKNOWN_UUID }),
          headers: { 'if-match': '*' },
          body: json(base),
        })),
      ];
      for (const c of cases) {
        const before = await snapshot();
        const outcome = await send(c);
        const after = await snapshot();
        if (outcome.problem) failures.push(`${describeCase(c)}\n    -> ${outcome.problem}`);
        if (outcome.status >= 400) {
          refused += 1;
          if (before !== after) failures.push(`refused request changed stored data (${before} -> ${after}): ${outcome.status} ${describeCase(c)}`);
        }
      }
    }
    expectNoFailures();
    expect(refused).toBeGreaterThan(100);
  });

  it('the routes still answer after the battery (no poisoned state)', async () => {
    const gets = routes.filter((r) => r.method === 'GET');
    const spareGets = gets.filter((r) => r.params.includes('procedureId'));
    const outcomes = await run([
      ...gets.map((r) => ({ route: r.key, label: 'plain GET afterwards', method: 'GET', url: urlOf(r) })),
      ...spareGets.map((r) => ({
        route: r.key,
        label: 'plain GET of the spare procedure',
        method: 'GET',
        url: urlOf(r, { procedureId: fx.spareProcedureId }),
      })),
    ]);
    expectNoFailures();
    expect(outcomes.length).toBe(gets.length + spareGets.length);
  });

  it('destructive routes (DELETE, the appointment) get every battery last, so the others found the fixture whole', async () => {
    const last = routes.filter(destructive);
    expect(last.length).toBeGreaterThan(5);
    await run([
      ...interleave(last.map(paramCases)),
      ...interleave(last.map(queryCases)),
      ...interleave(last.map(bodyCases)),
      ...interleave(last.map(contentTypeCases)),
      ...interleave(last.map(headerCases)),
    ]);
    expectNoFailures();
  });
});
