import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createCandidate } from '../factories/candidates.js';
import { addMember, committeeKey } from '../factories/committee.js';
import { seedApplication } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';

let ctx: TestContext;
const api = () => request(ctx.app.server);

const people = {} as Record<'janssen' | 'jansen' | 'bakker' | 'hidden', { id: string }>;
let procedureId: string;
let otherProcedureId: string;
let committee: string;

beforeAll(async () => {
  ctx = await createTestApp();
  people.janssen = await createCandidate(ctx, { firstName: 'Piëter', lastName: 'Janssen', email: 'p.janssen@example.nl' });
  people.jansen = await createCandidate(ctx, { firstName: 'Karin', lastName: 'Jansen', email: 'karin@voorbeeld.nl' });
  people.bakker = await createCandidate(ctx, { firstName: 'Ömer', lastName: 'Bakker', email: 'oemer.bakker@example.nl' });
  people.hidden = await createCandidate(ctx, { firstName: 'Pieter', lastName: 'Jansma', email: 'pjansma@example.nl', source: 'agency_search' });
  procedureId = (await createProcedure(ctx)).procedure.id;
  otherProcedureId = (await createProcedure(ctx)).procedure.id;
  await seedApplication(ctx, procedureId, { candidateId: people.janssen.id });
  await seedApplication(ctx, otherProcedureId, { candidateId: people.janssen.id });
  await seedApplication(ctx, otherProcedureId, { candidateId: people.jansen.id });
  const hidden = await seedApplication(ctx, procedureId, { candidateId: people.hidden.id });
  await ctx.db.prisma.application.update({ where: { id: hidden.applicationId }, data: { source: 'agency_search' } });
  const member = await addMember(ctx, procedureId, { name: 'Anna de Vries', email: 'anna@example.nl', role: 'chair' });
  committee = (await committeeKey(ctx, procedureId, member.id)).authorization;
});
afterAll(async () => ctx?.close());

function search(q: string, authorization = ctx.admin, extra: Record<string, string> = {}) {
  return api()
    .get('/v1/candidates/search')
    .query({ q, ...extra })
    .set('authorization', authorization);
}

describe('candidate search', () => {
  it('finds "Janssen" for "Jansen" and "Piëter" for "pieter", accent- and case-insensitively', async () => {
    const res = await search('Jansen');
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(people.janssen.id);
    expect(ids).toContain(people.jansen.id);
    // The exact spelling ranks first.
    expect(ids[0]).toBe(people.jansen.id);

    const pieter = await search('pieter');
    const names = pieter.body.items.map((i: { firstName: string }) => i.firstName);
    expect(names).toContain('Piëter');
    expect(names).toContain('Pieter');
    expect(await search('OMER BAKKER').then((r) => r.body.items[0]?.id)).toBe(people.bakker.id);
  });

  it("ranks by similarity, best first, with each candidate's procedures", async () => {
    const res = await search('pieter janssen');
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ id: people.janssen.id, firstName: 'Piëter', lastName: 'Janssen', email: 'p.janssen@example.nl' });
    const scores = res.body.items.map((i: { score: number }) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(res.body.items[0].score).toBeGreaterThan(res.body.items[1]?.score ?? 0);
    expect(res.body.items[0].applications.map((a: { procedureId: string }) => a.procedureId).sort()).toEqual([procedureId, otherProcedureId].sort());
    expect(res.body.items[0].applications[0]).toMatchObject({ stage: 'applied', procedureTitle: expect.any(String) });
  });

  it('finds a candidate by e-mail address', async () => {
    const res = await search('voorbeeld.nl');
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([people.jansen.id]);
    expect((await search('oemer.bakker@example.nl')).body.items[0].id).toBe(people.bakker.id);
  });

  it('does not find what does not resemble the query, nor erased candidates', async () => {
    expect((await search('Xylofoon')).body.items).toEqual([]);
    const erased = await createCandidate(ctx, { firstName: 'Wilhelmina', lastName: 'Zwaagstra' });
    expect((await search('Zwaagstra')).body.items.map((i: { id: string }) => i.id)).toEqual([erased.id]);
    await ctx.db.prisma.candidate.update({
      where: { id: erased.id },
      data: { firstName: null, lastName: null, email: null, emailNormalized: null, erasedAt: ctx.clock.now() },
    });
    expect((await search('Zwaagstra')).body.items).toEqual([]);
  });

  it('limits the number of results', async () => {
    const res = await search('jansen', ctx.admin, { limit: '1' });
    expect(res.body.items).toHaveLength(1);
  });

  it('lets a committee key search only the candidates of applications it sees, by name, without e-mail', async () => {
    // Before the overview was sent the committee sees no application at all.
    expect((await search('Janssen', committee)).body.items).toEqual([]);
    await ctx.db.prisma.procedure.update({ where: { id: procedureId }, data: { overviewSentAt: ctx.clock.now() } });

    const res = await search('pieter', committee);
    expect(res.status).toBe(200);
    // Janssen applied to its procedure; Jansma came from the agency's search and was not presented.
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([people.janssen.id]);
    expect(res.body.items[0]).not.toHaveProperty('email');
    // Only the application of its own procedure.
    expect(res.body.items[0].applications.map((a: { procedureId: string }) => a.procedureId)).toEqual([procedureId]);
    // Karin Jansen is in another procedure only.
    expect((await search('Karin Jansen', committee)).body.items).toEqual([]);
    // No matching on e-mail addresses for a committee key.
    expect((await search('p.janssen@example.nl', committee)).body.items).toEqual([]);
  });

  it('answers bad parameters with 400', async () => {
    for (const query of [{}, { q: '' }, { q: 'a' }, { q: 'x'.repeat(101) }, { q: 'jansen', limit: '0' }, { q: 'jansen', limit: '51' }]) {
      const res = await api().get('/v1/candidates/search').query(query).set('authorization', ctx.admin);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect((await search("%' OR 1=1 --")).status).toBe(200);
  });
});

