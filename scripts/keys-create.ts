// Prints a new API key: npm run keys:create -- --role consultant [--name "Anna"] [--procedure <id>] [--expires <iso>]
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { insertApiKey } from '../src/modules/api-keys/index.js';
import { withScriptDatabase } from './lib/database.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    procedure: { type: 'string' },
    expires: { type: 'string' },
  },
});

const args = z
  .object({
    role: z.enum(['admin', 'consultant', 'committee', 'scheduler'], { message: '--role must be admin, consultant, committee or scheduler' }),
    name: z.string().min(1).optional(),
    procedure: z.uuid({ message: '--procedure must be a procedure id (UUID)' }).optional(),
    expires: z.iso.datetime({ offset: true, message: '--expires must be an ISO instant' }).optional(),
  })
  .safeParse(values);

if (!args.success) {
  for (const issue of args.error.issues) console.error(issue.message);
  console.error('usage: npm run keys:create -- --role consultant [--name NAME] [--procedure ID] [--expires ISO]');
  process.exit(2);
}

try {
  const key = await withScriptDatabase((db) =>
    db.prisma.$transaction((tx) =>
      insertApiKey(tx, null, new Date(), {
        name: args.data.name ?? `${args.data.role} key`,
        role: args.data.role,
        procedureId: args.data.procedure ?? null,
        expiresAt: args.data.expires ?? null,
      }),
    ),
  );
  console.error(`Created ${key.role} key ${key.id} (${key.prefix}). It is shown once; store it now:`);
  console.log(key.token);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
