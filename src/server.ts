import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { clockFor, loadConfig, openDatabaseTarget } from './bootstrap.js';
import { createDatabase, databaseParts } from './db/client.js';
import { EmbeddedPostgresError } from './db/embedded.js';
import { shutdownTracing } from './lib/tracing.js';
import { createLogger } from './logger.js';

// The ORM compiles its queries in a WebAssembly module, loaded at its first query. V8 would also compile the module's
// busy functions a second time, optimised, and keep both: about 40 MiB of the idle service's memory, for code that
// runs only when a query shape is new (the ORM caches its query plans). Set before that first query; see
// docs/performance.md ("Memory").
v8.setFlagsFromString('--liftoff-only');

const config = loadConfig();
const log = await createLogger(config);
// In a checkout (npm start runs dist/src/server.js beside the sources, npm run dev src/server.ts) every npm script is
// at hand; a production install (the image) has dist/ alone.
const checkout = !import.meta.url.endsWith('.js') || existsSync(fileURLToPath(new URL('../../src/server.ts', import.meta.url)));
const keysCreate = checkout ? 'npm run keys:create -- --role admin' : 'node dist/scripts/keys-create.js --role admin';

try {
  const target = await openDatabaseTarget(config, log);
  const database = createDatabase(
    {
      url: target.url,
      poolSize: config.DB_POOL_SIZE,
      readConnections: config.DB_READ_CONNECTIONS,
      connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    },
    log,
  );
  const app = await buildApp({
    config,
    ...databaseParts(database),
    clock: clockFor(config, log),
    logger: log,
  });

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) log.error({ err }, 'shutting down after an error');
    else log.info({ signal }, 'shutting down; letting requests in flight finish');
    await app.close();
    await database.close();
    await target.embedded?.stop();
    // Exports the spans still buffered (a no-op without tracing).
    await shutdownTracing().catch((error: unknown) => log.warn({ err: error }, 'could not export the last traces'));
  });

  const address = await app.listen({ host: config.HOST, port: config.PORT });
  const base = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  log.info(
    {
      api: base,
      docs: `${base}/docs`,
      contract: `${base}/openapi.yaml`,
      database: target.embedded ? `embedded, data in ${target.embedded.dataDir}` : 'DATABASE_URL',
      documents: config.DOCUMENT_STORE === 'filesystem' ? `files in ${path.resolve(config.DOCUMENT_DIR)}` : 'in PostgreSQL',
      adminKey: config.ADMIN_API_KEY ? 'ADMIN_API_KEY is set' : `not set: create a key with ${keysCreate}`,
    },
    `procedure tracker listening on ${base} (docs at ${base}/docs)`,
  );
} catch (error) {
  // A cause the user can act on is one line that says what to do; anything else keeps its stack.
  if (error instanceof EmbeddedPostgresError) log.fatal(error.message);
  else log.fatal({ err: error }, 'could not start');
  process.exit(1);
}
