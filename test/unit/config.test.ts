import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/env.js';
import { FixedClock, shiftedClock } from '../../src/lib/clock.js';

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('parseConfig accepted the environment');
}

describe('parseConfig', () => {
  it('gives defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DB_POOL_SIZE: 10,
      DB_CONNECT_TIMEOUT_MS: 3000,
      CORS_ORIGINS: [],
      BODY_LIMIT_BYTES: 1_048_576,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.ADMIN_API_KEY).toBeUndefined();
    expect(config.CLOCK_START).toBeUndefined();
  });

  it('treats an empty variable as not set', () => {
    const config = parseConfig({ PORT: '', DATABASE_URL: '' });
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads valid values and splits CORS_ORIGINS', () => {
    const config = parseConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://u:p@db:5432/app',
      ADMIN_API_KEY: 'x'.repeat(24),
      CORS_ORIGINS: 'https://a.example, https://b.example',
      CLOCK_START: '2026-01-05T09:00:00+01:00',
    });
    expect(config.PORT).toBe(8080);
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.CLOCK_START).toBe('2026-01-05T09:00:00+01:00');
  });

  it('reports every bad variable, one message each', () => {
    const problems = problemsOf({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      ADMIN_API_KEY: 'short',
      NODE_ENV: 'staging',
    });
    expect(problems).toHaveLength(4);
    for (const name of ['PORT', 'DATABASE_URL', 'ADMIN_API_KEY', 'NODE_ENV']) {
      expect(problems.filter((p) => p.startsWith(`${name}: `))).toHaveLength(1);
    }
    expect(problems.find((p) => p.startsWith('DATABASE_URL'))).toMatch(/postgresql:\/\//);
    expect(problems.find((p) => p.startsWith('ADMIN_API_KEY'))).toMatch(/24/);
  });

  it('puts one line per problem into the error message', () => {
    try {
      parseConfig({ PORT: '70000', DB_POOL_SIZE: '0' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const lines = (error as Error).message.split('\n');
      expect(lines[0]).toBe('Invalid configuration:');
      expect(lines.slice(1)).toEqual([expect.stringMatching(/^ {2}- PORT: /), expect.stringMatching(/^ {2}- DB_POOL_SIZE: /)]);
    }
  });

  it('refuses a CLOCK_START that is not an ISO instant', () => {
    expect(problemsOf({ CLOCK_START: '5 January 2026' })).toEqual([expect.stringMatching(/^CLOCK_START: /)]);
  });

  it('refuses CLOCK_START with NODE_ENV=production, and accepts it otherwise', () => {
    const problems = problemsOf({ NODE_ENV: 'production', CLOCK_START: '2026-01-05T09:00:00+01:00' });
    expect(problems).toEqual([expect.stringMatching(/^CLOCK_START: .*production/)]);
    expect(parseConfig({ NODE_ENV: 'development', CLOCK_START: '2026-01-05T09:00:00+01:00' }).CLOCK_START).toBeDefined();
    expect(parseConfig({ NODE_ENV: 'production' }).NODE_ENV).toBe('production');
  });
});

describe('shiftedClock', () => {
  it('starts at CLOCK_START and runs on in real time', () => {
    const real = new FixedClock(new Date('2030-06-01T12:00:00Z'));
    const clock = shiftedClock(new Date('2026-01-05T08:00:00Z'), real);
    expect(clock.now().toISOString()).toBe('2026-01-05T08:00:00.000Z');
    real.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-01-05T08:01:30.000Z');
    real.advance(24 * 3600_000);
    expect(clock.now().toISOString()).toBe('2026-01-06T08:01:30.000Z');
  });

  it('runs on with the system clock by default', async () => {
    const start = new Date('2026-01-05T08:00:00Z');
    const clock = shiftedClock(start);
    const first = clock.now().getTime();
    expect(first - start.getTime()).toBeGreaterThanOrEqual(0);
    expect(first - start.getTime()).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 15));
    expect(clock.now().getTime()).toBeGreaterThan(first);
  });
});
