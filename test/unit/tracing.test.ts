import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tracingEnabled } from '../../src/lib/tracing.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('tracing is off unless an OTLP endpoint is configured', () => {
  it.each([
    [{}, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: '' }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }, true],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'TRUE' }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'false' }, true],
  ])('%j → %s', (env, enabled) => {
    expect(tracingEnabled(env)).toBe(enabled);
  });

  // What the preload of `npm start` does in a process: the SDK is loaded (and
  // spans record) only with an endpoint.
  const probe = [
    "import { createRequire } from 'node:module';",
    "import { trace } from '@opentelemetry/api';",
    'const cache = Object.keys(createRequire(import.meta.url).cache);',
    "const span = trace.getTracer('probe').startSpan('probe');",
    "console.log(JSON.stringify({ recording: span.isRecording(), sdk: cache.some((f) => f.includes('@opentelemetry/sdk-node')) }));",
  ].join('\n');
  const run = async (env: Record<string, string>) => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--import', './src/telemetry.ts', '--input-type=module', '-e', probe], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as { recording: boolean; sdk: boolean };
  };

  it('without an endpoint the preload loads no SDK', { timeout: 60_000 }, async () => {
    expect(await run({})).toEqual({ recording: false, sdk: false });
  });

  it('with an endpoint the preload starts the SDK', { timeout: 60_000 }, async () => {
    // Nothing listens there; the probe exits before any export is attempted.
    expect(await run({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' })).toEqual({ recording: true, sdk: true });
  });
});
