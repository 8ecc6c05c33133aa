import request from 'supertest';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyWithBothPdfs, download } from '../factories/applications.js';
import { agencyKey } from '../factories/committee.js';
import { allDeadlines, countEvents, deadline, endProcedure, sweep } from '../factories/lifecycle.js';
import { setStage } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { retentionErasure } from '../../src/domain/retention.js';

let ctx: TestContext;
let second: FastifyInstance;
let scheduler: string;
/** The reference procedure, completed on 30 January 2026 with C appointed. */
let P: string;
/** A second procedure that keeps running. */
let Q: string;

interface Person {
  candidateId: string;
  applicationId: string;
  email: string;
  lastName: string;
}
const people: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', Person> = {} as never;

const api = () => request(ctx.app.server);

async function apply(key: keyof typeof people, procedureId: string) {
  const lastName = `Privacytest${key}`;
  const email = `kandidaat.${key.toLowerCase()}@voorbeeld.nl`;
  const created = await applyWithBothPdfs(ctx, procedureId, { firstName: 'Maartje', lastName, email, phone: '+31 6 11122233' });
  people[key] = { candidateId: created.candidate.id, applicationId: created.id, email, lastName };
}

beforeAll(async () => {
  ctx = await createTestApp({ now: '2025-12-19T09:00:00+01:00' });
  second = await ctx.secondInstance();
  scheduler = (await agencyKey(ctx, 'scheduler')).authorization;
  P = (await createProcedure(ctx, { open: true })).procedure.id;
  Q = (await createProcedure(ctx, { open: true })).procedure.id;

  ctx.clock.set('2025-12-22T10:00:00+01:00');
  for (const key of ['A', 'B', 'C', 'D'] as const) await apply(key, P);
  for (const key of ['E', 'F'] as const) await apply(key, Q);
  // D is in both procedures.
  await ctx.db.prisma.application.create({
    data: { procedureId: Q, candidateId: people.D.candidateId, source: 'open_call', receivedAt: ctx.clock.now() },
  });

  // A asks a question on Christmas Eve.
  ctx.clock.set('2025-12-24T16:00:00+01:00');
  const q = await api().post('/v1/inquiries').set('authorization', ctx.admin).send({
    procedureId: P,
    candidateId: people.A.candidateId,
    channel: 'email',
    fromName: 'Maartje PrivacytestA',
    fromEmail: people.A.email,
    subject: 'Vraag van PrivacytestA',
  });
  expect(q.status).toBe(201);

  ctx.clock.set('2026-01-16T12:00:00+01:00');
  await setStage(ctx, people.A.applicationId, 'rejected');
  await setStage(ctx, people.D.applicationId, 'rejected');
  await setStage(ctx, people.B.applicationId, 'interviewed');
  await setStage(ctx, people.C.applicationId, 'nominated');
  await setStage(ctx, people.E.applicationId, 'nominated');

  // The committee interviewed B and C; a scorecard and a reference about B.
  const member = await ctx.db.prisma.committeeMember.create({ data: { procedureId: P, name: 'Anna de Boer', role: 'chair' } });
  for (const key of ['A', 'B'] as const) {
    const interview = await ctx.db.prisma.interview.create({
      data: {
        procedureId: P,
        applicationId: people[key].applicationId,
        kind: 'committee',
        startsAt: new Date('2026-01-20T10:00:00+01:00'),
        endsAt: new Date('2026-01-20T11:00:00+01:00'),
        location: 'den_haag',
      },
    });
    await ctx.db.prisma.evaluation.create({
      data: {
        interviewId: interview.id,
        memberId: member.id,
        ratings: { academic: { score: 4, notes: `Sterk, ${people[key].lastName}` }, change: { score: 3, notes: null } },
        overallAdvice: 'recommend',
        notes: `Notitie over ${people[key].lastName}`,
        submittedAt: new Date('2026-01-20T11:30:00+01:00'),
      },
    });
  }
  await ctx.db.prisma.referenceCheck.create({
    data: {
      applicationId: people.A.applicationId,
      refereeName: 'Referent Geheimnaam',
      relation: 'former manager',
      contact: 'referent@voorbeeld.nl',
      outcome: 'positive',
      notes: 'Positief over PrivacytestA',
      completedAt: new Date('2026-01-26T10:00:00+01:00'),
    },
  });

  ctx.clock.set('2026-01-30T15:00:00+01:00');
  await setStage(ctx, people.C.applicationId, 'appointed');
  await setStage(ctx, people.B.applicationId, 'rejected');
  await endProcedure(ctx, P, '2026-01-30T15:00:00+01:00');
});

