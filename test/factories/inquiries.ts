import request from 'supertest';
import type { TestContext } from '../helpers/app.js';

export async function createInquiry(ctx: TestContext, body: Record<string, unknown>, authorization = ctx.admin) {
  const res = await request(ctx.app.server)
    .post('/v1/inquiries')
    .set('authorization', authorization)
    .send({
      channel: 'email',
      fromName: 'Jan de Vries',
      fromEmail: 'jan.devries@example.nl',
      subject: 'Vraag over de standplaats',
      ...body,
    });
  if (res.status !== 201) throw new Error(`inquiry: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; dueAt: string; state: string; receivedAt: string };
}
