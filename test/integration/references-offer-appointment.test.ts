import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { agencyKey } from '../factories/committee.js';
import { createProcedure } from '../factories/procedures.js';
import { scheduleInterview, seedApplication, seedCommittee, type SeedOptions } from '../factories/pipeline.js';

let ctx: TestContext;
let consultant: string;
/** A person of the agency and their own key: what it records names them. */
let person: { id: string; authorization: string };
beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-16T15:00:00+01:00' });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
  const user = await request(ctx.app.server)
    .post('/v1/users')
    .set('authorization', ctx.admin)
    .send({ name: 'Eva Consultant', email: 'eva@agency.example', role: 'consultant' })
    .expect(201);
  const key = await request(ctx.app.server).post('/v1/api-keys').set('authorization', ctx.admin).send({ name: 'Eva laptop', userId: user.body.id }).expect(201);
  person = { id: user.body.id as string, authorization: `Bearer ${key.body.token as string}` };
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

/**
 * The reference procedure after the interview round: a nominee, an
 * interviewed runner-up, a shortlisted and a preselected candidate, an
 * applicant, one already rejected by the agency and one who withdrew.
 */
async function setUp(now = '2026-01-26T10:00:00+01:00') {
  ctx.clock.set('2026-01-16T15:00:00+01:00');
  const { procedure } = await createProcedure(ctx);
  const committee = await seedCommittee(ctx, procedure.id);
  const seed = (options: SeedOptions) => seedApplication(ctx, procedure.id, options);
  const nominee = await seed({ stage: 'nominated', firstName: 'Eva', lastName: 'Smit' });
  const runnerUp = await seed({ stage: 'interviewed' });
  const shortlisted = await seed({ stage: 'shortlisted' });
  const preselected = await seed({ stage: 'preselected' });
  const applied = await seed({ stage: 'applied' });
  const rejected = await seed({ stage: 'rejected', reasonCategory: 'not_selected_by_agency' });
  const withdrawn = await seed({ stage: 'withdrawn' });
  ctx.clock.set(now);
  return { procedureId: procedure.id, committee, nominee, runnerUp, shortlisted, preselected, applied, rejected, withdrawn };
}

const consentUrl = (applicationId: string) => `/v1/applications/${applicationId}/reference-consent`;
const referencesUrl = (applicationId: string) => `/v1/applications/${applicationId}/references`;
const offerUrl = (applicationId: string) => `/v1/applications/${applicationId}/offer`;

async function giveConsent(applicationId: string, authorization = consultant) {
  const res = await api().post(consentUrl(applicationId)).set('authorization', authorization).send({ scope: 'Two referees named by the candidate' });
  expect(res.status).toBe(201);
  return res.body;
}

async function addReference(applicationId: string) {
  const res = await api()
    .post(referencesUrl(applicationId))
    .set('authorization', consultant)
    .send({ refereeName: 'Karel Hendriks', relation: 'former manager', contact: '+31 30 1234567' });
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number };
}

async function completeReference(applicationId: string, referenceId: string, version: number, outcome = 'positive') {
  const res = await api()
    .patch(`${referencesUrl(applicationId)}/${referenceId}`)
    .set('authorization', consultant)
    .set('if-match', `"${version}"`)
    .send({ outcome, notes: 'Bevestigt de leiderschapskwaliteiten.' });
  expect(res.status).toBe(200);
  return res.body as { id: string; version: number };
}

async function acceptedOffer(applicationId: string) {
  const made = await api()
    .put(offerUrl(applicationId))
    .set('authorization', consultant)
    .send({ monthlySalary: '9500.00', startDate: '2026-03-01', state: 'made' });
  expect(made.status).toBe(201);
  const accepted = await api()
    .put(offerUrl(applicationId))
    .set('authorization', consultant)
    .set('if-match', made.headers.etag!)
    .send({ monthlySalary: '9500.00', startDate: '2026-03-01', state: 'accepted' });
  expect(accepted.status).toBe(200);
  return accepted.body;
}

