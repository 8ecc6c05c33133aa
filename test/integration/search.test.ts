import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { createCandidate } from '../factories/candidates.js';
import { addMember, committeeKey } from '../factories/committee.js';
import { seedApplication } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';

let ctx: TestContext;
const api = () => request(ctx.app.server);

const people: Record<string, { id: string }> = {};
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
  return api().get('/v1/candidates/search').query({ q, ...extra }).set('authorization', authorization);
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

  it('ranks by similarity, best first, with each candidate\'s procedures', async () => {
    const res = await search('pieter janssen');
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ id: people.janssen.id, firstName: 'Piëter', lastName: 'Janssen', email: 'p.janssen@example.nl' });
    const scores = res.body.items.map((i: { score: number }) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(res.body.items[0].score).toBeGreaterThan(res.body.items[1]?.score ?? 0);
    expect(res.body.items[0].applications.map((a: { procedureId: string }) => a.procedureId).sort()).toEqual(
      [procedureId, otherProcedureId].sort(),
    );
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
