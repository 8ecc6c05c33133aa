// Runs `prisma generate` without relying on Prisma's postinstall download.
// Generate never executes the schema engine, but the CLI insists that the
// path it is given exists; Node's own binary is a file every machine has.
//
// The client is regenerated only when the schema or Prisma's version changed
// (a stamp beside the generated client records what it was made from): every
// npm script runs this first, and a process started while another one imports
// the client (tests spawn `npm start`) must not rewrite it underneath.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const OUTPUT = 'src/generated/prisma';
const STAMP = `${OUTPUT}/.generated-from`;

const stamp = createHash('sha256')
  .update(readFileSync('prisma/schema.prisma'))
  .update(readFileSync('prisma.config.ts'))
  .update(readFileSync('node_modules/prisma/package.json'))
  .update(readFileSync('node_modules/@prisma/client/package.json'))
  .digest('hex');

const fresh = existsSync(`${OUTPUT}/client.ts`) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp;
if (!fresh || process.argv.includes('--force')) {
  const env = { ...process.env };
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
    env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
  }
  env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
  const result = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout);
    process.exit(result.status ?? 1);
  }
  writeFileSync(STAMP, stamp);
}
