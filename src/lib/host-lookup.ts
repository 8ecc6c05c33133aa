import { lookup } from 'node:dns/promises';

/** Every address a host name resolves to; rejects with the resolver's error (its `code`, e.g. ENOTFOUND or EAI_AGAIN). */
export type HostLookup = (hostname: string) => Promise<Array<{ address: string }>>;

/** The system resolver (getaddrinfo, as connections use it). */
export const systemLookup: HostLookup = (hostname) => lookup(hostname, { all: true });
