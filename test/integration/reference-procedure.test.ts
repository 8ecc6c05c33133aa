import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { applyJson, applyWithBothPdfs, download } from '../factories/applications.js';
import { candidateInput } from '../factories/candidates.js';
import { addMember, agencyKey, committeeKey, ipoCommittee } from '../factories/committee.js';
import { ratingsOf } from '../factories/pipeline.js';
import { createClient, ipoProcedureInput, ipoTimeline } from '../factories/procedures.js';
import { cvPdf, motivationPdf } from '../fixtures/pdf.js';

/**
 * The acceptance run: the whole reference procedure of
 * docs/procedure.md through HTTP, on its normalised dates, with a
 * clock that moves only when the test moves it. Each step builds on the one
 * before; the refusals along the way are the procedure's own rules.
 */

let ctx: TestContext;
let consultant: string;
const at = (iso: string) => ctx.clock.set(iso);
const api = () => request(ctx.app.server);

interface Member {
  id: string;
  name: string;
  authorization: string;
}

const state = {
  procedureId: '',
  committee: [] as Member[],
  /** Open-call applicants with both PDFs, in order of arrival. */
  applicants: [] as Array<{ id: string; lastName: string }>,
  incompleteId: '',
  searchedId: '',
  searchedOutId: '',
  preselected: [] as string[],
  shortlist: [] as string[],
  interviews: [] as Array<{ id: string; applicationId: string }>,
  nomineeId: '',
};

beforeAll(async () => {
  ctx = await createTestApp({ now: '2025-12-19T09:00:00+01:00' });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
});
afterAll(async () => ctx?.close());

async function etag(applicationId: string): Promise<string> {
  const res = await api().get(`/v1/applications/${applicationId}`).set('authorization', consultant);
  expect(res.status).toBe(200);
  return res.headers.etag as string;
}

async function transition(applicationId: string, body: Record<string, unknown>) {
  return api()
    .post(`/v1/applications/${applicationId}/transitions`)
    .set('authorization', consultant)
    .set('if-match', await etag(applicationId))
    .send(body);
}

