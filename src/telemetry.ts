/**
 * Preload, as `npm start` runs it: `node --import tsx --import
 * ./src/telemetry.ts src/server.ts`. It starts tracing before the application
 * loads the `pg` driver: the driver is CommonJS, and the pg instrumentation
 * patches its files as they are required (no ESM loader hook needed, with or
 * without tsx). Without an OTLP endpoint configured it loads nothing more.
 */
import { tracingEnabled } from './lib/tracing.js';

try {
  // The same .env the service reads (src/bootstrap.ts), so OTEL_* may live there too.
  process.loadEnvFile();
} catch {
  // No .env file.
}

if (tracingEnabled(process.env)) {
  const { startTracing } = await import('./lib/tracing-sdk.js');
  startTracing({ env: process.env });
}
