import { FastifyOtelInstrumentation } from '@fastify/otel';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { FastifyPluginCallback } from 'fastify';
import { setTracing } from './tracing.js';

export interface TracingOptions {
  /** Replaces the OTLP exporter chosen by the OTEL_* variables (tests pass an in-memory one). */
  spanProcessors?: SpanProcessor[];
  /** The environment (the preload passes process.env); the SDK reads the OTEL_* variables itself. */
  env: Record<string, string | undefined>;
}

const DEFAULT_SERVICE_NAME = 'procedure-tracker';
/** Probes and scrapes, every few seconds: a trace each would drown the requests worth looking at. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * Starts the OpenTelemetry SDK: a span per request (@fastify/otel, registered
 * by buildApp) with a child span per SQL statement (the `pg` driver, which
 * Prisma's adapter uses too). The exporter, sampler, propagators and resource
 * come from the standard OTEL_* variables.
 *
 * Must run before `pg` is first loaded: the pg instrumentation patches the
 * driver's CommonJS files as they are required.
 */
export function startTracing(options: TracingOptions): void {
  const { env } = options;
  const named = Boolean(env.OTEL_SERVICE_NAME) || /(^|,)\s*service\.name\s*=/.test(env.OTEL_RESOURCE_ATTRIBUTES ?? '');
  const fastify = new FastifyOtelInstrumentation({
    ignorePaths: ({ url }) => UNTRACED_PATHS.has(url.split('?')[0]!.replace(/\/$/, '')),
  });
  const sdk = new NodeSDK({
    serviceName: named ? undefined : DEFAULT_SERVICE_NAME,
    ...(options.spanProcessors ? { spanProcessors: options.spanProcessors } : {}),
    // Traces only: no OTLP metrics or logs unless wired here on purpose.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      // A span only inside a request's trace: the schedulers' and the pool's own
      // queries would otherwise each start a trace of their own.
      new PgInstrumentation({ requireParentSpan: true }),
      fastify,
    ],
  });
  sdk.start();
  setTracing({
    plugin: fastify.plugin() as unknown as FastifyPluginCallback,
    shutdown: () => sdk.shutdown(),
  });
}