/** Consent, one positive reference and an accepted offer: everything the appointment needs. */
async function readyForAppointment(applicationId: string) {
  await giveConsent(applicationId);
  const reference = await addReference(applicationId);
  await completeReference(applicationId, reference.id, reference.version);
  await acceptedOffer(applicationId);
}

describe('reference checks', () => {
  it('refuses a reference before the consent is recorded (409 REFERENCE_CONSENT_MISSING), then takes it', async () => {
    const s = await setUp();
    const early = await api()
      .post(referencesUrl(s.nominee.applicationId))
      .set('authorization', consultant)
      .send({ refereeName: 'Karel Hendriks', relation: 'former manager', contact: '+31 30 1234567' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('REFERENCE_CONSENT_MISSING');

    const consent = await giveConsent(s.nominee.applicationId, person.authorization);
    expect(consent).toMatchObject({
      candidateId: s.nominee.candidateId,
      applicationId: s.nominee.applicationId,
      kind: 'reference_check',
      scope: 'Two referees named by the candidate',
      givenAt: '2026-01-26T09:00:00.000Z',
      recordedBy: expect.stringMatching(/^key:/),
      recordedByUserId: person.id,
      withdrawnAt: null,
      inForce: true,
    });
    const read = await api().get(consentUrl(s.nominee.applicationId)).set('authorization', consultant);
    expect(read.body.id).toBe(consent.id);
    const twice = await api().post(consentUrl(s.nominee.applicationId)).set('authorization', consultant).send({ scope: 'again' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CONSENT_EXISTS');

    const res = await api()
      .post(referencesUrl(s.nominee.applicationId))
      .set('authorization', consultant)
      .send({ refereeName: 'Karel Hendriks', relation: 'former manager', contact: '+31 30 1234567' });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ refereeName: 'Karel Hendriks', relation: 'former manager', outcome: null, completedAt: null });

    const audit = await ctx.db.prisma.auditEntry.findMany({ where: { entityId: { in: [consent.id, res.body.id] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(['consent.recorded', 'reference.added']);
    const text = JSON.stringify(audit.map((a) => a.changes));
    expect(text).not.toContain('Karel');
    expect(text).not.toContain('1234567');
    expect(text).not.toContain('Two referees');
  });

  it('checks references of the nominee only (409 NOT_NOMINEE) and records consent only while the candidate is in the running', async () => {
    const s = await setUp();
    await giveConsent(s.runnerUp.applicationId);
    const res = await api()
      .post(referencesUrl(s.runnerUp.applicationId))
      .set('authorization', consultant)
      .send({ refereeName: 'A. Referee', relation: 'colleague' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('NOT_NOMINEE');
    expect(res.body.detail).toBe('Reference checks concern the nominee only; this candidate is interviewed.');

    const rejected = await api().post(consentUrl(s.rejected.applicationId)).set('authorization', consultant).send({ scope: 'x' });
    expect(rejected.status).toBe(409);
    expect(rejected.body.code).toBe('APPLICATION_NOT_ACTIVE');
    const future = await api()
      .post(consentUrl(s.nominee.applicationId))
      .set('authorization', consultant)
      .send({ scope: 'x', givenAt: '2026-01-27T10:00:00+01:00' });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('CONSENT_IN_FUTURE');
  });

  it('ends a reference with an outcome and notes, once; concerns are resolved with a note', async () => {
    const s = await setUp();
    const id = s.nominee.applicationId;
    await giveConsent(id);
    const reference = await addReference(id);
    const url = `${referencesUrl(id)}/${reference.id}`;

    expect((await api().patch(url).set('authorization', consultant).send({ outcome: 'concerns', notes: 'x' })).status).toBe(428);
    const noNotes = await api().patch(url).set('authorization', consultant).set('if-match', '"1"').send({ outcome: 'concerns' });
    expect(noNotes.status).toBe(422);
    expect(noNotes.body.code).toBe('NOTES_REQUIRED');
    const early = await api().patch(url).set('authorization', consultant).set('if-match', '"1"').send({ resolutionNote: 'n/a' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('NOTHING_TO_RESOLVE');

    ctx.clock.set('2026-01-27T15:00:00+01:00');
    const done = await api()
      .patch(url)
      .set('authorization', consultant)
      .set('if-match', '"1"')
      .send({ outcome: 'concerns', notes: 'Twijfels over samenwerking met het bestuur.' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ outcome: 'concerns', completedAt: '2026-01-27T14:00:00.000Z', concernsResolvedAt: null, version: 2 });

    const change = await api().patch(url).set('authorization', consultant).set('if-match', '"2"').send({ outcome: 'positive' });
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('REFERENCE_COMPLETED');
    const stale = await api().patch(url).set('authorization', consultant).set('if-match', '"1"').send({ resolutionNote: 'Besproken.' });
    expect(stale.status).toBe(412);

    const resolved = await api()
      .patch(url)
      .set('authorization', consultant)
      .set('if-match', '"2"')
      .send({ resolutionNote: 'Besproken met de kandidaat en een tweede referent; zorg weggenomen.' });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ concernsResolvedAt: '2026-01-27T14:00:00.000Z', resolutionNote: expect.stringContaining('Besproken') });
    const again = await api().patch(url).set('authorization', consultant).set('if-match', '"3"').send({ resolutionNote: 'nogmaals' });
    expect(again.body.code).toBe('CONCERNS_ALREADY_RESOLVED');

    const events = await ctx.db.prisma.event.findMany({ where: { entityId: reference.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['reference.added', 'reference.completed', 'reference.concerns_resolved']);
    const audit = await ctx.db.prisma.auditEntry.findMany({ where: { entityId: reference.id } });
    expect(JSON.stringify(audit.map((a) => a.changes))).not.toMatch(/Twijfels|Besproken/);
    const list = await api().get(referencesUrl(id)).set('authorization', consultant);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([reference.id]);
  });

  it('takes no new reference and records no outcome after the consent was withdrawn', async () => {
    const s = await setUp();
    const id = s.nominee.applicationId;
    await giveConsent(id);
    const reference = await addReference(id);
    await api().delete(consentUrl(id)).set('authorization', consultant).expect(204);
    const read = await api().get(consentUrl(id)).set('authorization', consultant);
    expect(read.body).toMatchObject({ withdrawnAt: '2026-01-26T09:00:00.000Z', inForce: false });
    const add = await api().post(referencesUrl(id)).set('authorization', consultant).send({ refereeName: 'B', relation: 'peer' });
    expect(add.body.code).toBe('REFERENCE_CONSENT_MISSING');
    const outcome = await api()
      .patch(`${referencesUrl(id)}/${reference.id}`)
      .set('authorization', consultant)
      .set('if-match', '"1"')
      .send({ outcome: 'positive', notes: 'Goed.' });
    expect(outcome.status).toBe(409);
    expect(outcome.body.code).toBe('REFERENCE_CONSENT_MISSING');
    expect((await api().delete(consentUrl(id)).set('authorization', consultant)).status).toBe(404);
  });

  it('is agency work: a committee key may not read references', async () => {
    const s = await setUp();
    const res = await api().get(referencesUrl(s.nominee.applicationId)).set('authorization', s.committee[0]!.authorization);
    expect(res.status).toBe(403);
  });
});

describe('the offer', () => {
  it('refuses a salary of 11,500.00 naming the 2026 bounds, and accepts 9,500.00 from 1 March 2026', async () => {
    const s = await setUp();
    const url = offerUrl(s.nominee.applicationId);
    const high = await api().put(url).set('authorization', consultant).send({ monthlySalary: '11500.00', startDate: '2026-03-01' });
    expect(high.status).toBe(422);
    expect(high.body.code).toBe('SALARY_OUT_OF_BOUNDS');
    expect(high.body.detail).toBe(
      'A monthly salary of EUR 11,500.00 is above the bounds of scale 17 valid on the start date 1 March 2026: EUR 8,062.66 to EUR 11,442.11, valid from 1 January 2026.',
    );
    expect(high.body.bounds).toEqual({ validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: '11442.11' });
    expect(high.body.errors).toEqual([expect.objectContaining({ path: 'body.monthlySalary', code: 'SALARY_OUT_OF_BOUNDS' })]);

    const ok = await api().put(url).set('authorization', consultant).send({ monthlySalary: '9500.00', startDate: '2026-03-01' });
    expect(ok.status).toBe(201);
    expect(ok.headers.etag).toBe('"1"');
    expect(ok.body).toMatchObject({
      applicationId: s.nominee.applicationId,
      procedureId: s.procedureId,
      salaryScale: '17',
      monthlySalary: '9500.00',
      hoursPerWeek: 36,
      ikbPercentage: '21.82',
      startDate: '2026-03-01',
      state: 'draft',
      annualSalary: '114000.00',
      ikbBudget: '24874.80',
      bounds: { validFrom: '2026-01-01', minMonthly: '8062.66', maxMonthly: '11442.11' },
      version: 1,
    });
    const read = await api().get(url).set('authorization', consultant);
    expect(read.body.monthlySalary).toBe('9500.00');
    expect(read.headers.etag).toBe('"1"');
  });

  it('includes the bounds to the cent and refuses amounts that are not exact money', async () => {
    const s = await setUp();
    const url = offerUrl(s.nominee.applicationId);
    const low = await api().put(url).set('authorization', consultant).send({ monthlySalary: '8062.65', startDate: '2026-03-01' });
    expect(low.status).toBe(422);
    expect(low.body.detail).toContain('is below the bounds');
    const float = await api().put(url).set('authorization', consultant).send({ monthlySalary: 9500, startDate: '2026-03-01' });
    expect(float.status).toBe(400);
    const oneDecimal = await api().put(url).set('authorization', consultant).send({ monthlySalary: '9500.5', startDate: '2026-03-01' });
    expect(oneDecimal.status).toBe(400);
    const past = await api().put(url).set('authorization', consultant).send({ monthlySalary: '9500.00', startDate: '2026-01-02' });
    expect(past.status).toBe(422);
    expect(past.body.code).toBe('START_DATE_IN_PAST');
    const scale = await api().put(url).set('authorization', consultant).send({ salaryScale: '16', monthlySalary: '9500.00', startDate: '2026-03-01' });
    expect(scale.body.code).toBe('SALARY_SCALE_MISMATCH');
    const max = await api().put(url).set('authorization', consultant).send({ monthlySalary: '11442.11', startDate: '2026-03-01' });
    expect(max.status).toBe(201);
  });

  it('moves draft -> made -> accepted with If-Match, keeps made terms, and keeps accepted terms final', async () => {
    const s = await setUp();
    const url = offerUrl(s.nominee.applicationId);
    const terms = { monthlySalary: '9500.00', startDate: '2026-03-01' };
    await api().put(url).set('authorization', consultant).send(terms).expect(201);
    expect(
      (
        await api()
          .put(url)
          .set('authorization', consultant)
          .send({ ...terms, state: 'made' })
      ).status,
    ).toBe(428);
    expect(
      (
        await api()
          .put(url)
          .set('authorization', consultant)
          .set('if-match', '"7"')
          .send({ ...terms, state: 'made' })
      ).status,
    ).toBe(412);

    const made = await api()
      .put(url)
      .set('authorization', consultant)
      .set('if-match', '"1"')
      .send({ ...terms, state: 'made' });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ state: 'made', version: 2 });
    const locked = await api()
      .put(url)
      .set('authorization', consultant)
      .set('if-match', '"2"')
      .send({ ...terms, monthlySalary: '9800.00' });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('OFFER_TERMS_LOCKED');
    const redraft = await api()
      .put(url)
      .set('authorization', consultant)
      .set('if-match', '"2"')
      .send({ ...terms, monthlySalary: '9800.00', state: 'draft' });
    expect(redraft.body).toMatchObject({ state: 'draft', monthlySalary: '9800.00', version: 3 });
    await api()
      .put(url)
      .set('authorization', consultant)
      .set('if-match', '"3"')
      .send({ ...terms, monthlySalary: '9800.00', state: 'made' })
      .expect(200);
    const accepted = await api()
      .put(url)
      .set('authorization', consultant)
      .set('if-match', '"4"')
      .send({ ...terms, monthlySalary: '9800.00', state: 'accepted' });
    expect(accepted.body).toMatchObject({ state: 'accepted', version: 5 });
    const back = await api()
      .put(url)
      .set('authorization', consultant)
      .set('if-match', '"5"')
      .send({ ...terms, monthlySalary: '9800.00', state: 'draft' });
    expect(back.status).toBe(409);
    expect(back.body.code).toBe('OFFER_STATE_TRANSITION');

    const events = await ctx.db.prisma.event.findMany({ where: { type: 'offer.changed', entityId: accepted.body.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => (e.payload as { state: string }).state)).toEqual(['draft', 'made', 'draft', 'made', 'accepted']);
    const audit = await ctx.db.prisma.auditEntry.findFirst({ where: { entityId: accepted.body.id, action: 'offer.changed' }, orderBy: { id: 'asc' } });
    expect(audit?.changes).toEqual({ state: { from: 'draft', to: 'made' } });
  });

  it('makes no offer to anyone but the nominee, and never one that starts as accepted', async () => {
    const s = await setUp();
    const other = await api()
      .put(offerUrl(s.runnerUp.applicationId))
      .set('authorization', consultant)
      .send({ monthlySalary: '9500.00', startDate: '2026-03-01' });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('NOT_NOMINEE');
    const accepted = await api()
      .put(offerUrl(s.nominee.applicationId))
      .set('authorization', consultant)
      .send({ monthlySalary: '9500.00', startDate: '2026-03-01', state: 'accepted' });
    expect(accepted.status).toBe(409);
    expect(accepted.body.code).toBe('OFFER_STATE_TRANSITION');
  });
});

describe('the appointment', () => {
  it('refuses a decision dated 1 February, listing every missing condition at once', async () => {
    const s = await setUp('2026-01-29T16:00:00+01:00');
    await giveConsent(s.nominee.applicationId);
    await addReference(s.nominee.applicationId);
    const res = await api()
      .post(`/v1/procedures/${s.procedureId}/appointment`)
      .set('authorization', consultant)
      .send({ decisionDate: '2026-02-01', decisionReference: 'RvT-2026-004' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('APPOINTMENT_CONDITIONS_NOT_MET');
    expect(res.body.errors.map((e: { code: string }) => e.code)).toEqual([
      'REFERENCES_MISSING',
      'REFERENCES_INCOMPLETE',
      'OFFER_NOT_ACCEPTED',
      'AFTER_DEADLINE',
      'DECISION_IN_FUTURE',
    ]);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ code: 'AFTER_DEADLINE', path: 'body.decisionDate' }));
    expect(res.body.errors).toContainEqual(expect.objectContaining({ code: 'OFFER_NOT_ACCEPTED', path: 'offer' }));
    expect(res.body.detail).toContain('the appointment must be made before 1 February 2026');
    const procedure = await ctx.db.prisma.procedure.findUniqueOrThrow({ where: { id: s.procedureId } });
    expect(procedure.phase).not.toBe('completed');
  });

  it('with everything in place, 1 February is still refused (422), for the date alone', async () => {
    const s = await setUp('2026-02-02T10:00:00+01:00');
    ctx.clock.set('2026-01-27T10:00:00+01:00');
    await readyForAppointment(s.nominee.applicationId);
    ctx.clock.set('2026-02-02T10:00:00+01:00');
    const res = await api()
      .post(`/v1/procedures/${s.procedureId}/appointment`)
      .set('authorization', consultant)
      .send({ decisionDate: '2026-02-01', decisionReference: 'RvT-2026-004' });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { code: string }) => e.code)).toEqual(['AFTER_DEADLINE']);
  });

  it('waits for unresolved concerns and refuses a candidate who is not the nominee', async () => {
    const s = await setUp('2026-01-27T10:00:00+01:00');
    const id = s.nominee.applicationId;
    await giveConsent(id);
    const reference = await addReference(id);
    await completeReference(id, reference.id, reference.version, 'concerns');
    await acceptedOffer(id);
    ctx.clock.set('2026-01-29T16:00:00+01:00');
    const res = await api()
      .post(`/v1/procedures/${s.procedureId}/appointment`)
      .set('authorization', consultant)
      .send({ applicationId: s.runnerUp.applicationId, decisionDate: '2026-01-29', decisionReference: 'RvT-2026-004' });
    expect(res.status).toBe(409);
    expect(res.body.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_NOMINEE', 'REFERENCES_MISSING', 'OFFER_NOT_ACCEPTED']);
    const concerns = await api()
      .post(`/v1/procedures/${s.procedureId}/appointment`)
      .set('authorization', consultant)
      .send({ decisionDate: '2026-01-29', decisionReference: 'RvT-2026-004' });
    expect(concerns.status).toBe(409);
    expect(concerns.body.errors.map((e: { code: string }) => e.code)).toEqual(['UNRESOLVED_CONCERNS']);
  });

  it('on 29 January appoints the nominee, rejects the others with "position filled" and completes the procedure, in one go', async () => {
    const s = await setUp('2026-01-27T10:00:00+01:00');
    await readyForAppointment(s.nominee.applicationId);
    ctx.clock.set('2026-01-29T16:00:00+01:00');
    const res = await api()
      .post(`/v1/procedures/${s.procedureId}/appointment`)
      .set('authorization', person.authorization)
      .send({ decisionDate: '2026-01-29', decisionReference: 'RvT-2026-004' });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/procedures/${s.procedureId}/appointment`);
    const open = [s.runnerUp, s.shortlisted, s.preselected, s.applied].map((a) => a.applicationId);
    expect(res.body).toMatchObject({
      procedureId: s.procedureId,
      applicationId: s.nominee.applicationId,
      candidate: { id: s.nominee.candidateId, firstName: 'Eva', lastName: 'Smit' },
      decisionDate: '2026-01-29',
      decisionReference: 'RvT-2026-004',
      createdAt: '2026-01-29T15:00:00.000Z',
    });
    expect([...res.body.rejectedApplicationIds].sort()).toEqual([...open].sort());

    const prisma = ctx.db.prisma;
    const apps = await prisma.application.findMany({ where: { procedureId: s.procedureId } });
    const stage = (id: string) => apps.find((a) => a.id === id)!.stage;
    expect(stage(s.nominee.applicationId)).toBe('appointed');
    for (const id of open) expect(stage(id)).toBe('rejected');
    expect(stage(s.rejected.applicationId)).toBe('rejected');
    expect(stage(s.withdrawn.applicationId)).toBe('withdrawn');

    const changes = await prisma.stageChange.findMany({ where: { application: { procedureId: s.procedureId }, at: new Date('2026-01-29T15:00:00.000Z') } });
    expect(changes).toHaveLength(5);
    expect(changes.filter((c) => c.toStage === 'rejected').every((c) => c.reasonCategory === 'position_filled')).toBe(true);
    expect(changes.find((c) => c.toStage === 'appointed')).toMatchObject({ fromStage: 'nominated', applicationId: s.nominee.applicationId });
    const untouched = await prisma.stageChange.findMany({ where: { applicationId: s.rejected.applicationId } });
    expect(untouched.at(-1)?.reasonCategory).toBe('not_selected_by_agency');

    const procedure = await prisma.procedure.findUniqueOrThrow({ where: { id: s.procedureId } });
    expect(procedure.phase).toBe('completed');
    expect(procedure.completedAt?.toISOString()).toBe('2026-01-29T15:00:00.000Z');
    const stages = await prisma.stage.findMany({ where: { procedureId: s.procedureId, name: 'appointment' } });
    expect(stages[0]).toMatchObject({ status: 'closed', closedBy: expect.stringMatching(/^key:/), closedByUserId: person.id });

    const events = await prisma.event.findMany({
      where: { procedureId: s.procedureId, createdAt: new Date('2026-01-29T15:00:00.000Z') },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.type)).toEqual(['application.appointed', ...open.map(() => 'application.rejected'), 'procedure.completed']);
    const audit = await prisma.auditEntry.findMany({ where: { procedureId: s.procedureId, at: new Date('2026-01-29T15:00:00.000Z') } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['appointment.recorded', 'application.appointed', 'application.rejected', 'procedure.completed']),
    );
    // Each rejection is recorded as a stage move records it: stage change, audit entry and event, by the person acting.
    const appointer = audit.find((a) => a.action === 'appointment.recorded')!;
    for (const id of open) {
      const before = changes.find((c) => c.applicationId === id)!;
      expect(before).toMatchObject({
        toStage: 'rejected',
        reason: 'Position filled',
        reasonCategory: 'position_filled',
        userId: person.id,
        actor: appointer.actor,
      });
      const entry = audit.filter((a) => a.action === 'application.rejected' && a.entityId === id);
      expect(entry).toHaveLength(1);
      expect(entry[0]).toMatchObject({
        entityType: 'application',
        reason: 'position filled',
        actor: appointer.actor,
        actorRole: appointer.actorRole,
        requestId: appointer.requestId,
        userId: person.id,
        changes: { stage: { from: before.fromStage, to: 'rejected' }, rejectionReason: { from: null, to: 'position_filled' } },
      });
      const event = events.filter((e) => e.type === 'application.rejected' && (e.payload as { applicationId?: string }).applicationId === id);
      expect(event.map((e) => e.payload)).toEqual([
        { applicationId: id, procedureId: s.procedureId, from: before.fromStage, to: 'rejected', reasonCategory: 'position_filled' },
      ]);
      expect(event[0]!.userId).toBe(person.id);
      expect(apps.find((a) => a.id === id)).toMatchObject({ rejectionReason: 'position_filled', updatedAt: new Date('2026-01-29T15:00:00.000Z') });
    }

    const read = await api().get(`/v1/procedures/${s.procedureId}/appointment`).set('authorization', s.committee[0]!.authorization);
    expect(read.status).toBe(200);
    expect([...read.body.rejectedApplicationIds].sort()).toEqual([...open].sort());
    const again = await api()
      .post(`/v1/procedures/${s.procedureId}/appointment`)
      .set('authorization', consultant)
      .send({ decisionDate: '2026-01-29', decisionReference: 'RvT-2026-004' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('APPOINTMENT_EXISTS');
    const offer = await api()
      .put(offerUrl(s.nominee.applicationId))
      .set('authorization', consultant)
      .set('if-match', '"2"')
      .send({ monthlySalary: '9500.00', startDate: '2026-03-01', state: 'accepted' });
    expect(offer.status).toBe(409);
    expect(offer.body.code).toBe('PROCEDURE_FINISHED');
  });

  it('cancels the interviews still to come of the candidates it rejects', async () => {
    const s = await setUp('2026-01-16T16:00:00+01:00');
    const later = await scheduleInterview(ctx, s.procedureId, {
      applicationId: s.shortlisted.applicationId,
      startsAt: '2026-01-23T10:00:00+01:00',
      panel: [s.committee[0]!.id],
    });
    ctx.clock.set('2026-01-21T10:00:00+01:00');
    await readyForAppointment(s.nominee.applicationId);
    ctx.clock.set('2026-01-22T17:00:00+01:00');
    await api()
      .post(`/v1/procedures/${s.procedureId}/appointment`)
      .set('authorization', consultant)
      .send({ decisionDate: '2026-01-22', decisionReference: 'RvT-2026-003' })
      .expect(201);
    const read = await api().get(`/v1/interviews/${later.id}`).set('authorization', consultant);
    expect(read.body.status).toBe('cancelled');
    expect(read.body.history.at(-1)).toMatchObject({ change: 'cancelled', reason: 'position filled' });
  });

  it('is read-only for committee keys, and another procedure does not exist for them', async () => {
    const s = await setUp();
    const other = await setUp();
    const post = await api()
      .post(`/v1/procedures/${s.procedureId}/appointment`)
      .set('authorization', s.committee[0]!.authorization)
      .send({ decisionDate: '2026-01-26', decisionReference: 'x' });
    expect(post.status).toBe(403);
    const foreign = await api().get(`/v1/procedures/${other.procedureId}/appointment`).set('authorization', s.committee[0]!.authorization);
    expect(foreign.status).toBe(404);
    const none = await api().get(`/v1/procedures/${s.procedureId}/appointment`).set('authorization', consultant);
    expect(none.status).toBe(404);
  });
});
