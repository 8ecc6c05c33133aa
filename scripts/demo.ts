// Loads the reference procedure of docs/procedure.md (IPO / BIJ12)
// into the service's database through the real API, idempotently: run it as
// often as you like. Uses DATABASE_URL, or the embedded database of `npm start`.
import { randomBytes } from 'node:crypto';
import { buildApp } from '../src/app.js';
import { FixedClock } from '../src/lib/clock.js';
import { withScriptDatabase } from './lib/database.js';
import { injectCaller, loadReferenceProcedure } from './demo-load.js';
import { loadIntakeField } from './demo-intake.js';

await withScriptDatabase(async (db, config) => {
  // The demo acts with a one-off admin key and a clock of its own, set to the
  // procedure's real dates, so the API accepts what it would have accepted then.
  const key = randomBytes(24).toString('hex');
  const clock = new FixedClock(new Date('2025-12-01T09:00:00+01:00'));
  const app = await buildApp({
    config: { ...config, ADMIN_API_KEY: key, WEBHOOK_LOOP: false, SWEEP_INTERVAL_MS: 0, RATE_LIMIT_MAX: 1_000_000, ADDRESS_RATE_LIMIT_MAX: 1_000_000 },
    db: db.prisma,
    pool: db.pool,
    clock,
    logger: false,
  });
  await app.ready();
  try {
    const { procedureId } = await loadReferenceProcedure(injectCaller(app, key), clock, (line) => console.log(line));
    // The field of applicants arrives during the open period; the late one
    // just after the closing instant (end of 6 January 2026, Amsterdam time).
    clock.set('2025-12-22T10:00:00+01:00');
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    await loadIntakeField(url, key, procedureId, {
      say: (line) => console.log(line),
      closeWindow: () => clock.set('2026-01-07T00:00:05+01:00'),
    });
    console.log(`\nThe reference procedure is loaded: GET /v1/procedures/${procedureId}`);
  } finally {
    await app.close();
  }
});
