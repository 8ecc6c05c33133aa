/**
 * What services and background loops write to: the part of the service's
 * logger (pino's, also Fastify's) they use. Each takes only the levels it
 * needs (`Pick<Log, 'warn'>`), so tests can pass a stub.
 */
export interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** A Log that drops everything: the default when no logger is given. */
export const silentLog: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };
