// `npm run demo`: the reference procedure of docs/procedure.md (IPO / BIJ12),
// from the client to the appointment and the erasure of the others' data,
// driven through the HTTP API of an already running service, as an
// integrator would: fetch only, no database, no app built in-process.
//
// The service must run on its test clock (CLOCK_START), which the demo moves
// forward with POST /v1/clock/advance to each step's date. That clock only
// moves forward and is shared, so a new run needs a clock before the closing
// date; a second run finds the procedure of the first and checks its outcome.
//
//   API_URL (default http://127.0.0.1:3000), ADMIN_API_KEY (as the service's)
//   npm run demo [-- --fresh]
import { pathToFileURL } from 'node:url';
import { PUBLISHED_TIMELINE, REFERENCE_CLIENT, REFERENCE_COMMITTEE, REFERENCE_PROCEDURE, REFERENCE_TIMELINE } from '../src/domain/reference-procedure.js';
import { loadIntakeField } from './demo-intake.js';

export interface DemoOptions {
  apiUrl: string;
  adminKey: string;
  /** Start a new procedure even when one from an earlier run exists. */
  fresh?: boolean;
  say?: (line: string) => void;
}

export interface DemoResult {
  procedureId: string;
  /** True when an earlier run's procedure was found and checked instead of a new one run. */
  foundEarlierRun: boolean;
  appointedApplicationId: string;
  appointedCandidateId: string;
  shortlisted: number;
  erasedCandidateIds: string[];
}

/** A step that did not answer as expected; the message says what came back. */
export class DemoError extends Error {}

