import fp from 'fastify-plugin';
import type pg from 'pg';
import type { Db } from '../db/client.js';
import type { Reader } from '../db/read-pipeline.js';
import type { Clock } from '../lib/clock.js';
import type { Config } from '../config/env.js';
import type { DocumentStore } from '../documents/document-store.js';
import type { HostLookup } from '../lib/host-lookup.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    pool: pg.Pool;
    /** Where the everyday single-statement reads run: the read pipeline, or the pool. */
    reads: Reader;
    /** Reads whose sessions plan each prepared statement once (the deadline list); null: they take the pool's path. */
    genericReads: Reader | null;
    clock: Clock;
    config: Config;
    documents: DocumentStore;
    /** Resolves host names the service checks (webhook URLs at subscription). */
    hostLookup: HostLookup;
  }
}

export interface CoreParts {
  db: Db;
  pool: pg.Pool;
  reads: Reader;
  genericReads: Reader | null;
  clock: Clock;
  config: Config;
  documents: DocumentStore;
  hostLookup: HostLookup;
}

/** Makes the injected parts available to every module plugin. */
export const corePlugin = fp(
  async (app, parts: CoreParts) => {
    app.decorate('db', parts.db);
    app.decorate('pool', parts.pool);
    app.decorate('reads', parts.reads);
    app.decorate('genericReads', parts.genericReads);
    app.decorate('clock', parts.clock);
    app.decorate('config', parts.config);
    app.decorate('documents', parts.documents);
    app.decorate('hostLookup', parts.hostLookup);
  },
  { name: 'db' },
);
