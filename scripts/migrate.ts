// Applies pending migrations to DATABASE_URL (or the embedded database) and
// prints what it did as JSON on stdout: {"applied": [...], "alreadyApplied": n}.
// Logs go to stderr.
import { withScriptDatabase } from './lib/database.js';

try {
  const result = await withScriptDatabase(async (_db, _config, { migrations }) => migrations);
  console.log(JSON.stringify(result, null, 2));
} catch (error) {
  console.error(`migrate failed: ${(error as Error).message}`);
  process.exit(1);
}
