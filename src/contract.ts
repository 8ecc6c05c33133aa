import pg from 'pg';
import { buildApp } from './app.js';
import { parseConfig } from './config/env.js';
import { PrismaClient } from './generated/prisma/client.js';
import { PrismaPg } from '@prisma/adapter-pg';
import { systemClock } from './lib/clock.js';
import { renderYaml } from './openapi-document.js';
import { ROLES, type Role } from './domain/roles.js';
import type { RouteEntry } from './app.js';

/**
 * Renders openapi.yaml from the route schemas. Building the app opens no
 * connection (the pool connects lazily), so this needs no database.
 */
export async function renderOpenApi(): Promise<string> {
  return (await renderContract()).openapi;
}

export const ROLE_TABLE_START = '<!-- role-table:start -->';
export const ROLE_TABLE_END = '<!-- role-table:end -->';

const allows = (route: RouteEntry, role: Role) => route.access === 'all' || (Array.isArray(route.access) && route.access.includes(role));

/** README's table of which role may call which keyed route, as the routes' role configuration says. */
export function renderRoleTable(table: RouteEntry[]): string {
  const keyed = table.filter((r) => !r.hidden && r.method !== 'HEAD' && r.access !== 'public');
  return [
    `| route | ${ROLES.join(' | ')} |`,
    `| --- | ${ROLES.map(() => ':-:').join(' | ')} |`,
    ...keyed.map((r) => `| \`${r.method} ${r.url}\` | ${ROLES.map((role) => (allows(r, role) ? '✓' : '—')).join(' | ')} |`),
  ].join('\n');
}

/** `text` with the role table between its markers replaced. */
export function withRoleTable(text: string, table: string): string {
  const start = text.indexOf(ROLE_TABLE_START);
  const end = text.indexOf(ROLE_TABLE_END);
  if (start < 0 || end < start) throw new Error(`no ${ROLE_TABLE_START} … ${ROLE_TABLE_END} block`);
  return `${text.slice(0, start + ROLE_TABLE_START.length)}\n${table}\n${text.slice(end)}`;
}

/** The contract and README's role table, both from the routes. */
export async function renderContract(): Promise<{ openapi: string; roleTable: string }> {
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEBHOOK_LOOP: 'false', SWEEP_INTERVAL_MS: '0' });
  const pool = new pg.Pool({ connectionString: 'postgresql://contract@127.0.0.1:1/contract' });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const app = await buildApp({ config, db: prisma, pool, clock: systemClock, logger: false });
  try {
    await app.ready();
    return {
      openapi: `# Generated from the route schemas by \`npm run openapi\`; do not edit by hand.\n${renderYaml(app.swagger())}`,
      roleTable: renderRoleTable(app.routeTable),
    };
  } finally {
    await app.close();
    await pool.end();
  }
}