describe('applications of a procedure: filters and sorts', () => {
  let listProcedureId: string;
  const rows: Array<{ applicationId: string; last: string | null; first: string | null; stage: string; receivedAt: string }> = [];

  beforeAll(async () => {
    listProcedureId = (await createProcedure(ctx)).procedure.id;
    const seeds: Array<[string | null, string | null, 'applied' | 'preselected' | 'rejected', string]> = [
      ['Bakker', 'Ömer', 'preselected', '2026-01-03T10:00:00Z'],
      ['Aalders', 'Sanne', 'applied', '2026-01-05T10:00:00Z'],
      ['Dekker', 'Jan', 'rejected', '2026-01-01T10:00:00Z'],
      ['Bakker', 'Anna', 'applied', '2026-01-04T10:00:00Z'],
      [null, null, 'applied', '2026-01-02T10:00:00Z'],
      ['Claes', 'Piet', 'preselected', '2026-01-06T10:00:00Z'],
      ['Claes', 'Piet', 'applied', '2026-01-03T10:00:00Z'],
    ];
    for (const [last, first, stage, receivedAt] of seeds) {
      const seeded = await seedApplication(ctx, listProcedureId, { stage, lastName: last ?? 'Gewist', firstName: first ?? 'Gewist' });
      await ctx.db.prisma.application.update({ where: { id: seeded.applicationId }, data: { receivedAt: new Date(receivedAt) } });
      if (last === null) {
        await ctx.db.prisma.candidate.update({
          where: { id: seeded.candidateId },
          data: { firstName: null, lastName: null, email: null, erasedAt: ctx.clock.now() },
        });
      }
      rows.push({ applicationId: seeded.applicationId, last, first, stage, receivedAt });
    }
  });

  async function walk(query: Record<string, string>) {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: request.Response = await api()
        .get(`/v1/procedures/${listProcedureId}/applications`)
        .query({ ...query, limit: '2', ...(cursor ? { cursor } : {}) })
        .set('authorization', ctx.admin);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      ids.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
      if (!cursor) return ids;
    }
    throw new Error('too many pages');
  }

  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const STAGES = ['applied', 'preselected', 'shortlisted', 'interviewed', 'nominated', 'appointed', 'rejected', 'withdrawn'];

  function expected(compare: (a: (typeof rows)[number], b: (typeof rows)[number]) => number, desc = false) {
    return [...rows].sort((a, b) => (desc ? -1 : 1) * (compare(a, b) || byId(a.applicationId, b.applicationId))).map((r) => r.applicationId);
  }
  // Last names in plain ASCII, so that JavaScript's order is the database's (Ö only as a first name where the last name decides).
  function byName(desc: boolean) {
    const named = rows.filter((r) => r.last !== null);
    const erased = rows.filter((r) => r.last === null).map((r) => r.applicationId);
    const sign = desc ? -1 : 1;
    const sorted = [...named].sort(
      (a, b) => sign * (a.last!.localeCompare(b.last!) || a.first!.localeCompare(b.first!) || byId(a.applicationId, b.applicationId)),
    );
    return [...sorted.map((r) => r.applicationId), ...erased];
  }

  it('sorts by name, erased candidates last, over pages', async () => {
    expect(await walk({ sort: 'name' })).toEqual(byName(false));
    expect(await walk({ sort: '-name' })).toEqual(byName(true));
  });

  it('sorts by the time received, over pages', async () => {
    const key = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.receivedAt.localeCompare(b.receivedAt);
    expect(await walk({ sort: 'receivedAt' })).toEqual(expected(key));
    expect(await walk({ sort: '-receivedAt' })).toEqual(expected(key, true));
  });

  it('sorts by stage in the funnel order, then by the time received, over pages', async () => {
    const key = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
      STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.receivedAt.localeCompare(b.receivedAt);
    expect(await walk({ sort: 'stage' })).toEqual(expected(key));
    expect(await walk({ sort: '-stage' })).toEqual(expected(key, true));
  });

  it('combines filters with a sort', async () => {
    const applied = rows.filter((r) => r.stage === 'applied');
    const ids = await walk({ stage: 'applied', sort: '-receivedAt' });
    expect(ids).toEqual([...applied].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)).map((r) => r.applicationId));
    expect(await walk({ source: 'agency_search', sort: 'name' })).toEqual([]);
    expect(await walk({ complete: 'true', sort: 'stage' })).toHaveLength(rows.length);
    expect(await walk({ complete: 'false', sort: 'name' })).toEqual([]);
    // Without a sort: the order applications were created (all at the test clock's instant, so by id), as before.
    expect(await walk({})).toEqual(rows.map((r) => r.applicationId).sort(byId));
  });

  it('refuses an unknown sort and a cursor of another sort with 400', async () => {
    const list = (query: Record<string, string>) => api().get(`/v1/procedures/${listProcedureId}/applications`).query(query).set('authorization', ctx.admin);
    for (const sort of ['nam', 'name,stage', '--name', '+name', 'createdAt', '']) {
      const res = await list({ sort });
      expect(res.status, sort).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    const byName = (await list({ sort: 'name', limit: '1' })).body.nextCursor as string;
    const plain = (await list({ limit: '1' })).body.nextCursor as string;
    expect((await list({ sort: 'stage', cursor: byName })).body.code).toBe('INVALID_CURSOR');
    expect((await list({ sort: '-name', cursor: byName })).body.code).toBe('INVALID_CURSOR');
    expect((await list({ sort: 'name', cursor: plain })).body.code).toBe('INVALID_CURSOR');
    expect((await list({ cursor: byName })).body.code).toBe('INVALID_CURSOR');
    const forged = (k: unknown, id = rows[0]!.applicationId) => Buffer.from(JSON.stringify({ k: JSON.stringify(k), id })).toString('base64url');
    for (const [sort, cursor] of [
      ['stage', forged({ sort: 'stage', key: ['archived', '2026-01-01T00:00:00Z'] })],
      ['receivedAt', forged({ sort: 'receivedAt', key: ['not a time'] })],
      ['name', forged({ sort: 'name', key: ['Bakker'] })],
      ['name', forged({ sort: 'name', key: [1, 2] })],
      ['name', forged({ sort: 'name', key: ['Bakker', 'Anna'] }, 'not-a-uuid')],
      // Text the database cannot store, inside a cursor the text guard does not read.
      ['name', forged({ sort: 'name', key: ['Bak\u0000ker', 'Anna'] })],
      ['name', forged({ sort: 'name', key: ['Bakker', '\ud800'] })],
    ] as const) {
      const res = await list({ sort, cursor });
      expect(res.status, cursor).toBe(400);
      expect(res.body.code).toBe('INVALID_CURSOR');
    }
  });
});
