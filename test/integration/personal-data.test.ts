import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/app.js';
import { PERSONAL_DATA } from '../../src/domain/personal-data.js';
import { postForm } from '../factories/applications.js';
import { agencyKey } from '../factories/committee.js';
import { endProcedure, sweep } from '../factories/lifecycle.js';
import { ratingsOf, scheduleInterview, seedCommittee, setStage } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';
import { makePdf } from '../fixtures/pdf.js';
import { createTestApp, type TestContext } from '../helpers/app.js';

/**
 * The guard of the registry of personal data (src/domain/personal-data.ts):
 * four applicants with a marker in every field the API takes (candidate,
 * documents and their PDF bytes, motivation, questions from their own and
 * from another address, interviews moved with a reason, scorecards, consents,
 * referees, a rejection reason, stored Idempotency-Key responses, requests
 * with their name and e-mail address in the path and query), a stage
 * justification naming them, and a marker in every candidate column of the
 * registry (found from the database catalogue) that the API left empty; and a
 * talent-pool entry from the agency's search. Four are erased, each by
 * another path: on request (DELETE), a withdrawn retention consent, four
 * weeks after the procedure ended, three months after being recorded without
 * procedure or consent (both by the sweep, with the clock moved). Afterwards
 * no column of any table (stored responses included) and no log line may hold
 * their markers, while the fifth person's stay. Each export must hold every
 * marker its person had.
 *
 * Stage moves, the justification and the end of the procedure are written
 * straight into the database: the gates that govern them through the API are
 * not what this test is about (see reference-procedure.test.ts for those).
 *
 * A new text, JSON, array or bytea column that the registry does not
 * classify fails the first test; one classified as the candidate's that no
 * erasure clears fails the erasure tests, naming table and column.
 */

let ctx: TestContext;
let consultant: string;
/** Found by the agency's search, never put forward, no consent. */
const pool = { candidateId: '', token: `QzT${(Date.now() % 100000).toString(36)}mk` };
/** Someone who asked a question and is no candidate. */
const stranger = { inquiryId: '', token: `QzS${(Date.now() % 100000).toString(36)}mk` };
const logLines: string[] = [];
const api = () => request(ctx.app.server);

type Key = 'R' | 'W' | 'Q' | 'K';
interface Person {
  /** Found anywhere in the data of this person only. */
  token: string;
  /** The eight digits after +31 6 of their telephone number. */
  phone: string;
  candidateId: string;
  applicationId: string;
  interviewId: string;
  procedureId: string;
  firstName: string;
  lastName: string;
  email: string;
  altEmail: string;
  /** An Idempotency-Key used for a POST about this person. */
  idempotencyKey: string;
  inquiryBody: Record<string, unknown>;
}
const people = {} as Record<Key, Person>;
const KEYS: Key[] = ['R', 'W', 'Q', 'K'];

interface CatalogueColumn {
  table: string;
  column: string;
  type: string;
}