afterAll(async () => {
  await ctx.close();
});

describe('consents', () => {
  it('records a retention consent for at most one year (the default), with who recorded it', async () => {
    ctx.clock.set('2026-01-20T10:00:00+01:00');
    const tooLong = await api()
      .post(`/v1/candidates/${people.B.candidateId}/consents`)
      .set('authorization', ctx.admin)
      .send({ kind: 'retention', scope: 'Talent pool', expiresAt: '2027-01-21T10:00:00+01:00' });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.code).toBe('RETENTION_TOO_LONG');

    const consultant = await agencyKey(ctx, 'consultant');
    const res = await api()
      .post(`/v1/candidates/${people.B.candidateId}/consents`)
      .set('authorization', consultant.authorization)
      .send({ kind: 'retention', scope: 'Talent pool for director positions in the provincial sector' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      candidateId: people.B.candidateId,
      applicationId: null,
      kind: 'retention',
      givenAt: '2026-01-20T09:00:00.000Z',
      expiresAt: '2027-01-20T09:00:00.000Z',
      withdrawnAt: null,
      inForce: true,
      recordedBy: `key:${consultant.id}`,
    });
    const list = await api().get(`/v1/candidates/${people.B.candidateId}/consents`).set('authorization', ctx.admin);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([res.body.id]);
    expect(await countEvents(ctx, 'consent.recorded', res.body.id)).toBe(1);
  });

  it('needs the application for a reference-check consent and refuses consents given in the future', async () => {
    const noApplication = await api()
      .post(`/v1/candidates/${people.E.candidateId}/consents`)
      .set('authorization', ctx.admin)
      .send({ kind: 'reference_check', scope: 'Two referees' });
    expect(noApplication.status).toBe(422);
    expect(noApplication.body.code).toBe('CONSENT_APPLICATION_REQUIRED');
    const future = await api()
      .post(`/v1/candidates/${people.E.candidateId}/consents`)
      .set('authorization', ctx.admin)
      .send({ kind: 'reference_check', scope: 'Two referees', applicationId: people.E.applicationId, givenAt: '2026-02-20T10:00:00+01:00' });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('CONSENT_IN_FUTURE');
    const ok = await api()
      .post(`/v1/candidates/${people.E.candidateId}/consents`)
      .set('authorization', ctx.admin)
      .send({ kind: 'reference_check', scope: 'Two referees', applicationId: people.E.applicationId });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'reference_check', applicationId: people.E.applicationId, expiresAt: null, inForce: true });
    const withdrawn = await api().post(`/v1/candidates/${people.E.candidateId}/consents/${ok.body.id}/withdraw`).set('authorization', ctx.admin).send({});
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ inForce: false, withdrawnAt: '2026-01-20T09:00:00.000Z' });
    // No new reference checks: the references module asks for a consent in force.
    const reference = await api()
      .post(`/v1/applications/${people.E.applicationId}/references`)
      .set('authorization', ctx.admin)
      .send({ refereeName: 'R. Referent', relation: 'former manager' });
    expect(reference.status).toBe(409);
    expect(reference.body.code).toBe('REFERENCE_CONSENT_MISSING');
    const again = await api().post(`/v1/candidates/${people.E.candidateId}/consents/${ok.body.id}/withdraw`).set('authorization', ctx.admin).send({});
    expect(again.body.code).toBe('CONSENT_ALREADY_WITHDRAWN');
  });
});

