import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from '../../src/app.js';
import type { Role } from '../../src/lib/actor.js';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { renderRoleTable, ROLE_TABLE_END, ROLE_TABLE_START } from '../../src/contract.js';
import { createProcedure } from '../factories/procedures.js';

const ROLES: Role[] = ['admin', 'consultant', 'committee', 'scheduler'];
const START = ROLE_TABLE_START;
const END = ROLE_TABLE_END;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

/** The routes a key is needed for, in the order the app registers them. */
function keyedRoutes(table: RouteEntry[]): RouteEntry[] {
  return table.filter((r) => !r.hidden && r.method !== 'HEAD' && r.access !== 'public');
}

const allows = (route: RouteEntry, role: Role) => route.access === 'all' || (Array.isArray(route.access) && route.access.includes(role));
const derivedTable = renderRoleTable;

async function readmeTable(): Promise<string> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  expect(start, `README.md has no ${START} … ${END} block`).toBeGreaterThanOrEqual(0);
  return readme.slice(start + START.length, end).trim();
}

describe("README's role table", () => {
  it('says exactly which role may call which route, as the routes declare it', async () => {
    const expected = derivedTable(ctx.app.routeTable);
    const actual = await readmeTable();
    expect(actual, "README.md's role table is stale: run `npm run openapi`").toBe(expected);
  });

  it('is what the server does: a role outside a route’s column gets 403, inside it passes authorization', async () => {
    const { procedure } = await createProcedure(ctx);
    const keys = {} as Record<Role, string>;
    for (const role of ROLES) {
      const res = await request(ctx.app.server)
        .post('/v1/api-keys')
        .set('authorization', ctx.admin)
        .send({ name: role, role, ...(role === 'committee' ? { procedureId: procedure.id } : {}) });
      expect(res.status).toBe(201);
      keys[role] = `Bearer ${res.body.token}`;
    }
    const routes = keyedRoutes(ctx.app.routeTable);
    for (const role of ROLES) {
      for (const route of routes) {
        const url = route.url.replace(/:[A-Za-z]+/g, (p) =>
          p === ':kind' ? 'cv' : p === ':stage' ? 'applied' : p === ':procedureId' ? procedure.id : '00000000-0000-4000-8000-000000000000',
        );
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const res = await request(ctx.app.server)[method](url).set('authorization', keys[role]);
        if (allows(route, role)) expect(res.status, `${role} ${route.method} ${route.url}`).not.toBe(403);
        else expect(res.status, `${role} ${route.method} ${route.url}`).toBe(403);
      }
    }
  });
});