/** Every column of the public schema that can hold text: text, varchar, json, jsonb, bytea, arrays. */
async function catalogue(): Promise<CatalogueColumn[]> {
  const { rows } = await ctx.db.pool.query<{ table: string; column: string; type: string }>(`
    SELECT c.table_name AS table, c.column_name AS column, c.data_type AS type
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public'
       AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')
     ORDER BY c.table_name, c.ordinal_position`);
  return rows;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The table.column of every value holding one of the strings, in any table of the database. */
async function holding(strings: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const { table, column, type } of await catalogue()) {
    const sql =
      type === 'bytea'
        ? `SELECT count(*)::int AS n FROM ${quote(table)} WHERE ${strings.map((_, i) => `position(convert_to($${i + 1}, 'UTF8') in ${quote(column)}) > 0`).join(' OR ')}`
        : `SELECT count(*)::int AS n FROM ${quote(table)} WHERE ${quote(column)}::text ILIKE ANY($1::text[])`;
    const params = type === 'bytea' ? strings : [strings.map((s) => `%${s}%`)];
    const { rows } = await ctx.db.pool.query<{ n: number }>(sql, params);
    if (rows[0]!.n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

function tokensOf(p: Person) {
  return [p.token, p.phone];
}

/** A PDF whose bytes hold the marker (a comment before the cross-reference table, uncompressed). */
async function markedPdf(marker: string) {
  const pdf = (await makePdf({ title: 'Document', lines: ['Document'], objectStreams: false })).toString('latin1');
  const xref = pdf.lastIndexOf('\nxref') + 1;
  const comment = `% ${marker}\n`;
  const body = pdf.slice(0, xref) + comment + pdf.slice(xref);
  return Buffer.from(
    body.replace(/startxref\s+(\d+)/, (_m, n: string) => `startxref\n${Number(n) + comment.length}`),
    'latin1',
  );
}

async function etag(url: string) {
  const res = await api().get(url).set('authorization', consultant);
  expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.headers.etag as string;
}

async function ok(res: request.Response, status = 200) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

async function apply(key: Key, procedureId: string, n: number) {
  const token = `Qz${key}${(Date.now() % 100000).toString(36)}mk`;
  const t = token.toLowerCase();
  const p: Person = {
    token,
    phone: `12${String(300000 + n).padStart(6, '0')}`,
    candidateId: '',
    applicationId: '',
    interviewId: '',
    procedureId,
    firstName: `Anna${token}xfn`,
    lastName: `Vries${token}xln`,
    email: `${t}xem@voorbeeld.nl`,
    altEmail: `${t}xalt@elders.nl`,
    idempotencyKey: `inquiry-${key}-${n}`,
    inquiryBody: {},
  };
  const res = await postForm(
    ctx,
    procedureId,
    {
      firstName: p.firstName,
      lastName: p.lastName,
      email: p.email,
      phone: `+31 6 ${p.phone}`,
      city: `Stad ${token}xcity`,
      currentPosition: `Directeur ${token}xpos`,
      currentOrganisation: `Provincie ${token}xorg`,
      linkedinUrl: `https://www.linkedin.com/in/${t}xli`,
      source: 'open_call',
    },
    [
      { field: 'motivation', content: await markedPdf(`${token}xmotpdf`), filename: `Motivatie ${token}xmotfile.pdf` },
      { field: 'cv', content: await markedPdf(`${token}xcvpdf`), filename: `CV ${token}xcvfile.pdf` },
    ],
  );
  const body = await ok(res, 201);
  p.candidateId = body.candidate.id;
  p.applicationId = body.id;
  people[key] = p;
}

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  ctx = await createTestApp({ now: '2025-12-19T09:00:00+01:00', logger: pino(loggerOptions('debug'), stream) });
  consultant = (await agencyKey(ctx, 'consultant')).authorization;
  const P1 = (await createProcedure(ctx, { open: true })).procedure.id;
  const P2 = (await createProcedure(ctx, { open: true })).procedure.id;
  const committees = { [P1]: await seedCommittee(ctx, P1), [P2]: await seedCommittee(ctx, P2) };

  ctx.clock.set('2025-12-22T10:00:00+01:00');
  await apply('R', P1, 1);
  await apply('W', P1, 2);
  await apply('Q', P2, 3);
  await apply('K', P2, 4);

  const found = await ok(
    await api()
      .post('/v1/candidates')
      .set('authorization', consultant)
      .send({
        firstName: `Bram${pool.token}xfn`,
        lastName: `Pool${pool.token}xln`,
        email: `${pool.token.toLowerCase()}@voorbeeld.nl`,
        source: 'agency_search',
        notes: `Gevonden ${pool.token}xnotes`,
      }),
    201,
  );
  pool.candidateId = found.id;
  const asked = await ok(
    await api()
      .post('/v1/inquiries')
      .set('authorization', consultant)
      .send({
        procedureId: P1,
        channel: 'email',
        fromName: `Els ${stranger.token}xname`,
        fromEmail: `${stranger.token.toLowerCase()}@elders.nl`,
        subject: `Vraag ${stranger.token}xsubj`,
      }),
    201,
  );
  stranger.inquiryId = asked.id;

  for (const key of KEYS) {
    const p = people[key];
    const t = p.token;
    // The candidate's own notes and the agency's motivation.
    await ok(
      await api()
        .patch(`/v1/candidates/${p.candidateId}`)
        .set('authorization', consultant)
        .set('if-match', await etag(`/v1/candidates/${p.candidateId}`))
        .send({ notes: `Notitie ${t}xcandnotes` }),
    );
    await ok(
      await api()
        .patch(`/v1/applications/${p.applicationId}`)
        .set('authorization', consultant)
        .set('if-match', await etag(`/v1/applications/${p.applicationId}`))
        .send({ agencyMotivation: `Motivatie ${t}xagmot` }),
    );
    // A consultant's note on the application.
    await ok(
      await api()
        .post(`/v1/applications/${p.applicationId}/notes`)
        .set('authorization', consultant)
        .send({ text: `Notitie ${t}xappnote` }),
      201,
    );
    // A question of their own, and one from another address under their name.
    await ok(
      await api()
        .post('/v1/inquiries')
        .set('authorization', consultant)
        .send({
          procedureId: p.procedureId,
          candidateId: p.candidateId,
          channel: 'email',
          fromName: `${p.firstName} ${p.lastName}`,
          fromEmail: p.email,
          subject: `Vraag ${t}xsubj`,
        }),
      201,
    );
    p.inquiryBody = {
      procedureId: p.procedureId,
      channel: 'email',
      fromName: `  ${p.firstName.toUpperCase()}   ${p.lastName} `,
      fromEmail: p.altEmail,
      subject: `Andere vraag ${t}xaltsubj`,
    };
    await ok(await api().post('/v1/inquiries').set('authorization', consultant).set('idempotency-key', p.idempotencyKey).send(p.inquiryBody), 201);
    // Requests that carry their e-mail address and name in the path and the query.
    await api()
      .get(`/v1/candidates/${encodeURIComponent(p.email)}`)
      .set('authorization', consultant);
    await api()
      .get(`/v1/candidates/${encodeURIComponent(`${p.firstName} ${p.lastName}`)}/export`)
      .set('authorization', consultant);
    await api()
      .get('/v1/candidates')
      .query({ q: `${p.firstName} ${p.lastName}`, limit: '5' })
      .set('authorization', consultant);
    await api().get('/v1/candidates').query({ q: p.email }).set('authorization', consultant);
    await api()
      .get(`/v1/inquiries?fromEmail=${encodeURIComponent(p.altEmail)}&phone=${p.phone}`)
      .set('authorization', consultant);
  }

  // The committee interviews them, moves the interviews and scores them.
  ctx.clock.set('2026-01-16T15:00:00+01:00');
  const slots = ['10:00', '11:30', '13:00', '14:30'];
  for (const [i, key] of KEYS.entries()) {
    const p = people[key];
    await setStage(ctx, p.applicationId, 'shortlisted');
    const chair = committees[p.procedureId]![0]!;
    const booked = await scheduleInterview(ctx, p.procedureId, {
      applicationId: p.applicationId,
      startsAt: `2026-01-20T${slots[i]}:00+01:00`,
      panel: [chair.id],
      locationDetail: `Kamer ${p.token}xlocdetail`,
    });
    p.interviewId = booked.id;
    await ok(
      await api()
        .patch(`/v1/interviews/${booked.id}`)
        .set('authorization', consultant)
        .set('if-match', '"1"')
        .send({ startsAt: `2026-01-21T${slots[i]}:00+01:00`, locationDetail: `Zaal ${p.token}xlocdetail2`, reason: `Verzet ${p.token}xresched` }),
    );
  }
  ctx.clock.set('2026-01-21T17:00:00+01:00');
  for (const key of KEYS) {
    const p = people[key];
    const chair = committees[p.procedureId]![0]!;
    await ok(
      await api()
        .post(`/v1/interviews/${p.interviewId}/evaluations`)
        .set('authorization', chair.authorization)
        .send({ ratings: ratingsOf([4, 3, 5, 2, 4], `Indruk ${p.token}xratingnote`), overallAdvice: 'recommend', notes: `Oordeel ${p.token}xevalnote` }),
      201,
    );
  }

  // Nominated for a moment: consent, a referee, concerns resolved.
  ctx.clock.set('2026-01-22T10:00:00+01:00');
  for (const key of KEYS) {
    const p = people[key];
    await setStage(ctx, p.applicationId, 'nominated');
    await ok(
      await api()
        .post(`/v1/applications/${p.applicationId}/reference-consent`)
        .set('authorization', consultant)
        .send({ scope: `Referenten ${p.token}xrefscope` }),
      201,
    );
    const added = await ok(
      await api()
        .post(`/v1/applications/${p.applicationId}/references`)
        .set('authorization', consultant)
        .set('idempotency-key', `reference-${key}`)
        .send({
          refereeName: `Karel ${p.token}xreferee`,
          relation: `Oud-manager ${p.token}xrelation`,
          contact: `${p.token.toLowerCase()}xrefcontact@voorbeeld.nl`,
        }),
      201,
    );
    const url = `/v1/applications/${p.applicationId}/references/${added.id}`;
    const done = await ok(
      await api()
        .patch(url)
        .set('authorization', consultant)
        .set('if-match', `"${added.version}"`)
        .send({ outcome: 'concerns', notes: `Zegt ${p.token}xrefnotes` }),
    );
    await ok(
      await api()
        .patch(url)
        .set('authorization', consultant)
        .set('if-match', `"${done.version}"`)
        .send({ resolutionNote: `Opgelost ${p.token}xresolution` }),
    );
    // Rejected after all, with a reason.
    await ok(
      await api()
        .post(`/v1/applications/${p.applicationId}/transitions`)
        .set('authorization', consultant)
        .set('if-match', await etag(`/v1/applications/${p.applicationId}`))
        .send({ to: 'rejected', reasonCategory: 'not_selected_by_committee', reason: `Afgewezen ${p.token}xrejectreason` }),
    );
  }
  // A retention consent for W (talent pool), withdrawn after the procedure ended.
  await ok(
    await api()
      .post(`/v1/candidates/${people.W.candidateId}/consents`)
      .set('authorization', consultant)
      .send({ kind: 'retention', scope: `Talentpool ${people.W.token}xretscope` }),
    201,
  );
  // A justification that names two candidates of each procedure (the gates are not what this test is about).
  for (const [procedureId, a, b] of [
    [P1, people.R, people.W],
    [P2, people.Q, people.K],
  ] as const) {
    await ctx.db.prisma.stage.upsert({
      where: { procedureId_name: { procedureId, name: 'shortlist' } },
      create: {
        procedureId,
        name: 'shortlist',
        status: 'closed',
        closedAt: ctx.clock.now(),
        closedBy: 'test',
        justification: `Verder met ${a.firstName} ${a.lastName} (${a.email}) en ${b.firstName.toLowerCase()}.`,
      },
      update: { justification: `Verder met ${a.firstName} ${a.lastName} (${a.email}) en ${b.firstName.toLowerCase()}.` },
    });
  }
  ctx.clock.set('2026-01-23T10:00:00+01:00');

  // Every candidate column of the registry that the API left without a marker gets one.
  const columns = new Set((await catalogue()).filter((c) => ['text', 'character varying'].includes(c.type)).map((c) => `${c.table}.${c.column}`));
  for (const [table, spec] of Object.entries(PERSONAL_DATA)) {
    if (!spec.rows) continue;
    for (const [column, c] of Object.entries(spec.columns)) {
      if (c.kind !== 'candidate' || !columns.has(`${table}.${column}`)) continue;
      for (const key of KEYS) {
        const p = people[key];
        await ctx.db.pool.query(
          `UPDATE ${quote(table)} SET ${quote(column)} = $2 WHERE ${spec.rows} AND (${quote(column)} IS NULL OR NOT ${quote(column)} ILIKE ANY($3::text[]))`,
          [[p.candidateId], `${p.token}x${table}${column}`.replace(/_/g, ''), tokensOf(p).map((x) => `%${x}%`)],
        );
      }
    }
  }
}, 240_000);

afterAll(async () => {
  await ctx?.close();
});

describe('the registry of personal data', () => {
  it('classifies every text, JSON, array and bytea column of the database, and only existing ones', async () => {
    const found = await catalogue();
    const inDatabase = new Set(found.map((c) => `${c.table}.${c.column}`));
    const unclassified = [...inDatabase].filter((name) => {
      const [table, column] = name.split('.') as [string, string];
      return !PERSONAL_DATA[table]?.columns[column];
    });
    expect(unclassified, 'columns missing from src/domain/personal-data.ts').toEqual([]);
    const stale = Object.entries(PERSONAL_DATA).flatMap(([table, t]) =>
      Object.keys(t.columns)
        .map((column) => `${table}.${column}`)
        .filter((name) => !inDatabase.has(name)),
    );
    expect(stale, 'registry entries without a column').toEqual([]);
    // A candidate column is erased by a dedicated step, or its table says which rows are about the person.
    const unreachable = Object.entries(PERSONAL_DATA).flatMap(([table, t]) =>
      Object.entries(t.columns)
        .filter(([, c]) => c.kind === 'candidate' && !(typeof c.erase === 'object' && 'step' in c.erase) && !t.rows)
        .map(([column]) => `${table}.${column}`),
    );
    expect(unreachable).toEqual([]);
  });

  it('every person starts with markers in the candidate columns, documents and stored responses', async () => {
    for (const key of KEYS) {
      const where = await holding(tokensOf(people[key]));
      const candidateColumns = Object.entries(PERSONAL_DATA).flatMap(([table, t]) =>
        Object.entries(t.columns)
          .filter(([, c]) => c.kind === 'candidate')
          .map(([column]) => `${table}.${column}`),
      );
      const expected = candidateColumns.filter(
        (c) => !['documents.storage_key', 'documents.sha256', 'idempotency_keys.path', 'idempotency_keys.response_headers'].includes(c),
      );
      expect(
        expected.filter((c) => !where.includes(c)),
        `columns without ${key}'s marker`,
      ).toEqual([]);
    }
  });

  it('the access export holds every marker the person has in a candidate column', async () => {
    for (const key of KEYS) {
      const p = people[key];
      const markers = new Set<string>();
      for (const [table, t] of Object.entries(PERSONAL_DATA)) {
        for (const [column, c] of Object.entries(t.columns)) {
          if (c.kind !== 'candidate' || table === 'idempotency_keys' || table === 'document_chunks') continue;
          const { rows } = await ctx.db.pool.query<{ m: string }>(
            `SELECT DISTINCT lower(m[1]) AS m FROM ${quote(table)}, regexp_matches(${quote(column)}::text, $1, 'gi') AS m`,
            [`(${p.token}x[a-z0-9]+)`],
          );
          for (const r of rows) markers.add(`${table}.${column}: ${r.m}`);
        }
      }
      expect(markers.size).toBeGreaterThan(20);
      const exported = await ok(await api().get(`/v1/candidates/${p.candidateId}/export`).set('authorization', consultant));
      const text = JSON.stringify(exported).toLowerCase();
      expect(
        [...markers].filter((m) => !text.includes(m.split(': ')[1]!)),
        `markers of ${key} missing from the export`,
      ).toEqual([]);
      expect(text).toContain(p.phone);
      expect(exported.applications[0].stageJustifications).toHaveLength(1);
      expect(exported.inquiries).toHaveLength(2);
    }
  });
});

describe('erasure leaves no marker anywhere', () => {
  it('on request (DELETE): Q is gone from every table and stored response, K stays', async () => {
    // A question under Q's name an hour before: its stored response is still replayable.
    ctx.clock.set('2026-01-23T09:00:00+01:00');
    await ok(await api().post('/v1/inquiries').set('authorization', consultant).set('idempotency-key', 'late-Q').send(people.Q.inquiryBody), 201);
    ctx.clock.set('2026-01-23T10:00:00+01:00');
    const res = await api().delete(`/v1/candidates/${people.Q.candidateId}`).set('authorization', consultant);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await holding(tokensOf(people.Q))).join(', '), 'columns still holding Q').toBe('');
    expect(await holding([people.K.token])).toEqual(expect.arrayContaining(['candidates.first_name', 'stages.justification', 'interviews.location_detail']));
    // A replay of a stored response about Q does not bring Q back, nor runs again.
    const replay = await api().post('/v1/inquiries').set('authorization', consultant).set('idempotency-key', 'late-Q').send(people.Q.inquiryBody);
    expect(replay.status).toBe(410);
    expect(replay.body.code).toBe('RESPONSE_ERASED');
    expect(replay.text).not.toContain(people.Q.token);
    const kept = await ctx.db.prisma.stage.findFirstOrThrow({ where: { procedureId: people.Q.procedureId, name: 'shortlist' } });
    expect(kept.justification).toBe(`Verder met [erased] ([erased]) en ${people.K.firstName.toLowerCase()}.`);
  });

  it('on a withdrawn retention consent (sweep): W is gone', async () => {
    // The stranger's question was answered on 5 January: their data goes four weeks later.
    ctx.clock.set('2026-01-30T15:00:00+01:00');
    await ok(await api().patch(`/v1/inquiries/${stranger.inquiryId}`).set('authorization', consultant).send({ answeredAt: '2026-01-05T10:00:00+01:00' }));
    await endProcedure(ctx, people.W.procedureId, '2026-01-30T15:00:00+01:00');
    ctx.clock.set('2026-02-02T10:00:00+01:00');
    const [consent] = await ctx.db.prisma.consent.findMany({ where: { candidateId: people.W.candidateId, kind: 'retention' } });
    await ok(await api().post(`/v1/candidates/${people.W.candidateId}/consents/${consent!.id}/withdraw`).set('authorization', consultant).send({}));
    const report = await sweep(ctx);
    expect(report.retention.candidates.map((c) => c.candidateId)).toEqual([people.W.candidateId]);
    expect((await holding(tokensOf(people.W))).join(', '), 'columns still holding W').toBe('');
    expect(report.inquiries.sendersErased).toBe(1);
    expect((await holding([stranger.token])).join(', '), 'columns still holding the stranger').toBe('');
    expect((await holding([people.R.token])).length).toBeGreaterThan(10);
  });

  it('four weeks after the procedure ended (sweep): R is gone', async () => {
    ctx.clock.set('2026-02-27T15:00:00+01:00');
    const report = await sweep(ctx);
    expect(report.retention.candidates.map((c) => c.candidateId)).toEqual([people.R.candidateId]);
    expect((await holding(tokensOf(people.R))).join(', '), 'columns still holding R').toBe('');
    // The sweep's own report names no one.
    expect(JSON.stringify(report)).not.toMatch(new RegExp(KEYS.map((k) => people[k].token).join('|'), 'i'));
  });

  it('three months after being recorded without procedure or consent (sweep): the talent-pool entry is gone', async () => {
    expect((await holding([pool.token])).length).toBeGreaterThan(3);
    ctx.clock.set('2026-03-22T10:00:00+01:00');
    const report = await sweep(ctx);
    expect(report.retention.candidates.map((c) => c.candidateId)).toEqual([pool.candidateId]);
    expect((await holding([pool.token])).join(', '), 'columns still holding the talent-pool entry').toBe('');
  });

  it('the logs never held anyone, though paths and queries carried names and e-mail addresses', async () => {
    expect(logLines.length).toBeGreaterThan(50);
    const all = logLines.join('\n');
    for (const key of KEYS) {
      for (const token of tokensOf(people[key])) expect(all.toLowerCase()).not.toContain(token.toLowerCase());
    }
    expect(all.toLowerCase()).not.toContain(pool.token.toLowerCase());
    expect(all.toLowerCase()).not.toContain(stranger.token.toLowerCase());
    const paths = logLines.map((l) => JSON.parse(l) as { req?: { path?: string; query?: string } }).filter((l) => l.req);
    expect(paths.some((l) => l.req!.path === '/v1/candidates/[redacted]')).toBe(true);
    expect(paths.some((l) => l.req!.query === 'q=[redacted]&limit=5')).toBe(true);
    expect(paths.some((l) => l.req!.path === `/v1/candidates/${people.K.candidateId}/export`)).toBe(true);
  });
});