async function moveOk(applicationId: string, body: Record<string, unknown>) {
  const res = await transition(applicationId, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function stages() {
  const res = await api().get(`/v1/procedures/${state.procedureId}/stages`).set('authorization', consultant);
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.stages.map((s: { name: string }) => [s.name, s])) as Record<
    'preselection' | 'shortlist' | 'nomination' | 'references' | 'terms' | 'appointment',
    { status: string; count: number | null; closedAt: string | null; justification: string | null }
  >;
}

describe('the reference procedure, from the first application to the appointment', () => {
  it('19 December: the procedure opens with its terms, the normalised timeline and its committee', async () => {
    const client = await createClient(ctx);
    const created = await api().post('/v1/procedures').set('authorization', consultant).send(ipoProcedureInput(client.id));
    expect(created.status).toBe(201);
    state.procedureId = created.body.id;
    const timeline = await api().put(`/v1/procedures/${state.procedureId}/timeline`).set('authorization', consultant).send(ipoTimeline);
    expect(timeline.status).toBe(200);
    const opened = await api()
      .patch(`/v1/procedures/${state.procedureId}`)
      .set('authorization', consultant)
      .set('if-match', timeline.headers.etag!)
      .send({ phase: 'open' });
    expect(opened.status).toBe(200);
    for (const fields of ipoCommittee) {
      const member = await addMember(ctx, state.procedureId, fields, consultant);
      const key = await committeeKey(ctx, state.procedureId, member.id, consultant);
      state.committee.push({ id: member.id, name: member.name, authorization: key.authorization });
    }
    const s = await stages();
    expect(s.preselection).toMatchObject({ status: 'pending', count: 0 });
  });

  it('19 December to 6 January: applications by the open call with both PDFs, and candidates from the agency search', async () => {
    const people = [
      ['Zoë', 'van der Berg'],
      ['Mehmet', 'Yılmaz'],
      ['Anneke', 'de Groot'],
      ['René', 'Brouwer'],
      ['Fleur', 'Jansen'],
      ['Sander', 'Bakker'],
      ['Iris', 'Mulder'],
    ] as const;
    const days = ['2025-12-19T11:00', '2025-12-22T09:30', '2025-12-29T14:00', '2026-01-02T10:15', '2026-01-05T16:45', '2026-01-06T12:00', '2026-01-06T23:59'];
    for (const [i, [firstName, lastName]] of people.entries()) {
      at(`${days[i]}:00+01:00`);
      const a = await applyWithBothPdfs(ctx, state.procedureId, { firstName, lastName });
      state.applicants.push({ id: a.id, lastName });
    }
    // One applicant sent only a CV.
    const incomplete = await applyJson(ctx, state.procedureId, { candidate: candidateInput({ firstName: 'Piet', lastName: 'Half' }) });
    expect(incomplete.status).toBe(201);
    state.incompleteId = incomplete.body.id;
    await api()
      .put(`/v1/applications/${state.incompleteId}/documents/cv?fileName=CV.pdf`)
      .set('authorization', consultant)
      .set('content-type', 'application/pdf')
      .send(await cvPdf('Piet Half'))
      .expect(201);

    // The agency's own search, in parallel with the open period: one with both PDFs, one without.
    const searched = await applyJson(ctx, state.procedureId, {
      candidate: candidateInput({ firstName: 'Willemijn', lastName: 'Koster', source: 'agency_search' }),
    });
    expect(searched.status).toBe(201);
    state.searchedId = searched.body.id;
    for (const [kind, pdf] of [
      ['motivation', await motivationPdf('W. Koster')],
      ['cv', await cvPdf('W. Koster')],
    ] as const) {
      await api()
        .put(`/v1/applications/${state.searchedId}/documents/${kind}?fileName=${kind}.pdf`)
        .set('authorization', consultant)
        .set('content-type', 'application/pdf')
        .send(pdf)
        .expect((res) => expect([200, 201]).toContain(res.status));
    }
    const searchedOut = await applyJson(ctx, state.procedureId, {
      candidate: candidateInput({ firstName: 'Geheim', lastName: 'Headhunt', source: 'agency_search' }),
    });
    state.searchedOutId = searchedOut.body.id;

    // Refused: an open-call application on 7 January, after the closing date.
    at('2026-01-07T00:00:30+01:00');
    const late = await applyWithBothPdfs(ctx, state.procedureId, { firstName: 'Te', lastName: 'Laat' }).catch((e: Error) => e.message);
    expect(late).toMatch(/422.*OUTSIDE_APPLICATION_WINDOW/);
  });

  it('8 January: the agency preselects; a 7th without justification and an incomplete application are refused; the preselection ends at 5', async () => {
    at('2026-01-08T10:00:00+01:00');
    const six = [state.searchedId, ...state.applicants.slice(0, 5).map((a) => a.id)];
    for (const id of six) await moveOk(id, { to: 'preselected' });
    expect((await stages()).preselection).toMatchObject({ status: 'open', count: 6 });

    const seventh = await transition(state.applicants[5]!.id, { to: 'preselected' });
    expect(seventh.status).toBe(409);
    expect(seventh.body.code).toBe('STAGE_QUOTA_EXCEEDED');
    expect(seventh.body.detail).toMatch(/already holds 6 candidates, and this procedure allows 4 to 6/);

    const incomplete = await transition(state.incompleteId, { to: 'preselected' });
    expect(incomplete.status).toBe(409);
    expect(incomplete.body.code).toBe('APPLICATION_INCOMPLETE');

    // After the agency's screening interviews, one of the six does not go on.
    at('2026-01-12T15:00:00+01:00');
    const dropped = await moveOk(state.applicants[4]!.id, {
      to: 'rejected',
      reasonCategory: 'not_selected_by_agency',
      reason: 'Less experience in a political-administrative environment.',
    });
    expect(dropped.rejectionReason).toBe('not_selected_by_agency');
    state.preselected = six.filter((id) => id !== state.applicants[4]!.id);
    for (const id of state.preselected) {
      const res = await api()
        .patch(`/v1/applications/${id}`)
        .set('authorization', consultant)
        .set('if-match', await etag(id))
        .send({ agencyMotivation: 'Brede bestuurlijke ervaring; sterk in verandertrajecten.' });
      expect(res.status).toBe(200);
    }
    expect((await stages()).preselection.count).toBe(5);
    // The committee sees nothing yet.
    const early = await api().get(`/v1/procedures/${state.procedureId}/applications`).set('authorization', state.committee[0]!.authorization);
    expect(early.body.items).toEqual([]);
  });

  it('14 January: the candidate overview goes to the committee, which reads every applicant and the preselected in full', async () => {
    at('2026-01-14T11:00:00+01:00');
    const res = await api().post(`/v1/procedures/${state.procedureId}/stages/preselection/close`).set('authorization', consultant);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phase: 'committee_review', overviewSentAt: '2026-01-14T10:00:00.000Z' });

    const chair = state.committee[0]!.authorization;
    const overview = await api().get(`/v1/procedures/${state.procedureId}/overview`).set('authorization', chair);
    expect(overview.status).toBe(200);
    const marked = overview.body.items.filter((i: { preselected: boolean }) => i.preselected).map((i: { applicationId: string }) => i.applicationId);
    expect([...marked].sort()).toEqual([...state.preselected].sort());
    expect(overview.body.totals).toMatchObject({ applicants: 9, preselected: 5, openCall: 8, agencySearch: 1 });
    expect(overview.text).not.toContain('Headhunt');
    const csv = await api().get(`/v1/procedures/${state.procedureId}/overview`).set('authorization', consultant).set('accept', 'text/csv');
    expect(csv.text).toContain('Yılmaz');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(11);

    const full = await api().get(`/v1/applications/${state.preselected[1]}`).set('authorization', chair);
    expect(full.body).toMatchObject({ preselected: true, candidate: { email: expect.stringContaining('@') } });
    const pdf = await download(ctx, state.preselected[1]!, 'cv', chair);
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await api().get(`/v1/applications/${state.searchedOutId}`).set('authorization', chair)).status).toBe(404);

    // The agency's search ends with the overview.
    const tooLate = await applyJson(ctx, state.procedureId, { candidate: candidateInput({ source: 'agency_search' }) });
    expect(tooLate.status).toBe(422);
    expect(tooLate.body.code).toBe('OUTSIDE_APPLICATION_WINDOW');
  });

  it('16 January: after the meeting with the board delegation, 4 are invited to the interview round', async () => {
    at('2026-01-16T16:00:00+01:00');
    state.shortlist = state.preselected.slice(0, 4);
    for (const id of state.shortlist) await moveOk(id, { to: 'shortlisted' });
    const res = await api().post(`/v1/procedures/${state.procedureId}/stages/shortlist/close`).set('authorization', consultant).send({});
    expect(res.status).toBe(200);
    expect(res.body.phase).toBe('interviews');
    const s = await stages();
    expect(s.shortlist).toMatchObject({ status: 'closed', count: 4, closedAt: '2026-01-16T15:00:00.000Z' });
    const fifth = await transition(state.preselected[4]!, { to: 'shortlisted' });
    expect(fifth.body.code).toBe('STAGE_CLOSED');
  });

  it('19 to 23 January: the committee interviews the four (an interview on 26 January is refused) and fills in scorecards', async () => {
    const panel = state.committee.map((m) => m.id);
    const refused = await api()
      .post(`/v1/procedures/${state.procedureId}/interviews`)
      .set('authorization', consultant)
      .send({ applicationId: state.shortlist[0], kind: 'committee', startsAt: '2026-01-26T10:00:00+01:00', durationMinutes: 60, location: 'den_haag', panel });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('OUTSIDE_INTERVIEW_ROUND');

    const slots = ['2026-01-19T10:00:00+01:00', '2026-01-20T10:00:00+01:00', '2026-01-21T14:00:00+01:00', '2026-01-22T10:00:00+01:00'];
    for (const [i, applicationId] of state.shortlist.entries()) {
      const res = await api()
        .post(`/v1/procedures/${state.procedureId}/interviews`)
        .set('authorization', consultant)
        .send({ applicationId, kind: 'committee', startsAt: slots[i], durationMinutes: 60, location: i % 2 === 0 ? 'den_haag' : 'utrecht', panel });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      state.interviews.push({ id: res.body.id, applicationId });
    }

    // Not interviewed before the interview has taken place.
    expect((await transition(state.shortlist[0]!, { to: 'interviewed' })).body.code).toBe('NOT_INTERVIEWED');
    const scores = [
      [5, 4, 5, 4, 5],
      [4, 4, 3, 4, 4],
      [3, 4, 3, 3, 4],
      [4, 3, 4, 3, 3],
    ];
    for (const [i, interview] of state.interviews.entries()) {
      at(slots[i]!.replace('T10:00', 'T11:30').replace('T14:00', 'T15:30'));
      await moveOk(interview.applicationId, { to: 'interviewed' });
      for (const member of state.committee) {
        const res = await api()
          .post(`/v1/interviews/${interview.id}/evaluations`)
          .set('authorization', member.authorization)
          .send({ ratings: ratingsOf(scores[i]!), overallAdvice: i === 0 ? 'strongly_recommend' : 'recommend' });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
      }
    }
    const summary = await api().get(`/v1/procedures/${state.procedureId}/evaluations/summary`).set('authorization', state.committee[0]!.authorization);
    expect(summary.status).toBe(200);
    expect(JSON.stringify(summary.body)).toContain('4.60');
  });

  it('23 January: one preferred candidate is nominated, from the interviewed, and only one', async () => {
    at('2026-01-23T16:00:00+01:00');
    state.nomineeId = state.shortlist[0]!;
    await moveOk(state.nomineeId, { to: 'nominated', reason: 'Unanimous preference of the committee.' });
    const second = await transition(state.shortlist[1]!, { to: 'nominated' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('NOMINEE_EXISTS');
    expect((await stages()).nomination).toMatchObject({ status: 'open', count: 1 });
  });

  it('26 and 27 January: references after consent only (one before consent is refused), and the terms within the 2026 bounds', async () => {
    at('2026-01-26T09:00:00+01:00');
    const references = `/v1/applications/${state.nomineeId}/references`;
    const referee = { refereeName: 'Karel Hendriks', relation: 'former manager at Provincie Utrecht', contact: '+31 30 1234567' };
    const before = await api().post(references).set('authorization', consultant).send(referee);
    expect(before.status).toBe(409);
    expect(before.body.code).toBe('REFERENCE_CONSENT_MISSING');

    const consent = await api()
      .post(`/v1/applications/${state.nomineeId}/reference-consent`)
      .set('authorization', consultant)
      .send({ scope: 'Two referees named by the candidate: a former manager and a board member' });
    expect(consent.status).toBe(201);
    for (const r of [referee, { refereeName: 'Marieke de Vos', relation: 'board member', contact: 'm.devos@example.org' }]) {
      const added = await api().post(references).set('authorization', consultant).send(r);
      expect(added.status).toBe(201);
      const done = await api()
        .patch(`${references}/${added.body.id}`)
        .set('authorization', consultant)
        .set('if-match', added.headers.etag ?? `"${added.body.version}"`)
        .send({ outcome: 'positive', notes: 'Bevestigt de leiderschapskwaliteiten.' });
      expect(done.status).toBe(200);
    }

    at('2026-01-27T10:00:00+01:00');
    const offer = `/v1/applications/${state.nomineeId}/offer`;
    const high = await api().put(offer).set('authorization', consultant).send({ monthlySalary: '11500.00', startDate: '2026-03-01' });
    expect(high.status).toBe(422);
    expect(high.body.code).toBe('SALARY_OUT_OF_BOUNDS');
    expect(high.body.detail).toContain('EUR 8,062.66 to EUR 11,442.11');
    const made = await api().put(offer).set('authorization', consultant).send({ monthlySalary: '9500.00', startDate: '2026-03-01', state: 'made' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      monthlySalary: '9500.00',
      hoursPerWeek: 36,
      ikbPercentage: '21.82',
      bounds: { minMonthly: '8062.66', maxMonthly: '11442.11' },
    });
    const accepted = await api()
      .put(offer)
      .set('authorization', consultant)
      .set('if-match', made.headers.etag!)
      .send({ monthlySalary: '9500.00', startDate: '2026-03-01', state: 'accepted' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('accepted');
  });

  it('29 January: an appointment dated 1 February is refused; the decision of 29 January appoints the nominee and completes the procedure', async () => {
    at('2026-01-29T16:00:00+01:00');
    const url = `/v1/procedures/${state.procedureId}/appointment`;
    const late = await api().post(url).set('authorization', consultant).send({ decisionDate: '2026-02-01', decisionReference: 'RvT-2026-004' });
    expect(late.status).toBe(422);
    expect(late.body.errors.map((e: { code: string }) => e.code)).toEqual(['AFTER_DEADLINE', 'DECISION_IN_FUTURE']);
    expect(late.body.detail).toContain('before 1 February 2026');

    const res = await api().post(url).set('authorization', consultant).send({ decisionDate: '2026-01-29', decisionReference: 'RvT-2026-004' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ applicationId: state.nomineeId, decisionDate: '2026-01-29' });

    const apps = await ctx.db.prisma.application.findMany({ where: { procedureId: state.procedureId } });
    const stageOf = (id: string) => apps.find((a) => a.id === id)!.stage;
    expect(stageOf(state.nomineeId)).toBe('appointed');
    for (const id of [...state.shortlist.slice(1), state.preselected[4]!, state.applicants[5]!.id, state.incompleteId]) {
      expect(stageOf(id)).toBe('rejected');
      expect(apps.find((a) => a.id === id)!.rejectionReason).toBe('position_filled');
    }
    expect(stageOf(state.applicants[4]!.id)).toBe('rejected');
    expect(apps.find((a) => a.id === state.applicants[4]!.id)!.rejectionReason).toBe('not_selected_by_agency');
    const procedure = await api().get(`/v1/procedures/${state.procedureId}`).set('authorization', consultant);
    expect(procedure.body.phase).toBe('completed');

    // Nothing moves any more.
    const after = await transition(state.shortlist[1]!, { to: 'withdrawn' });
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('PROCEDURE_FINISHED');
  });

  it('left a complete audit trail: every stage change and gate, with the justification and reasons, and no personal data in the values', async () => {
    const entries = await ctx.db.prisma.auditEntry.findMany({ where: { procedureId: state.procedureId }, orderBy: { id: 'asc' } });
    const actions = entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'application.stage_changed').length).toBeGreaterThanOrEqual(6 + 4 + 4 + 1);
    expect(actions).toContain('procedure.overview_sent');
    expect(actions).toContain('procedure.shortlist_closed');
    expect(actions).toContain('application.rejected');
    expect(actions.indexOf('procedure.overview_sent')).toBeLessThan(actions.indexOf('procedure.shortlist_closed'));
    const nomination = entries.find((e) => e.action === 'application.stage_changed' && (e.changes as { stage?: { to?: string } }).stage?.to === 'nominated');
    // The consultant's free text stays with the stage change (erasable); the audit entry points to it.
    const nominated = await ctx.db.prisma.stageChange.findFirstOrThrow({ where: { toStage: 'nominated', application: { procedureId: state.procedureId } } });
    expect(nominated.reason).toBe('Unanimous preference of the committee.');
    expect(nomination?.reason).toBe(`given with stage change ${nominated.id}`);
    const values = JSON.stringify(entries.map((e) => [e.changes, e.reason]));
    for (const name of ['van der Berg', 'Yılmaz', 'Koster', '@example.nl']) expect(values).not.toContain(name);
  });

  it('reports its figures, derived by hand from the steps above; the agency report counts it; committee keys get 403', async () => {
    const url = `/v1/procedures/${state.procedureId}/report`;
    const res = await api().get(url).set('authorization', consultant);
    expect(res.status).toBe(200);
    const r = res.body;
    // 7 + 1 (CV only) by the open call, 2 from the agency's search.
    expect(r.applicantsBySource).toEqual({ openCall: 8, agencySearch: 2, referral: 0, total: 10 });
    expect(r.funnel).toEqual([
      { stage: 'applied', reached: 10, conversionFromPrevious: null },
      { stage: 'preselected', reached: 6, conversionFromPrevious: 0.6 },
      { stage: 'shortlisted', reached: 4, conversionFromPrevious: 0.6667 },
      { stage: 'interviewed', reached: 4, conversionFromPrevious: 1 },
      { stage: 'nominated', reached: 1, conversionFromPrevious: 0.25 },
      { stage: 'appointed', reached: 1, conversionFromPrevious: 1 },
    ]);
    // applied: six left on 8 January 10:00 (479, 408.5, 236, 143.75, 65.25 and 34.0167 h after arriving), four were
    // rejected on 29 January 16:00 (556 h; 544.0167 h three times); median (408.5 + 479) / 2.
    // preselected: 198 h four times (to 16 January 16:00), 101 h (rejected 12 January), 510 h (rejected 29 January).
    // shortlisted: to the interviews 19-22 January: 67.5, 91.5, 119.5, 139.5 h. interviewed: 100.5 h (nominated
    // 23 January 16:00), then 220.5, 192.5, 172.5 h to the appointment. nominated: 23 to 29 January, 144 h.
    expect(r.timeInStage).toEqual([
      { stage: 'applied', stays: 10, medianHours: 443.75, longestHours: 556 },
      { stage: 'preselected', stays: 6, medianHours: 198, longestHours: 510 },
      { stage: 'shortlisted', stays: 4, medianHours: 105.5, longestHours: 139.5 },
      { stage: 'interviewed', stays: 4, medianHours: 182.5, longestHours: 220.5 },
      { stage: 'nominated', stays: 1, medianHours: 144, longestHours: 144 },
    ]);
    expect(r.milestones).toEqual([
      // The intake closes by rule at its due instant, whenever the sweep records it (no sweep ran in this run).
      { kind: 'application_closing', dueAt: '2026-01-06T23:00:00.000Z', metAt: '2026-01-06T23:00:00.000Z', outcome: 'on_time', lateByHours: null },
      { kind: 'overview_due', dueAt: '2026-01-14T23:00:00.000Z', metAt: '2026-01-14T10:00:00.000Z', outcome: 'on_time', lateByHours: null },
      { kind: 'committee_meeting', dueAt: '2026-01-16T23:00:00.000Z', metAt: '2026-01-16T15:00:00.000Z', outcome: 'on_time', lateByHours: null },
      // The interviews were scheduled on 16 January, before the round starts.
      { kind: 'interview_round_start', dueAt: '2026-01-18T23:00:00.000Z', metAt: '2026-01-16T15:00:00.000Z', outcome: 'on_time', lateByHours: null },
      { kind: 'interview_round_end', dueAt: '2026-01-23T23:00:00.000Z', metAt: '2026-01-22T10:00:00.000Z', outcome: 'on_time', lateByHours: null },
      { kind: 'appointment_deadline', dueAt: '2026-01-31T23:00:00.000Z', metAt: '2026-01-29T15:00:00.000Z', outcome: 'on_time', lateByHours: null },
    ]);
    expect(r).toMatchObject({ onTimeShare: 1, openingDate: '2025-12-19', appointmentDate: '2026-01-29', daysOpeningToAppointment: 41 });

    const csv = await api().get(url).set('authorization', consultant).set('accept', 'text/csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('Section,Item,Measure,Value');
    expect(lines).toContain('funnel,shortlisted,conversion_from_previous,0.6667');
    expect(lines).toContain('time_in_stage,applied,median_hours,443.75');
    expect(lines).toContain(`procedure,${state.procedureId},days_opening_to_appointment,41`);
    expect((await api().get(url).set('authorization', consultant).set('accept', 'application/pdf')).status).toBe(406);
    expect((await api().get(url).set('authorization', state.committee[0]!.authorization)).status).toBe(403);

    // December to January: opened 19 December, completed 29 January, 41 days to the appointment; the appointment
    // deadline (1 February 00:00) is due after the period, so five obligations, all on time (the intake closed at its due instant).
    const agency = await api().get('/v1/reports/agency?from=2025-12-01&to=2026-01-31').set('authorization', consultant);
    expect(agency.status).toBe(200);
    const figures = {
      proceduresOpened: 1,
      proceduresCompleted: 1,
      medianDaysToAppointment: 41,
      milestonesDue: 5,
      milestonesOnTime: 5,
      milestonesLate: 0,
      onTimeShare: 1,
    };
    expect(agency.body.totals).toEqual(figures);
    expect(agency.body.byClient).toEqual([{ clientId: r.client.id, clientName: 'Interprovinciaal Overleg (IPO)', ...figures }]);
    const february = await api().get('/v1/reports/agency?from=2026-02-01&to=2026-02-28').set('authorization', consultant).set('accept', 'text/csv');
    expect(february.status).toBe(200);
    expect(february.text.split('\r\n')[1]).toBe('Interprovinciaal Overleg (IPO),' + r.client.id + ',0,0,,1,1,0,1');
    const reversed = await api().get('/v1/reports/agency?from=2026-02-01&to=2026-01-01').set('authorization', consultant);
    expect(reversed.status).toBe(400);
    expect((await api().get('/v1/reports/agency?from=2026-02-01&to=2026-02-28').set('authorization', state.committee[0]!.authorization)).status).toBe(403);
  });
});
