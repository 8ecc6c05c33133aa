import { z } from 'zod';
import { localDate } from '../procedures/index.js';

export const appointmentInput = z.strictObject({
  applicationId: z.uuid().optional().describe('The nominee; defaults to the nominee of the procedure'),
  decisionDate: localDate.describe("Date of the supervisory board's decision; strictly before the appointment deadline and not in the future"),
  decisionReference: z.string().trim().min(1).max(200).describe('Reference of the decision, e.g. "RvT-2026-004"'),
});

export const appointment = z
  .object({
    id: z.uuid(),
    procedureId: z.uuid(),
    applicationId: z.uuid(),
    candidate: z.object({ id: z.uuid(), firstName: z.string().nullable(), lastName: z.string().nullable() }),
    decisionDate: z.string(),
    decisionReference: z.string(),
    createdAt: z.string(),
    rejectedApplicationIds: z.array(z.uuid()).describe('The applications that were rejected with the reason "position filled"'),
  })
  .meta({
    id: 'Appointment',
    example: {
      id: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
      procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      applicationId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      candidate: { id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', firstName: 'Zoë', lastName: 'van der Berg' },
      decisionDate: '2026-01-29',
      decisionReference: 'RvT-2026-004',
      createdAt: '2026-01-29T16:00:00.000Z',
      rejectedApplicationIds: ['4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a'],
    },
  });

export type AppointmentInput = z.infer<typeof appointmentInput>;