const ZONE = REFERENCE_PROCEDURE.timeZone;
/** A new run needs the service clock before this instant: the field of applicants must still arrive in time. */
export const LATEST_NEW_RUN = '2026-01-06T12:00:00+01:00';
/** The CLOCK_START the README and the test use: a day well before the procedure. */
export const SUGGESTED_CLOCK_START = '2025-12-01T09:00:00+01:00';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: ZONE });
const dayOf = (iso: string | number | Date) => dateFormat.format(new Date(iso));
const euros = (amount: string) => `EUR ${Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T & { code?: string; detail?: string; errors?: Array<{ code?: string; path?: string; message?: string }> };
  etag: string | null;
}

type Body = Record<string, unknown>;

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const base = options.apiUrl.replace(/\/+$/, '');
  const say = options.say ?? ((line: string) => console.log(line));
  const admin = `Bearer ${options.adminKey}`;
  let now = '';

  async function call<T = Body>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: admin, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new DemoError(
        `✗ cannot reach the service at ${base} (${(error as Error).cause ?? (error as Error).message}); start it first (see README, "The demo")`,
      );
    }
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      parsed = { detail: text.slice(0, 200) };
    }
    return { status: res.status, body: parsed as Reply<T>['body'], etag: res.headers.get('etag') };
  }

  /** What came back, for a failure line: status, problem code(s) and detail. */
  const answer = (res: Reply<unknown>) => {
    const codes = [res.body.code, ...(res.body.errors ?? []).map((e) => e.code)].filter(Boolean);
    return `${res.status}${codes.length ? ` ${[...new Set(codes)].join(', ')}` : ''}${res.body.detail ? `: ${res.body.detail}` : ''}`;
  };
  function expectStatus<T>(res: Reply<T>, status: number | number[], what: string): Reply<T> {
    const ok = Array.isArray(status) ? status.includes(res.status) : res.status === status;
    if (!ok) throw new DemoError(`✗ ${dayOf(now || Date.now())}  ${what}: expected ${String(status)}, got ${answer(res)}`);
    return res;
  }
  /** A refusal as the rule says: this status and this code (at the top or in errors[]). */
  function expectRefusal(res: Reply<unknown>, status: number, code: string, what: string): string {
    const codes = [res.body.code, ...(res.body.errors ?? []).map((e) => e.code)];
    if (res.status !== status || !codes.includes(code)) {
      throw new DemoError(`✗ ${dayOf(now)}  ${what}: expected ${status} ${code}, got ${answer(res)}`);
    }
    return `${status} ${res.body.code ?? code}`;
  }
  const check = (condition: boolean, what: string) => {
    if (!condition) throw new DemoError(`✗ ${dayOf(now)}  ${what}`);
  };
  const ok = (line: string) => say(`✓ ${dayOf(now).padEnd(11)}  ${line}`);

  async function list<T>(path: string, key = admin): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const page: Reply<{ items: T[]; nextCursor: string | null }> = expectStatus(
        await call<{ items: T[]; nextCursor: string | null }>(
          'GET',
          `${path}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          undefined,
          {
            authorization: key,
          },
        ),
        200,
        `GET ${path}`,
      );
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  /** Moves the service clock to `to` unless it is there already; the sweep runs with it. */
  async function clockTo(to: string) {
    const clock = expectStatus(await call<{ now: string }>('GET', '/v1/clock'), 200, 'GET /v1/clock');
    if (new Date(clock.body.now) >= new Date(to)) {
      now = clock.body.now;
      return null;
    }
    const moved = expectStatus(await call<{ now: string; sweep: SweepReport }>('POST', '/v1/clock/advance', { to }), 200, `moving the clock to ${to}`);
    now = moved.body.now;
    return moved.body.sweep;
  }

  async function etagOf(applicationId: string) {
    const res = expectStatus(await call('GET', `/v1/applications/${applicationId}`), 200, `GET /v1/applications/${applicationId}`);
    return res.etag ?? '';
  }
  async function transition(applicationId: string, body: Body) {
    return call<{ stage: string }>('POST', `/v1/applications/${applicationId}/transitions`, body, { 'if-match': await etagOf(applicationId) });
  }

  // ------------------------------------------------------------ the service and its clock
  const clock = await call<{ now: string; mode: string }>('GET', '/v1/clock');
  if (clock.status === 401 || clock.status === 403) {
    throw new DemoError(`✗ the service at ${base} refused the key (${answer(clock)}): set ADMIN_API_KEY to the service's own ADMIN_API_KEY`);
  }
  expectStatus(clock, 200, 'GET /v1/clock');
  if (clock.body.mode !== 'test') {
    throw new DemoError(
      `✗ the service at ${base} runs on the system clock (GET /v1/clock: mode "${clock.body.mode}"), and the reference procedure's dates have passed.\n` +
        `  Start it on a new database with a test clock, e.g.:\n` +
        `  EMBEDDED_PG_DATA_DIR=.data/demo ADMIN_API_KEY=<your key> CLOCK_START=${SUGGESTED_CLOCK_START} npm start`,
    );
  }
  now = clock.body.now;

  // ------------------------------------------------------------ an earlier run?
  const clients = await list<{ id: string; name: string }>(`/v1/clients?q=${encodeURIComponent('IPO')}`);
  const existingClient = clients.find((c) => c.name === REFERENCE_CLIENT.name);
  const runs = existingClient
    ? (await list<{ id: string; reference: string | null; phase: string; createdAt: string }>(`/v1/procedures?clientId=${existingClient.id}`))
        .filter((p) => p.reference === REFERENCE_PROCEDURE.reference)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    : [];
  const earlier = runs[0];

  if (earlier && !options.fresh) {
    if (earlier.phase !== 'completed') {
      throw new DemoError(
        `✗ an earlier run stopped half-way: procedure ${earlier.id} is in phase "${earlier.phase}", and a procedure cannot be taken back to where it stopped.\n` +
          (new Date(now) < new Date(LATEST_NEW_RUN)
            ? `  Run \`npm run demo -- --fresh\` to start a new procedure.`
            : `  The service clock (${now}) is past the closing date, so a new one cannot start here either: restart the service on a new database with CLOCK_START=${SUGGESTED_CLOCK_START}.`),
      );
    }
    say(`Found the procedure of an earlier run (${earlier.id}); checking its outcome instead of running it again (--fresh starts a new one).`);
    return { ...(await outcome(earlier.id, true)), foundEarlierRun: true };
  }

  if (new Date(now) >= new Date(LATEST_NEW_RUN)) {
    throw new DemoError(
      `✗ the service clock is at ${now}, past ${LATEST_NEW_RUN}: too late for a new run of the reference procedure, whose applications close at the end of 6 January 2026.\n` +
        `  The test clock only moves forward. Restart the service on a new database with CLOCK_START=${SUGGESTED_CLOCK_START}\n` +
        `  (e.g. EMBEDDED_PG_DATA_DIR=.data/demo-2 ADMIN_API_KEY=<your key> CLOCK_START=${SUGGESTED_CLOCK_START} npm start).`,
    );
  }

  // An unfinished earlier run is cancelled: its applicants are the same people,
  // and nothing of theirs is erased while one of their procedures runs (rule 9).
  for (const unfinished of runs.filter((p) => p.phase !== 'completed' && p.phase !== 'cancelled')) {
    const current = expectStatus(await call('GET', `/v1/procedures/${unfinished.id}`), 200, `GET /v1/procedures/${unfinished.id}`);
    expectStatus(
      await call(
        'PATCH',
        `/v1/procedures/${unfinished.id}`,
        { phase: 'cancelled', justification: 'Superseded by a new run of npm run demo (--fresh).' },
        { 'if-match': current.etag ?? '' },
      ),
      200,
      `cancelling the unfinished procedure ${unfinished.id}`,
    );
    ok(`the unfinished procedure ${unfinished.id} of an earlier run cancelled (--fresh)`);
  }

  // ------------------------------------------------------------ 1. client, procedure, timeline
  let clientId = existingClient?.id;
  if (!clientId) {
    clientId = expectStatus(await call<{ id: string }>('POST', '/v1/clients', REFERENCE_CLIENT), 201, 'creating the client').body.id;
  }
  const created = expectStatus(
    await call<{ id: string; phase: string }>('POST', '/v1/procedures', { ...REFERENCE_PROCEDURE, clientId }),
    201,
    'creating the procedure',
  );
  const procedureId = created.body.id;
  const P = `/v1/procedures/${procedureId}`;
  ok(`client ${REFERENCE_CLIENT.name} ${existingClient ? 'found' : 'created'}; procedure ${REFERENCE_PROCEDURE.reference} created (${procedureId})`);

  const published = await call('PUT', `${P}/timeline`, PUBLISHED_TIMELINE);
  const publishedCode = expectRefusal(published, 422, 'TIMELINE_ORDER', 'the timeline as published');
  const misplaced = [...new Set((published.body.errors ?? []).map((e) => String(e.path ?? '').replace(/^body\./, '')).filter(Boolean))];
  ok(`timeline as published refused: ${publishedCode}, naming ${misplaced.join(', ')} (rule 1: the milestones in order, none before the opening)`);

  const timeline = expectStatus(
    await call<{ instants: { applicationsCloseAt: string } }>('PUT', `${P}/timeline`, REFERENCE_TIMELINE),
    200,
    'the corrected timeline',
  );
  ok(`corrected timeline accepted: applications close ${timeline.body.instants.applicationsCloseAt} (end of 6 Jan, Amsterdam) (rule 1)`);

  await clockTo('2025-12-19T09:00:00+01:00');
  expectStatus(await call('PATCH', P, { phase: 'open' }, { 'if-match': timeline.etag ?? '' }), 200, 'opening the procedure');
  ok('procedure opened for applications (rule 2: from the opening date, with a valid timeline)');

  // ------------------------------------------------------------ 2. the field of applicants, 3. the clock past the closing date
  await clockTo('2025-12-22T10:00:00+01:00');
  const intakeAt = now;
  let closed: SweepReport | null = null;
  const intake = await loadIntakeField(base, options.adminKey, procedureId, {
    maxWaitMs: 0,
    closeWindow: async () => {
      closed = await clockTo('2026-01-07T00:00:05+01:00');
    },
  });
  const groups = [
    ['open call', intake.openCall, 25],
    ["agency's search", intake.agencySearch, 5],
    ['incomplete', intake.incomplete, 2],
  ] as const;
  for (const [name, group, expected] of groups) {
    if (group.created !== expected || group.refused.length > 0) {
      throw new DemoError(
        `✗ 22 Dec 2025  ${name}: expected ${expected} received, got ${group.created}${group.refused.map((r) => `; ${r.who}: ${r.status} ${r.code}`).join('')}\n  ${intake.lines.join('\n  ')}`,
      );
    }
  }
  const applications = await list<{ id: string; source: string; complete: boolean; candidate: { id: string; firstName: string; lastName: string } }>(
    `${P}/applications?sort=receivedAt`,
  );
  say(
    `✓ ${dayOf(intakeAt).padEnd(11)}  ${intake.openCall.created} open-call applications with motivation letter and CV, ${intake.agencySearch.created} from the agency's search, ` +
      `${intake.incomplete.created} incomplete (one PDF missing): ${applications.length} in all (rule: two separate PDFs per application)`,
  );
  const sweepClosed = (closed as SweepReport | null)?.intake.closed ?? 0;
  ok(
    `clock moved past the closing date with POST /v1/clock/advance; ${sweepClosed > 0 ? 'the sweep closed the intake' : 'the intake is closed'} (rule 2: closes at the end of 6 Jan)`,
  );
  if (!intake.late.sent || intake.late.status !== 422 || intake.late.code !== 'OUTSIDE_APPLICATION_WINDOW') {
    throw new DemoError(`✗ ${dayOf(now)}  the late application: expected 422 OUTSIDE_APPLICATION_WINDOW, got ${JSON.stringify(intake.late)}`);
  }
  ok(`late application refused: 422 OUTSIDE_APPLICATION_WINDOW (rule 2: open-call applications before the closing instant)`);

  // ------------------------------------------------------------ 4. preselection, overview, committee
  await clockTo('2026-01-08T10:00:00+01:00');
  const incomplete = applications.find((a) => !a.complete)!;
  const openCall = applications.filter((a) => a.source === 'open_call' && a.complete);
  const searched = applications.filter((a) => a.source === 'agency_search');
  const incompleteCode = expectRefusal(
    await transition(incomplete.id, { to: 'preselected' }),
    409,
    'APPLICATION_INCOMPLETE',
    'preselecting an incomplete application',
  );
  ok(`an incomplete application refused for the preselection: ${incompleteCode} (rule: both PDFs before the preselection)`);

  const preselected = [...openCall.slice(0, 3), ...searched.slice(0, 2)];
  for (const a of preselected) {
    expectStatus(await transition(a.id, { to: 'preselected' }), 200, `preselecting ${a.candidate.lastName}`);
    if (a.source === 'open_call') {
      expectStatus(
        await call(
          'PATCH',
          `/v1/applications/${a.id}`,
          { agencyMotivation: 'Brede bestuurlijke ervaring; sterk in verandertrajecten.' },
          { 'if-match': await etagOf(a.id) },
        ),
        200,
        `the agency's motivation for ${a.candidate.lastName}`,
      );
    }
  }
  ok(`preselection of ${preselected.length}: 3 from the open call, 2 from the agency's search (rule 3: 4 to 6 preselected)`);

  await clockTo('2026-01-14T11:00:00+01:00');
  expectStatus(await call('POST', `${P}/stages/preselection/close`), 200, 'sending the candidate overview');
  const committee: Array<{ id: string; name: string; key: string }> = [];
  for (const member of REFERENCE_COMMITTEE) {
    const m = expectStatus(await call<{ id: string }>('POST', `${P}/committee`, member), 201, `adding ${member.name} to the committee`);
    const k = expectStatus(await call<{ token: string }>('POST', `${P}/committee/${m.body.id}/api-key`), 201, `a committee key for ${member.name}`);
    committee.push({ id: m.body.id, name: member.name, key: `Bearer ${k.body.token}` });
  }
  const chair = committee[0]!;
  const overview = expectStatus(
    await call<{ totals: { applicants: number; preselected: number } }>('GET', `${P}/overview`, undefined, { authorization: chair.key }),
    200,
    'the committee reading the candidate overview',
  );
  ok(
    `candidate overview sent to the committee: ${overview.body.totals.applicants} applicants, ${overview.body.totals.preselected} of them preselected ` +
      `(rule 3: after the closing date, 4 to 6 preselected)`,
  );
  const seen = await list<Record<string, unknown> & { id: string }>(`${P}/applications`, chair.key);
  const seenIds = new Set(seen.map((a) => a.id));
  const hidden = searched.filter((a) => !preselected.includes(a));
  const expectedSeen = applications.filter((a) => a.source !== 'agency_search' || preselected.includes(a));
  check(
    seen.length === expectedSeen.length && expectedSeen.every((a) => seenIds.has(a.id)),
    `the committee key lists ${seen.length} applications, expected ${expectedSeen.length}`,
  );
  // Rule 10: no contact data, agency notes or documents outside the preselection.
  const mayNotSee = ['email', 'phone', 'linkedinUrl', 'notes', 'agencyMotivation', 'documents', 'documentHistory', 'rejectionReason'];
  const leaked = (view: Record<string, unknown>) => [
    ...mayNotSee.filter((f) => view[f] !== undefined && view[f] !== null),
    ...mayNotSee.filter((f) => (view.candidate as Record<string, unknown> | undefined)?.[f] != null).map((f) => `candidate.${f}`),
  ];
  for (const a of seen) check(leaked(a).length === 0, `the committee key's list shows ${leaked(a).join(', ')} of application ${a.id}`);
  for (const a of hidden) {
    expectStatus(
      await call('GET', `/v1/applications/${a.id}`, undefined, { authorization: chair.key }),
      404,
      `the committee key reading ${a.candidate.lastName} (not preselected, from the search)`,
    );
  }
  for (const a of preselected) {
    const full = expectStatus(
      await call<{ candidate: { email: string | null } }>('GET', `/v1/applications/${a.id}`, undefined, { authorization: chair.key }),
      200,
      'the committee key reading a preselected candidate',
    );
    check(!!full.body.candidate.email, `the committee key does not see the contact data of preselected ${a.candidate.lastName}`);
    expectStatus(
      await call('GET', `/v1/applications/${a.id}/documents/cv`, undefined, { authorization: chair.key }),
      200,
      "the committee key reading a preselected candidate's CV",
    );
  }
  const other = openCall.find((a) => !preselected.includes(a))!;
  const summary = expectStatus(
    await call<Record<string, unknown>>('GET', `/v1/applications/${other.id}`, undefined, { authorization: chair.key }),
    200,
    'the committee key reading an applicant who was not preselected',
  );
  check(leaked(summary.body).length === 0, `the committee key reads ${leaked(summary.body).join(', ')} of an applicant who was not preselected`);
  expectStatus(
    await call('GET', `/v1/applications/${other.id}/documents/cv`, undefined, { authorization: chair.key }),
    404,
    'the committee key reading a CV of an applicant who was not preselected',
  );
  ok(
    `committee key for ${chair.name} issued: it reads the ${preselected.length} preselected in full with their PDFs, the other ${seen.length - preselected.length} applicants ` +
      `in summary (no contact data, no PDFs), and not the ${hidden.length} searched candidates who were not preselected (404) (rule 10)`,
  );

  // ------------------------------------------------------------ 5. shortlist of 4, interviews with scorecards
  await clockTo('2026-01-16T16:00:00+01:00');
  const shortlist = preselected.slice(0, 4);
  for (const a of shortlist) expectStatus(await transition(a.id, { to: 'shortlisted' }), 200, `shortlisting ${a.candidate.lastName}`);
  const fifth = preselected[4]!;
  const fifthCode = expectRefusal(await transition(fifth.id, { to: 'shortlisted' }), 409, 'STAGE_QUOTA_EXCEEDED', 'a fifth on the shortlist');
  ok(`a 5th on the shortlist refused: ${fifthCode} (rule: at most 4 on the shortlist)`);
  expectStatus(await call('POST', `${P}/stages/shortlist/close`, {}), 200, 'closing the shortlist');
  ok(`shortlist of 4 accepted and closed: invited to the interview round (rule 3: 3 to 4, from the committee meeting on)`);

  const panel = committee.map((m) => m.id);
  const tooLate = await call('POST', `${P}/interviews`, {
    applicationId: shortlist[0]!.id,
    kind: 'committee',
    startsAt: '2026-01-26T10:00:00+01:00',
    durationMinutes: 60,
    location: 'den_haag',
    panel,
  });
  const tooLateCode = expectRefusal(tooLate, 422, 'OUTSIDE_INTERVIEW_ROUND', 'an interview on 26 January');
  const slots = ['2026-01-19T10:00:00+01:00', '2026-01-20T10:00:00+01:00', '2026-01-21T14:00:00+01:00', '2026-01-22T10:00:00+01:00'];
  const interviews: Array<{ id: string; applicationId: string }> = [];
  for (const [i, a] of shortlist.entries()) {
    const res = expectStatus(
      await call<{ id: string }>('POST', `${P}/interviews`, {
        applicationId: a.id,
        kind: 'committee',
        startsAt: slots[i],
        durationMinutes: 60,
        location: i % 2 === 0 ? 'den_haag' : 'utrecht',
        panel,
      }),
      201,
      `scheduling the interview of ${a.candidate.lastName}`,
    );
    interviews.push({ id: res.body.id, applicationId: a.id });
  }
  ok(`4 interviews scheduled 19-22 Jan; one on 26 Jan refused: ${tooLateCode} (rule 4: inside the interview round 19-23 Jan)`);

  const scores = [
    [5, 4, 5, 4, 5],
    [4, 4, 3, 4, 4],
    [3, 4, 3, 3, 4],
    [4, 3, 4, 3, 3],
  ];
  let scorecards = 0;
  for (const [i, interview] of interviews.entries()) {
    await clockTo(new Date(new Date(slots[i]!).getTime() + 90 * 60_000).toISOString());
    expectStatus(await transition(interview.applicationId, { to: 'interviewed' }), 200, 'marking a candidate interviewed');
    for (const member of committee) {
      const ratings = Object.fromEntries(REFERENCE_PROCEDURE.profile.map((c, k) => [c.key, { score: scores[i]![k], notes: 'Gesprek verliep goed.' }]));
      expectStatus(
        await call(
          'POST',
          `/v1/interviews/${interview.id}/evaluations`,
          { ratings, overallAdvice: i === 0 ? 'strongly_recommend' : 'recommend' },
          { authorization: member.key },
        ),
        201,
        `the scorecard of ${member.name}`,
      );
      scorecards += 1;
    }
  }
  ok(`the committee held the 4 interviews and filled in ${scorecards} scorecards, one per member (rule 4: a panel of active committee members)`);

  // ------------------------------------------------------------ 6. nomination, consent, references, offer
  await clockTo('2026-01-23T16:00:00+01:00');
  const nominee = shortlist[0]!;
  expectStatus(await transition(nominee.id, { to: 'nominated', reason: 'Unanimous preference of the committee.' }), 200, 'nominating the preferred candidate');
  const secondCode = expectRefusal(await transition(shortlist[1]!.id, { to: 'nominated' }), 409, 'NOMINEE_EXISTS', 'a second nominee');
  ok(`${nominee.candidate.firstName} ${nominee.candidate.lastName} nominated; a second nominee refused: ${secondCode} (rule 3: one preferred candidate)`);

  const refs = `/v1/applications/${nominee.id}/references`;
  const referees = [
    { refereeName: 'Karel Hendriks', relation: 'former manager', contact: '+31 30 1234567' },
    { refereeName: 'Marieke de Vos', relation: 'board member', contact: 'm.devos@example.org' },
  ];
  const noConsent = expectRefusal(await call('POST', refs, referees[0]), 409, 'REFERENCE_CONSENT_MISSING', 'a reference before consent');
  await clockTo('2026-01-26T09:00:00+01:00');
  expectStatus(
    await call('POST', `/v1/applications/${nominee.id}/reference-consent`, { scope: 'Two referees named by the candidate' }),
    201,
    'recording the consent',
  );
  for (const referee of referees) {
    const added = expectStatus(await call<{ id: string; version: number }>('POST', refs, referee), 201, 'adding a referee');
    expectStatus(
      await call(
        'PATCH',
        `${refs}/${added.body.id}`,
        { outcome: 'positive', notes: 'Bevestigt de leiderschapskwaliteiten.' },
        { 'if-match': added.etag ?? `"${added.body.version}"` },
      ),
      200,
      'completing a reference',
    );
  }
  ok(`consent recorded, two references completed, positive; one asked before the consent was refused: ${noConsent} (rule 5)`);

  await clockTo('2026-01-26T10:00:00+01:00');
  const offerPath = `/v1/applications/${nominee.id}/offer`;
  const bounds = REFERENCE_PROCEDURE.salary.bounds.find((b) => b.validFrom === '2026-01-01')!;
  const high = await call('PUT', offerPath, { monthlySalary: '11500.00', startDate: '2026-03-01' });
  const highCode = expectRefusal(high, 422, 'SALARY_OUT_OF_BOUNDS', 'an offer above the bounds');
  const made = expectStatus(await call('PUT', offerPath, { monthlySalary: '9500.00', startDate: '2026-03-01', state: 'made' }), 201, 'making the offer');
  expectStatus(
    await call<{ state: string }>('PUT', offerPath, { monthlySalary: '9500.00', startDate: '2026-03-01', state: 'accepted' }, { 'if-match': made.etag ?? '' }),
    200,
    'accepting the offer',
  );
  ok(
    `offer of ${euros('11500.00')} refused (${highCode}); ${euros('9500.00')} from 1 Mar 2026 made and accepted ` +
      `(rule 6: within ${euros(bounds.minMonthly)} to ${euros(bounds.maxMonthly)}, the bounds valid on the start date)`,
  );

  // ------------------------------------------------------------ 7. the appointment
  await clockTo('2026-01-26T15:00:00+01:00');
  expectStatus(await call('POST', `${P}/appointment`, { decisionDate: '2026-01-26', decisionReference: 'RvT-2026-004' }), 201, 'recording the appointment');
  const after = await list<{ id: string; stage: string }>(`${P}/applications`);
  const filled = after.filter((a) => a.stage === 'rejected').length;
  ok(
    `${nominee.candidate.firstName} ${nominee.candidate.lastName} appointed by the supervisory board; procedure completed; ${filled} others rejected "position filled" (rule 7: before 1 Feb 2026)`,
  );

  return { ...(await outcome(procedureId, false)), foundEarlierRun: false };

  // ------------------------------------------------------------ 8. four weeks on: the others' data erased; also the check of an earlier run
  async function outcome(id: string, earlierRun: boolean): Promise<Omit<DemoResult, 'foundEarlierRun'>> {
    const path = `/v1/procedures/${id}`;
    const apps = await list<{ id: string; stage: string; candidate: { id: string } }>(`${path}/applications`);
    const appointed = apps.find((a) => a.stage === 'appointed');
    check(!!appointed, `procedure ${id} is completed but has no appointed candidate`);
    const report = expectStatus(
      await call<{ funnel: Array<{ stage: string; reached: number }>; appointmentDate: string | null }>('GET', `${path}/report`),
      200,
      'GET the procedure report',
    );
    const shortlisted = report.body.funnel.find((f) => f.stage === 'shortlisted')?.reached ?? 0;
    if (earlierRun) {
      ok(
        `earlier run: ${apps.length} applications, ${shortlisted} shortlisted, appointed on ${dayOf(`${report.body.appointmentDate}T12:00:00Z`)}, procedure completed`,
      );
    }
    const others = apps.filter((a) => a.id !== appointed!.id).map((a) => a.candidate.id);
    const due = (await list<{ subject: { id: string }; dueAt: string }>('/v1/deadlines?kind=retention_erasure_due')).filter((d) =>
      others.includes(d.subject.id),
    );
    const lastDue = due
      .map((d) => d.dueAt)
      .sort()
      .at(-1);
    check(!!lastDue, `no retention deadline for the ${others.length} candidates who were not appointed`);
    const sweep = await clockTo(new Date(new Date(lastDue!).getTime() + 60_000).toISOString());
    if (sweep) {
      ok(`clock moved four weeks past the appointment; the sweep erased ${sweep.retention.erased} candidates (rule 9: four weeks after the procedure ended)`);
    } else {
      ok(`the retention period of the others ended on ${dayOf(lastDue!)} (rule 9: four weeks after the procedure ended)`);
    }
    for (const candidateId of others) {
      const c = expectStatus(await call<Record<string, unknown>>('GET', `/v1/candidates/${candidateId}`), 200, `GET /v1/candidates/${candidateId}`);
      for (const field of ['firstName', 'lastName', 'email', 'phone']) {
        check(c.body[field] === null || c.body[field] === '[erased]', `candidate ${candidateId} still shows ${field} after the retention period`);
      }
      check(c.body.erasedAt !== null, `candidate ${candidateId} is not erased after the retention period`);
    }
    const othersApps = apps.filter((a) => a.id !== appointed!.id);
    for (const a of othersApps.slice(0, 3)) {
      expectStatus(await call('GET', `/v1/applications/${a.id}/documents/cv`), [404, 410], 'the CV of an erased candidate');
    }
    const kept = expectStatus(
      await call<{ firstName: string | null; lastName: string | null; erasedAt: string | null }>('GET', `/v1/candidates/${appointed!.candidate.id}`),
      200,
      'the appointed candidate',
    );
    check(kept.body.erasedAt === null && !!kept.body.lastName, 'the appointed candidate was erased');
    ok(
      `GET /v1/candidates/{id}: the ${others.length} others show no name, e-mail or phone (erasedAt set) and their PDFs are gone; ` +
        `${kept.body.firstName} ${kept.body.lastName}, appointed, is kept (rule 9)`,
    );
    return { procedureId: id, appointedApplicationId: appointed!.id, appointedCandidateId: appointed!.candidate.id, shortlisted, erasedCandidateIds: others };
  }
}

interface SweepReport {
  intake: { closed: number };
  retention: { erased: number };
}

async function main() {
  const fresh = process.argv.includes('--fresh');
  const unknown = process.argv.slice(2).filter((a) => a !== '--fresh');
  if (unknown.length > 0) {
    console.error(`usage: npm run demo [-- --fresh]   (unknown: ${unknown.join(' ')})`);
    process.exit(2);
  }
  const adminKey = process.env.ADMIN_API_KEY;
  if (!adminKey) {
    console.error('✗ ADMIN_API_KEY is not set: set it to the ADMIN_API_KEY the service was started with.');
    process.exit(1);
  }
  const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
  console.log(`The reference procedure (docs/procedure.md) through the API at ${apiUrl}${fresh ? ', as a new procedure (--fresh)' : ''}:`);
  try {
    const result = await runDemo({ apiUrl, adminKey, fresh });
    console.log(`\nDone: GET ${apiUrl}/v1/procedures/${result.procedureId}`);
  } catch (error) {
    console.error(error instanceof DemoError ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
