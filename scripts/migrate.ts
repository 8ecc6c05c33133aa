// Applies pending migrations to DATABASE_URL (or the embedded database).
import { withScriptDatabase } from './lib/database.js';

await withScriptDatabase(async () => {
  console.log('migrations are up to date');
});
