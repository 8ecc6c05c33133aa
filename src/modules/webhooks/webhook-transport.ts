import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { refusedAddress, refusedUrl, type TargetPolicy } from '../../domain/webhook-targets.js';

/** A target the policy refuses: the delivery fails at once, without retries. */
export class RefusedTarget extends Error {
  readonly code = 'WEBHOOK_TARGET_REFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'RefusedTarget';
  }
}

/**
 * A `lookup` for the connection that resolves the name and refuses it when
 * any of its addresses is one the policy forbids. The socket connects to the
 * address checked here, not to a second answer of the resolver, so a name
 * that resolves to a public address when checked and to an internal one a
 * moment later (DNS rebinding) cannot get through.
 */
export function guardedLookup(policy: TargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family, hints: options.hints }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      for (const a of addresses) {
        const why = refusedAddress(a.address, policy);
        if (why) return callback(new RefusedTarget(`refused: ${hostname} resolves to ${a.address}, ${why}`), '', 0);
      }
      if (addresses.length === 0) return callback(new Error(`${hostname} has no address`), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

export interface PostOptions {
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  policy: TargetPolicy;
}

/**
 * POSTs `body` to `url` and answers the status code. Redirects are not
 * followed; the answer's body is discarded. Throws RefusedTarget when the
 * URL or the address its name resolves to is not allowed.
 */
export function postWebhook(url: URL, o: PostOptions): Promise<number> {
  const why = refusedUrl(url, o.policy);
  if (why) return Promise.reject(new RefusedTarget(`refused: the URL ${why}`));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...o.headers, 'content-length': String(Buffer.byteLength(o.body)) },
        lookup: guardedLookup(o.policy),
        agent: false,
        signal: AbortSignal.timeout(o.timeoutMs),
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}
