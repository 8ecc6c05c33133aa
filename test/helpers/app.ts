import { buildApp, type App } from '../../src/app.js';
import { parseConfig, type Config } from '../../src/config/env.js';
import { FixedClock } from '../../src/lib/clock.js';
import { databaseParts, type Database } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { contractChecker } from './contract-checker.js';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef';

export interface TestContext {
  app: App;
  db: Database;
  database: TestDatabase;
  clock: FixedClock;
  config: Config;
  /** `Authorization` header value of the admin key. */
  admin: string;
  /** Another app on the same database, as a second running instance. */
  secondInstance(): Promise<App>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  now?: string;
  env?: Record<string, string>;
  /** A logger for the apps (a pino instance); none by default. */
  logger?: Parameters<typeof buildApp>[0]['logger'];
  /** Resolves host names (webhook URLs); the system resolver by default. */
  hostLookup?: Parameters<typeof buildApp>[0]['hostLookup'];
  /** Runs once each app is built, before it is ready (a slow start, for example). */
  beforeReady?: () => void;
}

/**
 * The real app on a real PostgreSQL database of its own, with a clock that
 * stands still until the test moves it.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  const clock = new FixedClock(new Date(options.now ?? '2026-01-05T10:00:00+01:00'));
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ADMIN_API_KEY: ADMIN_KEY,
    RATE_LIMIT_MAX: '100000',
    ADDRESS_RATE_LIMIT_MAX: '1000000',
    WEBHOOK_LOOP: 'false',
    SWEEP_INTERVAL_MS: '0',
    // Tests on a busy machine see event-loop delays; the shedding test turns checks on itself.
    SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
    ...options.env,
  });
  const apps: App[] = [];
  const checker = contractChecker();
  const make = async () => {
    const db = database.open();
    const app = await buildApp({
      config,
      ...databaseParts(db),
      clock,
      logger: options.logger ?? false,
      hostLookup: options.hostLookup,
    });
    checker.watch(app);
    options.beforeReady?.();
    await app.ready();
    apps.push(app);
    return { app, db };
  };
  const first = await make();
  return {
    app: first.app,
    db: first.db,
    database,
    clock,
    config,
    admin: `Bearer ${ADMIN_KEY}`,
    secondInstance: async () => (await make()).app,
    async close() {
      await Promise.all(apps.map((a) => a.close()));
      await database.drop();
      checker.assertKept();
    },
  };
}
