import { z } from 'zod';
import { DEADLINE_KINDS, DEADLINE_STATES } from '../../domain/deadlines.js';
import { listQuery, pageSchema } from '../../lib/pagination.js';
import { instant as storableInstant } from '../../lib/instant.js';

const instant = storableInstant('must be an ISO 8601 instant with an offset, such as 2026-01-07T00:00:00+01:00');

/** `a,b,c` of a fixed set of words, as a de-duplicated list. */
function commaList<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z
    .string()
    .max(1000)
    .transform((v, ctx) => {
      const list = [
        ...new Set(
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];
      for (const item of list) {
        if (!(values as readonly string[]).includes(item)) {
          ctx.addIssue({ code: 'custom', message: `${item} is not a ${what}; one of ${values.join(', ')}` });
          return z.NEVER;
        }
      }
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the transform's output type comes from this assertion
      return list as Array<T[number]>;
    });
}

export const deadlineKind = z.enum(DEADLINE_KINDS);
export const deadlineState = z.enum(DEADLINE_STATES);

export const deadlineListQuery = listQuery.omit({ updatedSince: true }).extend({
  procedureId: z.uuid().optional().describe('Only the obligations of this procedure'),
  kind: commaList(DEADLINE_KINDS, 'deadline kind')
    .optional()
    .describe(`Comma-separated kinds: ${DEADLINE_KINDS.join(', ')}`),
  state: commaList(DEADLINE_STATES, 'deadline state').optional().describe('Comma-separated states: upcoming, due, overdue, met'),
  from: instant.optional().describe('Only obligations due at or after this instant'),
  to: instant.optional().describe('Only obligations due before this instant'),
});

export const deadline = z
  .object({
    id: z.string().describe('`<kind>:<subject id>`; stable, so a scheduler can remember what it handled'),
    kind: deadlineKind,
    label: z.string(),
    procedureId: z
      .uuid()
      .nullable()
      .describe(
        'The procedure the obligation belongs to; for a headhunted candidate the procedure they were first added to, for an erasure the procedure that ended last; null for requests and for questions or people without a procedure',
      ),
    subject: z.object({
      type: z.enum(['procedure', 'inquiry', 'candidate', 'data_subject_request']),
      id: z.uuid(),
    }),
    dueAt: z.string().describe("The step must happen before this instant; in UTC (the end of a day in the procedure's time zone, for day-based steps)"),
    timeZone: z.string(),
    state: deadlineState,
    metBy: z.string().describe('What meets the obligation'),
    metAt: z.string().nullable().describe('When it was met, where recorded'),
    missedAt: z.string().nullable().describe('When the deadline sweep recorded that it passed unmet (missed milestone, overdue answer or notice)'),
  })
  .meta({
    id: 'Deadline',
    example: {
      id: 'application_closing:6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      kind: 'application_closing',
      label: 'closing date for applications',
      procedureId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      subject: { type: 'procedure', id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f' },
      dueAt: '2026-01-06T23:00:00.000Z',
      timeZone: 'Europe/Amsterdam',
      state: 'due',
      metBy: 'The intake closes (phase open -> closed); the deadline sweep does this at the closing instant.',
      metAt: null,
      missedAt: null,
    },
  });

export const deadlineList = pageSchema(deadline);

export type DeadlineListQuery = z.infer<typeof deadlineListQuery>;
export type DeadlineView = z.infer<typeof deadline>;
