import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { agencyKey } from '../factories/committee.js';
import { seedCommittee } from '../factories/pipeline.js';
import { createProcedure } from '../factories/procedures.js';
import { seedComplete } from '../factories/transitions.js';
import { motivationPdf } from '../fixtures/pdf.js';

/**
 * The records that name who did something (README, "People and acting on
 * behalf"): a note's author, a document's uploader, a consent's recorder and
 * who closed a stage name the acting person next to the key, as the audit
 * trail does: the key's own person, or the one named by On-Behalf-Of; null
 * when the key acted for no one. Committee keys see neither.
 */

let ctx: TestContext;
let eva: string;
let hanna: string;
/** Each way of calling, with the person the records must name. */
let callers: Array<{ label: string; headers: Record<string, string>; userId: string | null }>;

const api = () => request(ctx.app.server);

async function created(res: request.Response) {
  if (res.status !== 201 && res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown> & { id: string };
}

beforeAll(async () => {
  ctx = await createTestApp({ now: '2026-01-08T10:00:00+01:00' });
  const user = async (name: string) =>
    (
      await created(
        await api()
          .post('/v1/users')
          .set('authorization', ctx.admin)
          .send({ name, email: `${name.toLowerCase()}@agency.example`, role: 'consultant' }),
      )
    ).id;
  eva = await user('Eva');
  hanna = await user('Hanna');
  const key = async (body: Record<string, unknown>) =>
    `Bearer ${(await created(await api().post('/v1/api-keys').set('authorization', ctx.admin).send(body))).token as string}`;
  const own = await key({ name: 'Eva laptop', userId: eva });
  const integration = await key({ name: 'Agency portal', role: 'admin', actOnBehalf: true });
  const plain = (await agencyKey(ctx, 'consultant')).authorization;
  callers = [
    { label: "the person's own key", headers: { authorization: own }, userId: eva },
    { label: 'an integration key with On-Behalf-Of', headers: { authorization: integration, 'on-behalf-of': hanna }, userId: hanna },
    { label: 'a key of no person', headers: { authorization: plain }, userId: null },
  ];
});
afterAll(async () => ctx?.close());

describe('records name the acting person', () => {
  it('notes (authorUserId), documents (uploadedByUserId) and consents (recordedByUserId)', async () => {
    const { procedure } = await createProcedure(ctx, { open: true });
    for (const caller of callers) {
      const seeded = await seedComplete(ctx, procedure.id);
      const application = { id: seeded.applicationId };
      const candidateId = seeded.candidateId;

      const note = await created(await api().post(`/v1/applications/${application.id}/notes`).set(caller.headers).send({ text: 'Called back.' }));
      expect(note, caller.label).toMatchObject({ author: expect.stringMatching(/^key:/), authorUserId: caller.userId });
      expect((await api().get(`/v1/notes/${note.id}`).set('authorization', ctx.admin)).body.authorUserId, caller.label).toBe(caller.userId);

      const upload = await created(
        await api()
          .put(`/v1/applications/${application.id}/documents/motivation`)
          .set(caller.headers)
          .set('content-type', 'application/pdf')
          .send(await motivationPdf()),
      );
      expect((upload.documents as { motivation: Record<string, unknown> }).motivation, caller.label).toMatchObject({
        uploadedBy: expect.stringMatching(/^key:/),
        uploadedByUserId: caller.userId,
      });
      const read = await api().get(`/v1/applications/${application.id}`).set('authorization', ctx.admin);
      expect(read.body.documents.motivation.uploadedByUserId, caller.label).toBe(caller.userId);

      const consent = await created(
        await api().post(`/v1/candidates/${candidateId}/consents`).set(caller.headers).send({ kind: 'retention', scope: 'Talent pool' }),
      );
      expect(consent, caller.label).toMatchObject({ recordedBy: expect.stringMatching(/^key:/), recordedByUserId: caller.userId });
      const consents = await api().get(`/v1/candidates/${candidateId}/consents`).set('authorization', ctx.admin);
      expect(consents.body.items[0].recordedByUserId, caller.label).toBe(caller.userId);

      // The access export is as it was: notes without their author, consents without the person behind the key.
      const exported = await api().get(`/v1/candidates/${candidateId}/export`).set('authorization', ctx.admin);
      expect(exported.status).toBe(200);
      expect(Object.keys(exported.body.applications[0].notes[0]).sort()).toEqual(['createdAt', 'id', 'shared', 'text', 'updatedAt']);
      expect(exported.body.consents[0]).not.toHaveProperty('recordedByUserId');
      expect(exported.body.consents[0].recordedBy).toBe(consent.recordedBy);
    }
  });

  it('stages (closedByUserId); committee keys read no key and no person: stages, shared notes, documents', async () => {
    for (const caller of callers) {
      ctx.clock.set('2026-01-14T09:30:00+01:00');
      const { procedure } = await createProcedure(ctx, { open: true });
      const presented: string[] = [];
      for (let i = 0; i < 5; i++) presented.push((await seedComplete(ctx, procedure.id, { stage: 'preselected' })).applicationId);
      const closed = await api().post(`/v1/procedures/${procedure.id}/stages/preselection/close`).set(caller.headers).send();
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      expect(closed.body.stages[0], caller.label).toMatchObject({ name: 'preselection', status: 'closed', closedByUserId: caller.userId });
      const stages = await api().get(`/v1/procedures/${procedure.id}/stages`).set('authorization', ctx.admin);
      expect(stages.body.stages[0].closedByUserId, caller.label).toBe(caller.userId);

      const [member] = await seedCommittee(ctx, procedure.id);
      const committee = member!.authorization;
      const seen = await api().get(`/v1/procedures/${procedure.id}/stages`).set('authorization', committee);
      expect(seen.status).toBe(200);
      expect(seen.body.stages[0]).not.toHaveProperty('closedByUserId');
      expect(seen.body.stages[0]).not.toHaveProperty('closedBy');

      const note = await created(await api().post(`/v1/applications/${presented[0]}/notes`).set(caller.headers).send({ text: 'Strong.', shared: true }));
      expect(note.authorUserId).toBe(caller.userId);
      const shared = await api().get(`/v1/notes/${note.id}`).set('authorization', committee);
      expect(shared.status).toBe(200);
      expect(shared.body).toMatchObject({ author: null, authorUserId: null });

      const application = await api().get(`/v1/applications/${presented[0]}`).set('authorization', committee);
      expect(application.status).toBe(200);
      expect(JSON.stringify(application.body)).not.toMatch(/uploadedBy/);
    }
  });
});
