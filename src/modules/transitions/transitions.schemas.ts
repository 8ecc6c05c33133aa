import { z } from 'zod';
import { MAX_JUSTIFICATION_LENGTH } from '../../domain/gates.js';
import { REJECTION_CATEGORIES } from '../../domain/stage-graph.js';
import { applicationStage } from '../applications/index.js';

export const transitionBody = z
  .strictObject({
    to: applicationStage.meta({
      description:
        'The stage to move to: the next one on applied -> preselected -> shortlisted -> interviewed -> nominated, or rejected or withdrawn; a rejected application back to the stage it was rejected from (reinstatement). appointed only through the appointment decision.',
    }),
    reason: z.string().normalize('NFC').trim().max(MAX_JUSTIFICATION_LENGTH, `must be at most ${MAX_JUSTIFICATION_LENGTH} characters`).nullish().meta({
      description:
        'Why. Needed to reinstate a rejected candidate, and as the written justification (at least 20 characters) when a stage goes past its maximum ("about 4 to 6"). Kept with the stage change and in the audit trail.',
    }),
    reasonCategory: z
      .enum(REJECTION_CATEGORIES as unknown as ['not_selected_by_agency', 'not_selected_by_committee', 'position_filled'])
      .nullish()
      .meta({ description: 'Needed to reject, and only then.' }),
  })
  .meta({
    id: 'Transition',
    example: { to: 'rejected', reasonCategory: 'not_selected_by_agency', reason: 'Less experience with political-administrative settings.' },
  });

export type TransitionBody = z.infer<typeof transitionBody>;

const historyItem = z
  .object({
    from: applicationStage.nullable().meta({ description: 'The stage before the change; null for the intake.' }),
    to: applicationStage,
    at: z.iso.datetime().meta({ description: 'When the change was made (ISO instant).' }),
    actor: z
      .string()
      .nullable()
      .optional()
      .meta({ description: 'The API key that made it, `key:<uuid>` (agency keys only; null for an intake that recorded no one).' }),
    userId: z.uuid().nullable().optional().meta({
      description:
        "The person of the agency who made it: the key's own person, or the one named by On-Behalf-Of (agency keys only; null when the key acted for no one). Their name is read with GET /v1/users/{userId}.",
    }),
    reason: z.string().nullable().optional().meta({ description: 'Why (agency keys only).' }),
    reasonCategory: z.string().nullable().optional().meta({ description: 'The category of a rejection (agency keys only).' }),
  })
  .meta({ id: 'StageHistoryItem' });

export const stageHistory = z.object({ items: z.array(historyItem) }).meta({
  id: 'StageHistory',
  example: {
    items: [
      { from: null, to: 'applied', at: '2026-03-02T09:00:00.000Z', actor: null, userId: null, reason: null, reasonCategory: null },
      {
        from: 'applied',
        to: 'preselected',
        at: '2026-03-20T14:12:00.000Z',
        actor: 'key:9b2f6c1e-0d3a-4e5b-8c7d-6e5f4a3b2c1d',
        userId: '3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b',
        reason: null,
        reasonCategory: null,
      },
    ],
  },
});
