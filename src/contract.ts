import pg from 'pg';
import { buildApp } from './app.js';
import { parseConfig } from './config/env.js';
import { PrismaClient } from './generated/prisma/client.js';
import { PrismaPg } from '@prisma/adapter-pg';
import { systemClock } from './lib/clock.js';
import { renderYaml } from './openapi-document.js';

/**
 * Renders openapi.yaml from the route schemas. Building the app opens no
 * connection (the pool connects lazily), so this needs no database.
 */
export async function renderOpenApi(): Promise<string> {
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEBHOOK_LOOP: 'false', SWEEP_INTERVAL_MS: '0' });
  const pool = new pg.Pool({ connectionString: 'postgresql://contract@127.0.0.1:1/contract' });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const app = await buildApp({ config, db: prisma, pool, clock: systemClock, logger: false });
  try {
    await app.ready();
    return `# Generated from the route schemas by \`npm run openapi\`; do not edit by hand.\n${renderYaml(app.swagger())}`;
  } finally {
    await app.close();
    await pool.end();
  }
}
