// npm run sweep: the deadline sweep from the command line, for a plain cron
// (e.g. `*/5 * * * * cd /srv/procedure-tracker && npm run sweep --silent`).
// Prints the JSON report of what it did; exits 1 when the sweep failed.
import { clockFor } from '../src/bootstrap.js';
import { filesystemDocumentStore, postgresDocumentStore } from '../src/documents/document-store.js';
import { targetPolicy } from '../src/domain/webhook-targets.js';
import { SWEEP_CLI_ACTOR, createSweepService } from '../src/modules/jobs/index.js';
import { withScriptDatabase } from './lib/database.js';

try {
  const report = await withScriptDatabase(async (db, config, { log }) => {
    // Logs go to stderr with the service's redaction; stdout carries the report alone.
    const documents = config.DOCUMENT_STORE === 'filesystem' ? filesystemDocumentStore(config.DOCUMENT_DIR) : postgresDocumentStore(db.pool);
    const sweep = createSweepService({ db: db.prisma, clock: clockFor(config, log), documents, log, policy: targetPolicy(config) });
    return sweep.run(SWEEP_CLI_ACTOR);
  });
  console.log(JSON.stringify(report, null, 2));
} catch (error) {
  console.error(`sweep failed: ${(error as Error).message}`);
  process.exit(1);
}