describe('data-subject access', () => {
  it('a request received by mail is a deadline one month on, answered by the export', async () => {
    ctx.clock.set('2026-01-31T10:00:00+01:00');
    const res = await api()
      .post('/v1/data-subject-requests')
      .set('authorization', ctx.admin)
      .send({ candidateId: people.B.candidateId, kind: 'access', receivedAt: '2026-01-31T09:00:00+01:00' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'access', dueAt: '2026-02-28T08:00:00.000Z', answeredAt: null, state: 'open' });
    expect(await deadline(ctx, `data_subject_request_due:${res.body.id}`)).toMatchObject({
      state: 'upcoming',
      dueAt: '2026-02-28T08:00:00.000Z',
      subject: { type: 'data_subject_request', id: res.body.id },
    });

    ctx.clock.set('2026-02-02T11:00:00+01:00');
    const exported = await api().get(`/v1/candidates/${people.B.candidateId}/export`).set('authorization', ctx.admin);
    expect(exported.status).toBe(200);
    const body = exported.body;
    expect(body.request).toMatchObject({ id: res.body.id, answeredAt: '2026-02-02T10:00:00.000Z', state: 'answered' });
    expect(await deadline(ctx, `data_subject_request_due:${res.body.id}`)).toMatchObject({ state: 'met' });
    expect(body.candidate).toMatchObject({ id: people.B.candidateId, lastName: people.B.lastName, email: people.B.email, phone: '+31 6 11122233' });
    expect(body.applications).toHaveLength(1);
    const application = body.applications[0];
    expect(application).toMatchObject({ id: people.B.applicationId, procedure: { id: P, phase: 'completed' }, stage: 'rejected' });
    expect(application.stageHistory.map((s: { to: string }) => s.to)).toEqual(['interviewed', 'rejected']);
    expect(application.documents.map((d: { kind: string; downloadUrl: string }) => [d.kind, d.downloadUrl]).sort()).toEqual([
      ['cv', `/v1/applications/${people.B.applicationId}/documents/cv`],
      ['motivation', `/v1/applications/${people.B.applicationId}/documents/motivation`],
    ]);
    expect(application.evaluations).toEqual([
      {
        interviewId: expect.any(String),
        submittedAt: '2026-01-20T10:30:00.000Z',
        ratings: { academic: { score: 4, notes: 'Sterk, PrivacytestB' }, change: { score: 3, notes: null } },
        overallAdvice: 'recommend',
        notes: 'Notitie over PrivacytestB',
      },
    ]);
    // What the committee wrote about them is theirs to read; who wrote it is not.
    expect(JSON.stringify(body)).not.toContain('Anna de Boer');
    expect(body.consents.map((c: { kind: string }) => c.kind)).toEqual(['retention']);
    expect(body.dataSubjectRequests).toHaveLength(1);
    expect(await ctx.db.prisma.auditEntry.count({ where: { action: 'candidate.exported', entityId: people.B.candidateId } })).toBe(1);

    // An export without a recorded request records one, received and answered now.
    const direct = await api().get(`/v1/candidates/${people.A.candidateId}/export`).set('authorization', ctx.admin);
    expect(direct.body.request).toMatchObject({ kind: 'access', receivedAt: '2026-02-02T10:00:00.000Z', answeredAt: '2026-02-02T10:00:00.000Z' });
    expect(direct.body.inquiries).toHaveLength(1);
    expect(direct.body.applications[0].references).toEqual([
      {
        refereeName: 'Referent Geheimnaam',
        relation: 'former manager',
        contact: 'referent@voorbeeld.nl',
        outcome: 'positive',
        notes: 'Positief over PrivacytestA',
        completedAt: '2026-01-26T09:00:00.000Z',
        concernsResolvedAt: null,
        resolutionNote: null,
      },
    ]);
  });
});

