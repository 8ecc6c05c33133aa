import { z } from 'zod';
import { MAX_JUSTIFICATION_LENGTH } from '../../domain/gates.js';
import { phase } from '../procedures/index.js';

export const stageName = z.enum(['preselection', 'shortlist', 'nomination', 'references', 'terms', 'appointment']).meta({
  description:
    'preselection: the candidates the agency puts forward (the gate sends the candidate overview to the committee); shortlist: those invited to the interview round; nomination: the preferred candidate; references, terms, appointment: the last steps, after nomination.',
});

export const stageParams = z.object({
  procedureId: z.uuid({ message: 'procedureId must be a UUID' }),
  stage: stageName,
});

const bounds = z
  .object({ min: z.number().int(), max: z.number().int() })
  .nullable()
  .meta({ description: 'How many candidates the stage holds when its gate closes; null for stages without bounds.' });

const window = z
  .object({
    startsAt: z.string().meta({ description: "Start of the stage's window (the start of a local day in the procedure's time zone), in UTC." }),
    endsAt: z.string().meta({ description: 'End of the window (exclusive).' }),
  })
  .nullable()
  .meta({ description: 'The planned window from the timeline; null without a timeline.' });

const stageFields = {
  name: stageName,
  label: z.string(),
  status: z.enum(['pending', 'open', 'closed']).meta({
    description: 'pending: not yet open by the timeline or the previous gate; open: work in it is allowed; closed: its gate was passed.',
  }),
  bounds,
  count: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'Applications in the stage now (those that got at least this far and are still in); null for stages that count no candidates.' }),
  window,
  closedAt: z.string().nullable(),
};

const stageView = z
  .object({
    ...stageFields,
    closedBy: z.string().nullable().meta({ description: 'The API key that closed the gate.' }),
    closedByUserId: z.uuid().nullable().meta({
      description:
        "The person of the agency who closed the gate with the key `closedBy`: the key's own person, or the one named by On-Behalf-Of; null when the key acted for no one.",
    }),
    justification: z.string().nullable().meta({ description: 'The written justification given when the gate closed outside its bounds (or with one anyway).' }),
  })
  .meta({ id: 'Stage' });

export const stagesView = z
  .object({
    procedureId: z.uuid(),
    phase,
    timeZone: z.string(),
    overviewSentAt: z.string().nullable().meta({ description: 'When the candidate overview was sent to the committee.' }),
    stages: z.array(stageView),
  })
  .meta({ id: 'ProcedureStages' });

/** What a committee key reads: bounds, counts, windows and status; no justification, no key ids and no person ids. */
export const committeeStagesView = z
  .object({
    procedureId: z.uuid(),
    phase,
    overviewSentAt: z.string().nullable(),
    stages: z.array(z.object(stageFields).meta({ id: 'CommitteeStage' })),
  })
  .meta({ id: 'CommitteeProcedureStages' });

export const gateCloseBody = z
  .strictObject({
    justification: z.string().normalize('NFC').max(MAX_JUSTIFICATION_LENGTH, `must be at most ${MAX_JUSTIFICATION_LENGTH} characters`).optional().meta({
      description:
        'Needed when the stage holds fewer or more candidates than its bounds ("about 4 to 6"): at least 20 characters saying why. Kept with the stage and in the audit trail.',
    }),
  })
  .meta({ id: 'GateClose', example: { justification: 'Seven strong candidates; the committee asked to see all of them.' } })
  .nullish()
  .describe('Optional: send no body when the stage lies within its bounds');

export type GateCloseBody = z.infer<typeof gateCloseBody>;
