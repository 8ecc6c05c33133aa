// Prints a new API key, as POST /v1/api-keys creates one:
//   npm run keys:create -- --role consultant [--name "Anna"] [--procedure <id>] [--expires <iso>]
//   npm run keys:create -- --user <user id> [--name "Anna's laptop"]      (a key of a person, in their role)
//   npm run keys:create -- --role admin --act-on-behalf [--name "Portal"] (an integration key that may send On-Behalf-Of)
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { insertApiKey } from '../src/modules/api-keys/index.js';
import { withScriptDatabase } from './lib/database.js';

const USAGE =
  'usage: npm run keys:create -- (--role ROLE | --user ID) [--name NAME] [--procedure ID] [--expires ISO] [--act-on-behalf]\n' +
  '  --user ID        a key of this person of the agency: it acts in their role (leave --role out or give theirs)\n' +
  '  --act-on-behalf  an admin or consultant key of no person that may send On-Behalf-Of';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    procedure: { type: 'string' },
    expires: { type: 'string' },
    user: { type: 'string' },
    'act-on-behalf': { type: 'boolean' },
  },
});

const args = z
  .object({
    role: z.enum(['admin', 'consultant', 'committee', 'scheduler'], { message: '--role must be admin, consultant, committee or scheduler' }).optional(),
    name: z.string().min(1).optional(),
    procedure: z.uuid({ message: '--procedure must be a procedure id (UUID)' }).optional(),
    expires: z.iso.datetime({ offset: true, message: '--expires must be an ISO instant' }).optional(),
    user: z.uuid({ message: '--user must be the id (UUID) of a person of the agency' }).optional(),
    'act-on-behalf': z.boolean().optional(),
  })
  .refine((a) => a.role !== undefined || a.user !== undefined, { message: '--role is required unless --user is given' })
  .safeParse(values);

if (!args.success) {
  for (const issue of args.error.issues) console.error(issue.message);
  console.error(USAGE);
  process.exit(2);
}

try {
  const { role, user, name } = args.data;
  const key = await withScriptDatabase((db) =>
    db.prisma.$transaction((tx) =>
      insertApiKey(tx, null, new Date(), {
        name: name ?? (user ? `key of person ${user}` : `${role} key`),
        ...(role ? { role } : {}),
        userId: user ?? null,
        actOnBehalf: args.data['act-on-behalf'] ?? false,
        procedureId: args.data.procedure ?? null,
        expiresAt: args.data.expires ?? null,
      }),
    ),
  );
  const kind = key.userId ? ` of person ${key.userId}` : key.actOnBehalf ? ' that may act on behalf of people (On-Behalf-Of)' : '';
  console.error(`Created ${key.role} key ${key.id} (${key.prefix})${kind}. It is shown once; store it now:`);
  console.log(key.token);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