describe('retention: erasure four weeks after the procedure ended', () => {
  it('lists when each candidate is due: four weeks, the consent, nothing for the appointed or a running procedure', async () => {
    ctx.clock.set('2026-02-20T10:00:00+01:00');
    const items = await allDeadlines(ctx, { kind: 'retention_erasure_due' });
    const byCandidate = new Map(items.map((d) => [d.subject.id, d]));
    expect(byCandidate.get(people.A.candidateId)).toMatchObject({ dueAt: '2026-02-27T14:00:00.000Z', state: 'upcoming', procedureId: P });
    expect(byCandidate.get(people.B.candidateId)).toMatchObject({ dueAt: '2027-01-20T09:00:00.000Z', state: 'upcoming' });
    expect(byCandidate.has(people.C.candidateId)).toBe(false);
    expect(byCandidate.has(people.D.candidateId)).toBe(false);
    expect(byCandidate.has(people.E.candidateId)).toBe(false);

    // The database keeps these instants with the same rule as src/domain/retention.ts.
    for (const key of ['A', 'B', 'C', 'D'] as const) {
      const applications = await ctx.db.prisma.application.findMany({ where: { candidateId: people[key].candidateId }, include: { procedure: true } });
      const consents = await ctx.db.prisma.consent.findMany({ where: { candidateId: people[key].candidateId, kind: 'retention' } });
      const verdict = retentionErasure(
        applications.map((a) => ({
          endedAt: ['completed', 'cancelled'].includes(a.procedure.phase) ? (a.procedure.completedAt ?? a.procedure.cancelledAt) : null,
          timeZone: a.procedure.timeZone,
          appointed: a.stage === 'appointed',
        })),
        consents,
      );
      const listed = byCandidate.get(people[key].candidateId);
      expect(listed?.dueAt ?? null).toBe(verdict.due ? verdict.dueAt.toISOString() : null);
    }
  });

  it('erases the rejected candidate at 27 February 15:00, once from two instances; documents and personal fields go, the stage history stays', async () => {
    const a = people.A;
    const documents = await ctx.db.prisma.document.findMany({ where: { applicationId: a.applicationId } });
    const keys = documents.map((d) => d.storageKey!);
    expect(keys).toHaveLength(2);
    const historyBefore = await ctx.db.prisma.stageChange.findMany({ where: { applicationId: a.applicationId }, orderBy: { at: 'asc' } });

    ctx.clock.set('2026-02-27T14:59:59+01:00');
    expect((await sweep(ctx, scheduler)).retention.erased).toBe(0);
    expect((await download(ctx, a.applicationId, 'cv')).status).toBe(200);

    ctx.clock.set('2026-02-27T15:00:00+01:00');
    const reports = await Promise.all([1, 2, 3].flatMap(() => [sweep(ctx, scheduler, ctx.app), sweep(ctx, scheduler, second)]));
    const erased = reports.flatMap((r) => r.retention.candidates);
    expect(erased).toEqual([{ candidateId: a.candidateId, applications: 1, documents: 2 }]);
    expect(reports.reduce((n, r) => n + r.retention.documentsRemoved, 0)).toBe(2);
    expect(await countEvents(ctx, 'candidate.erased', a.candidateId)).toBe(1);
    const event = await ctx.db.prisma.event.findFirstOrThrow({ where: { type: 'candidate.erased', entityId: a.candidateId } });
    expect(event.payload).toEqual({ candidateId: a.candidateId, cause: 'retention', erasedAt: '2026-02-27T14:00:00.000Z', applications: 1, documents: 2 });

    // The documents are gone from the store and from the API.
    expect(await ctx.db.prisma.documentChunk.count({ where: { key: { in: keys } } })).toBe(0);
    const gone = await download(ctx, a.applicationId, 'cv');
    expect(gone.status).toBe(404);
    const rows = await ctx.db.prisma.document.findMany({ where: { applicationId: a.applicationId } });
    expect(rows.every((d) => d.storageKey === null && d.fileName === null && d.erasedAt !== null && d.sizeBytes > 0)).toBe(true);

    // The person is an anonymous id now.
    const candidate = await api().get(`/v1/candidates/${a.candidateId}`).set('authorization', ctx.admin);
    expect(candidate.body).toMatchObject({
      firstName: null,
      lastName: null,
      email: null,
      phone: null,
      city: null,
      currentPosition: null,
      currentOrganisation: null,
      linkedinUrl: null,
      notes: null,
      erasedAt: '2026-02-27T14:00:00.000Z',
    });
    // The application and its stage history stay for the statistics and the audit trail.
    const application = await ctx.db.prisma.application.findUniqueOrThrow({ where: { id: a.applicationId } });
    expect(application).toMatchObject({ stage: 'rejected', procedureId: P, agencyMotivation: null });
    expect(application.erasedAt?.toISOString()).toBe('2026-02-27T14:00:00.000Z');
    const historyAfter = await ctx.db.prisma.stageChange.findMany({ where: { applicationId: a.applicationId }, orderBy: { at: 'asc' } });
    expect(historyAfter.map((s) => [s.fromStage, s.toStage, s.at.toISOString()])).toEqual(
      historyBefore.map((s) => [s.fromStage, s.toStage, s.at.toISOString()]),
    );
    // Questions, referees and notes about them lose the personal parts; scores stay.
    const inquiry = await ctx.db.prisma.inquiry.findFirstOrThrow({ where: { candidateId: a.candidateId } });
    expect(inquiry).toMatchObject({ fromName: null, fromEmail: null, subject: null });
    const reference = await ctx.db.prisma.referenceCheck.findFirstOrThrow({ where: { applicationId: a.applicationId } });
    expect(reference).toMatchObject({ refereeName: '[erased]', contact: null, notes: null, outcome: 'positive' });
    const evaluation = await ctx.db.prisma.evaluation.findFirstOrThrow({ where: { interview: { applicationId: a.applicationId } } });
    expect(evaluation.notes).toBeNull();
    expect(evaluation.ratings).toEqual({ academic: { score: 4, notes: null }, change: { score: 3, notes: null } });
    // An erased application takes no personal data again.
    const again = await request(ctx.app.server)
      .patch(`/v1/applications/${a.applicationId}`)
      .set('authorization', ctx.admin)
      .set('if-match', `"${application.version}"`)
      .send({ agencyMotivation: 'Strong after all.' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('APPLICATION_ERASED');

    // Nobody else was erased: the appointed candidate, the one with consent, the one still in a running procedure.
    for (const key of ['B', 'C', 'D'] as const) {
      const other = await ctx.db.prisma.candidate.findUniqueOrThrow({ where: { id: people[key].candidateId } });
      expect(other.erasedAt).toBeNull();
      expect(other.lastName).toBe(people[key].lastName);
    }
    expect((await download(ctx, people.C.applicationId, 'cv')).status).toBe(200);
    expect(await deadline(ctx, `retention_erasure_due:${a.candidateId}`)).toMatchObject({ state: 'met', metAt: '2026-02-27T14:00:00.000Z' });
  });

  it('never put personal values into the audit trail or the events', async () => {
    const [audit, events] = await Promise.all([ctx.db.prisma.auditEntry.findMany(), ctx.db.prisma.event.findMany()]);
    const text = JSON.stringify(audit.map((e) => [e.changes, e.reason])) + JSON.stringify(events.map((e) => e.payload));
    for (const p of Object.values(people)) {
      expect(text).not.toContain(p.lastName);
      expect(text).not.toContain(p.email);
    }
    expect(text).not.toContain('+31 6 11122233');
    expect(text).not.toContain('Geheimnaam');
  });

  it('a withdrawn retention consent makes the erasure due at once', async () => {
    ctx.clock.set('2026-03-05T10:00:00+01:00');
    const consent = await ctx.db.prisma.consent.findFirstOrThrow({ where: { candidateId: people.B.candidateId, kind: 'retention' } });
    const res = await api().post(`/v1/candidates/${people.B.candidateId}/consents/${consent.id}/withdraw`).set('authorization', ctx.admin).send({});
    expect(res.status).toBe(200);
    expect(await deadline(ctx, `retention_erasure_due:${people.B.candidateId}`)).toMatchObject({
      dueAt: '2026-03-05T09:00:00.000Z',
      state: 'overdue',
    });
    const report = await sweep(ctx, scheduler);
    expect(report.retention.candidates.map((c) => c.candidateId)).toEqual([people.B.candidateId]);
    expect((await ctx.db.prisma.candidate.findUniqueOrThrow({ where: { id: people.B.candidateId } })).erasedAt).not.toBeNull();
  });

  it('counts a person in two procedures from the one that ended last', async () => {
    ctx.clock.set('2026-03-10T10:00:00+01:00');
    await setStage(ctx, (await ctx.db.prisma.application.findFirstOrThrow({ where: { procedureId: Q, candidateId: people.D.candidateId } })).id, 'withdrawn');
    await endProcedure(ctx, Q, '2026-03-10T10:00:00+01:00', 'cancelled');
    // Four weeks later, across the change to summer time.
    expect(await deadline(ctx, `retention_erasure_due:${people.D.candidateId}`)).toMatchObject({
      dueAt: '2026-04-07T08:00:00.000Z',
      procedureId: Q,
      state: 'upcoming',
    });
  });
});

describe('erasure on request: DELETE /v1/candidates/{candidateId}', () => {
  it('is refused for the nominee of a running procedure and for the appointed candidate', async () => {
    // Q runs again for this test: a nominee there cannot be erased.
    await ctx.db.prisma.procedure.update({ where: { id: Q }, data: { phase: 'nomination', cancelledAt: null } });
    const nominee = await api().delete(`/v1/candidates/${people.E.candidateId}`).set('authorization', ctx.admin);
    expect(nominee.status).toBe(409);
    expect(nominee.body.code).toBe('NOMINEE_CANNOT_BE_ERASED');
    const appointed = await api().delete(`/v1/candidates/${people.C.candidateId}`).set('authorization', ctx.admin);
    expect(appointed.status).toBe(409);
    expect(appointed.body.code).toBe('APPOINTED_CANDIDATE_EXEMPT');
    expect((await ctx.db.prisma.candidate.findUniqueOrThrow({ where: { id: people.E.candidateId } })).erasedAt).toBeNull();
  });

  it('erases an applicant of a running procedure at once, withdraws the application, records the answered request; cannot be repeated', async () => {
    ctx.clock.set('2026-03-11T09:00:00+01:00');
    const f = people.F;
    const res = await api().delete(`/v1/candidates/${f.candidateId}`).set('authorization', ctx.admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      candidateId: f.candidateId,
      erasedAt: '2026-03-11T08:00:00.000Z',
      applicationsKept: 1,
      applicationsWithdrawn: 1,
      documentsRemoved: 2,
      request: { kind: 'erasure', answeredAt: '2026-03-11T08:00:00.000Z', state: 'answered' },
    });
    const application = await ctx.db.prisma.application.findUniqueOrThrow({ where: { id: f.applicationId } });
    expect(application.stage).toBe('withdrawn');
    expect(await countEvents(ctx, 'application.withdrawn', f.applicationId)).toBe(1);
    expect(await countEvents(ctx, 'candidate.erased', f.candidateId)).toBe(1);
    expect((await download(ctx, f.applicationId, 'motivation')).status).toBe(404);
    const stored = await ctx.db.prisma.candidate.findUniqueOrThrow({ where: { id: f.candidateId } });
    expect(stored).toMatchObject({ lastName: null, email: null, emailNormalized: null, phone: null });

    const again = await api().delete(`/v1/candidates/${f.candidateId}`).set('authorization', ctx.admin);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CANDIDATE_ALREADY_ERASED');
    // The e-mail address is free again: the person can apply anew.
    const fresh = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send({ firstName: 'Maartje', lastName: f.lastName, email: f.email, source: 'open_call' });
    expect(fresh.status).toBe(201);
  });

  it('is for agency keys only', async () => {
    const res = await api().delete(`/v1/candidates/${people.D.candidateId}`).set('authorization', scheduler);
    expect(res.status).toBe(403);
  });
});
