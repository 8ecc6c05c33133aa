import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { candidateInput, createCandidate } from '../factories/candidates.js';
import { createProcedure } from '../factories/procedures.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const api = () => request(ctx.app.server);

async function keyFor(role: string, procedureId?: string) {
  const res = await api()
    .post('/v1/api-keys')
    .set('authorization', ctx.admin)
    .send({ name: `${role} key`, role, ...(procedureId ? { procedureId } : {}) });
  expect(res.status).toBe(201);
  return `Bearer ${res.body.token}`;
}

describe('candidates', () => {
  it('creates a candidate and keeps names in any script exactly as given', async () => {
    const names = [
      { firstName: 'Zoë', lastName: 'van der Berg-Ćosić' },
      { firstName: "D'Arcy", lastName: "O'Neill" },
      { firstName: 'Ελένη', lastName: 'Παπαδοπούλου' },
      { firstName: '美咲', lastName: '佐藤' },
      { firstName: 'Jean-Baptiste', lastName: 'de la Tour d’Auvergne' },
    ];
    for (const name of names) {
      const res = await api().post('/v1/candidates').set('authorization', ctx.admin).send(candidateInput(name));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject(name);
      expect(res.headers.location).toBe(`/v1/candidates/${res.body.id}`);
      expect(res.headers.etag).toBe('"1"');
      const read = await api().get(`/v1/candidates/${res.body.id}`).set('authorization', ctx.admin);
      expect(read.body).toMatchObject(name);
    }
  });

  it('puts a decomposed accent into the composed form (NFC) but keeps it', async () => {
    const res = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send(candidateInput({ firstName: 'Zoe\u0308', lastName: '  Müller  ' }));
    expect(res.status).toBe(201);
    expect(res.body.firstName).toBe('Zo\u00eb');
    expect(res.body.lastName).toBe('Müller');
  });

  it('refuses a second candidate with the same e-mail in another letter case, naming the existing one', async () => {
    const first = await createCandidate(ctx, { email: 'Jan.de.Vries@Example.NL' });
    const dup = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send(candidateInput({ email: 'jan.DE.vries@example.nl', firstName: 'Jan' }));
    expect(dup.status).toBe(409);
    expect(dup.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(dup.body.code).toBe('CANDIDATE_EXISTS');
    expect(dup.body.existingCandidateId).toBe(first.id);
    expect(dup.body.detail).toContain(first.id);
    // The e-mail address is kept as written.
    const read = await api().get(`/v1/candidates/${first.id}`).set('authorization', ctx.admin);
    expect(read.body.email).toBe('Jan.de.Vries@Example.NL');
  });

  it('answers two simultaneous creations of the same person with one 201 and one 409', async () => {
    const input = candidateInput();
    const [a, b] = await Promise.all([
      api().post('/v1/candidates').set('authorization', ctx.admin).send(input),
      api()
        .post('/v1/candidates')
        .set('authorization', ctx.admin)
        .send({ ...input, email: input.email.toUpperCase() }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const created = a.status === 201 ? a : b;
    const refused = a.status === 201 ? b : a;
    expect(refused.body.existingCandidateId).toBe(created.body.id);
  });

  it('validates e-mail, phone, LinkedIn URL and lengths, naming each field', async () => {
    const res = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send(
        candidateInput({
          email: 'not-an-address',
          phone: '06-12345678',
          linkedinUrl: 'javascript:alert(1)',
          city: 'x'.repeat(101),
          firstName: '   ',
          lastName: '12345',
        }),
      );
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.phone', 'body.linkedinUrl', 'body.city', 'body.firstName', 'body.lastName']));
    const other = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send(candidateInput({ linkedinUrl: 'https://evil.example/linkedin.com/in/x', extra: 1 }));
    expect(other.status).toBe(400);
    expect(other.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['body.linkedinUrl', 'body.extra']));
  });

  it('accepts international phone numbers with spaces or hyphens', async () => {
    for (const phone of ['+31612345678', '+31 6 1234 5678', '+32-470-12-34-56', '+1 415 555 0132']) {
      const res = await api().post('/v1/candidates').set('authorization', ctx.admin).send(candidateInput({ phone }));
      expect(res.status, phone).toBe(201);
    }
  });

  it('needs an e-mail for open-call candidates but not for headhunted ones', async () => {
    const open = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send(candidateInput({ email: undefined }));
    expect(open.status).toBe(400);
    expect(open.body.errors).toContainEqual(expect.objectContaining({ path: 'body.email' }));
    const searched = await api()
      .post('/v1/candidates')
      .set('authorization', ctx.admin)
      .send(candidateInput({ email: undefined, source: 'agency_search' }));
    expect(searched.status).toBe(201);
    expect(searched.body.email).toBeNull();
  });

  it('searches by any part of the name or e-mail, case-insensitively, with several words', async () => {
    const marker = `q${Date.now()}`;
    const a = await createCandidate(ctx, { firstName: 'Marieke', lastName: `Zwart${marker}`, email: `m.zwart.${marker}@example.nl` });
    const b = await createCandidate(ctx, { firstName: 'Pieter', lastName: `van der Zwart${marker}`, email: `p_${marker}@example.nl` });
    const byName = await api()
      .get('/v1/candidates')
      .query({ q: `zwart${marker.toUpperCase()}` })
      .set('authorization', ctx.admin);
    expect(byName.body.items.map((c: { id: string }) => c.id).sort()).toEqual([a.id, b.id].sort());
    const twoWords = await api()
      .get('/v1/candidates')
      .query({ q: `pieter ZWART${marker}` })
      .set('authorization', ctx.admin);
    expect(twoWords.body.items.map((c: { id: string }) => c.id)).toEqual([b.id]);
    const byEmail = await api()
      .get('/v1/candidates')
      .query({ q: `M.ZWART.${marker}` })
      .set('authorization', ctx.admin);
    expect(byEmail.body.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
    // An underscore is a character, not a LIKE wildcard.
    const literal = await api()
      .get('/v1/candidates')
      .query({ q: `p_${marker}` })
      .set('authorization', ctx.admin);
    expect(literal.body.items.map((c: { id: string }) => c.id)).toEqual([b.id]);
    const wildcard = await api()
      .get('/v1/candidates')
      .query({ q: `m_zwart.${marker}` })
      .set('authorization', ctx.admin);
    expect(wildcard.body.items).toEqual([]);
  });

  it('pages with a cursor and filters by updatedSince', async () => {
    ctx.clock.set('2026-01-05T12:00:00+01:00');
    const made = [];
    for (let i = 0; i < 3; i++) {
      made.push(await createCandidate(ctx, { lastName: `Paged${i}` }));
      ctx.clock.advance(1000);
    }
    const since = '2026-01-05T12:00:00+01:00';
    const first = await api().get('/v1/candidates').query({ updatedSince: since, limit: 2 }).set('authorization', ctx.admin);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api().get('/v1/candidates').query({ updatedSince: since, limit: 2, cursor: first.body.nextCursor }).set('authorization', ctx.admin);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    expect([...first.body.items, ...second.body.items].map((c: { id: string }) => c.id)).toEqual(made.map((m) => m.id));
  });

  it('PATCH needs If-Match, refuses a stale version and an address that belongs to someone else', async () => {
    const a = await createCandidate(ctx);
    const b = await createCandidate(ctx);
    const url = `/v1/candidates/${a.id}`;
    expect((await api().patch(url).set('authorization', ctx.admin).send({ city: 'Den Haag' })).status).toBe(428);
    const ok = await api().patch(url).set('authorization', ctx.admin).set('if-match', '"1"').send({ city: 'Den Haag', notes: 'Sterk netwerk' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ city: 'Den Haag', notes: 'Sterk netwerk', version: 2 });
    expect(ok.headers.etag).toBe('"2"');
    expect((await api().patch(url).set('authorization', ctx.admin).set('if-match', '"1"').send({ city: 'Zwolle' })).status).toBe(412);
    const taken = await api().patch(url).set('authorization', ctx.admin).set('if-match', '"2"').send({ email: b.email.toUpperCase() });
    expect(taken.status).toBe(409);
    expect(taken.body.existingCandidateId).toBe(b.id);
    const cleared = await api().patch(url).set('authorization', ctx.admin).set('if-match', '"2"').send({ phone: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.phone).toBeNull();
  });

  it('audits creation and change without copying personal data', async () => {
    const a = await createCandidate(ctx, { firstName: 'Geheim', email: 'geheim.persoon@example.nl' });
    await api().patch(`/v1/candidates/${a.id}`).set('authorization', ctx.admin).set('if-match', '"1"').send({ lastName: 'Verborgen', source: 'referral' });
    const entries = await ctx.db.prisma.auditEntry.findMany({ where: { entityId: a.id }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['candidate.created', 'candidate.updated']);
    const dump = JSON.stringify(entries.map((e) => e.changes));
    expect(dump).not.toContain('Geheim');
    expect(dump).not.toContain('geheim.persoon');
    expect(dump).not.toContain('Verborgen');
    expect(entries[1]!.changes).toMatchObject({ lastName: { to: '[personal data]' }, source: { from: 'open_call', to: 'referral' } });
  });

  it('is for agency keys only: committee and scheduler keys get 403', async () => {
    const { procedure } = await createProcedure(ctx);
    const consultant = await keyFor('consultant');
    expect((await api().get('/v1/candidates').set('authorization', consultant)).status).toBe(200);
    for (const key of [await keyFor('committee', procedure.id), await keyFor('scheduler')]) {
      const res = await api().get('/v1/candidates').set('authorization', key);
      expect(res.status).toBe(403);
      expect((await api().post('/v1/candidates').set('authorization', key).send(candidateInput())).status).toBe(403);
    }
  });

  it('answers 404 for an unknown candidate', async () => {
    const res = await api().get('/v1/candidates/7d0c2f6e-6b7a-4c3e-9d51-2f8a1b3c4d5e').set('authorization', ctx.admin);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
