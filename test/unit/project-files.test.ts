import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envSchema } from '../../src/config/env.js';

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
    const compose = parse(await read('docker-compose.yml')) as {
      services: Record<string, { environment?: Record<string, unknown>; depends_on?: Record<string, unknown>; image?: string }>;
    };
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
