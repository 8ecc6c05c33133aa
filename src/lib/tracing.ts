import type { FastifyPluginCallback } from 'fastify';

/**
 * Tracing state shared by the preload (src/telemetry.ts) and the app. This
 * module imports no OpenTelemetry SDK, so a service without tracing loads none.
 */

type Env = Record<string, string | undefined>;

/** Traces are exported only to a configured OTLP endpoint, unless the SDK is switched off. */
export function tracingEnabled(env: Env): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return Boolean(endpoint) && env.OTEL_SDK_DISABLED?.trim().toLowerCase() !== 'true';
}

interface Tracing {
  /** The @fastify/otel plugin, registered by buildApp before any route. */
  plugin: FastifyPluginCallback;
  /** Ends the SDK, exporting the spans still buffered. */
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

export function setTracing(tracing: Tracing | undefined): void {
  active = tracing;
}

/** The request-span plugin when tracing was started, otherwise undefined. */
export function tracingPlugin(): FastifyPluginCallback | undefined {
  return active?.plugin;
}

export async function shutdownTracing(): Promise<void> {
  const tracing = active;
  active = undefined;
  await tracing?.shutdown();
}
