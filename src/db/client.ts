import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { serviceTypes } from './pg-types.js';
import { DEFAULT_DB_READ_CONNECTIONS } from '../config/env.js';
import { ReadPipeline, type Reader } from './read-pipeline.js';
import type { Logger } from 'pino';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient;
/** The client or an open transaction: repositories accept either. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  /** Connections of the read pipeline (src/db/read-pipeline.ts); 0 runs the reads, and the deadline list, on the pool. Default 1. */
  readConnections?: number;
}

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  /** Where single-statement reads run: the read pipeline, or the pool when it has no connections. */
  reads: Reader;
  /**
   * Where single-statement reads run whose planning costs more than running them (the deadline list): a read
   * pipeline of one connection whose session plans each prepared statement once (plan_cache_mode=force_generic_plan);
   * null when the reads run on the pool.
   */
  genericReads: Reader | null;
  close(): Promise<void>;
}

export function createDatabase(options: DatabaseOptions, log?: Logger): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs,
    // PostgreSQL cancels a statement itself at statement_timeout; no answer a
    // second later means the server stopped answering without closing the
    // connection (frozen, host gone), and the query would otherwise wait forever.
    query_timeout: options.statementTimeoutMs + 1000,
    // Timestamps and plain text arrays read without pg's own parsers (src/db/pg-types.ts); the ORM's queries bring their own.
    types: serviceTypes,
  });
  // An idle client that loses its server emits here; without a listener the
  // process would crash when PostgreSQL restarts.
  pool.on('error', (error) => log?.warn({ err: { message: error.message } }, 'idle database connection lost'));
  // The pool listens for errors only while a client is idle in it. A client
  // checked out between two statements (inside a transaction) whose server
  // ends the connection (a restart: 57P01) emits 'error' with no listener,
  // which would crash the process; the next statement on it fails instead,
  // and the request answers 503.
  pool.on('connect', (client) => {
    client.on('error', (error) => log?.warn({ err: { message: error.message } }, 'database connection lost'));
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const readConnections = options.readConnections ?? DEFAULT_DB_READ_CONNECTIONS;
  const readPipeline = (connections: number, settings?: Record<string, string>) =>
    new ReadPipeline({
      url: options.url,
      connections,
      connectTimeoutMs: options.connectTimeoutMs,
      statementTimeoutMs: options.statementTimeoutMs,
      types: serviceTypes,
      settings,
      onConnectionLost: (error) => log?.warn({ err: { message: error.message } }, 'read connection lost'),
    });
  const pipeline = readConnections > 0 ? readPipeline(readConnections) : null;
  // One connection: the scheduler's list queues there instead of taking more of the database's cores from the
  // everyday reads (docs/performance.md, "Branches in the page's own order, on one connection").
  const generic = readConnections > 0 ? readPipeline(1, { plan_cache_mode: 'force_generic_plan' }) : null;
  return {
    prisma,
    pool,
    reads: pipeline ?? pool,
    genericReads: generic,
    async close() {
      await Promise.all([pipeline?.close(), generic?.close()]);
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

/** The parts of buildApp's options that come from a Database. */
export function databaseParts(database: Database) {
  return { db: database.prisma, pool: database.pool, reads: database.reads, genericReads: database.genericReads };
}
