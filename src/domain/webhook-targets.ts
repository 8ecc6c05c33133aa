import { isIP } from 'node:net';

/**
 * Where webhooks may be sent. A webhook URL is chosen by the caller, and the
 * server makes the request: without these rules it could be pointed at the
 * server's own network (a database port, a cloud metadata service) and used
 * to reach what the caller cannot (server-side request forgery).
 */
export interface TargetPolicy {
  /** Only https:// URLs (NODE_ENV=production). */
  httpsOnly: boolean;
  /**
   * Loopback, private (RFC 1918, fc00::/7) and shared (100.64/10) addresses
   * are allowed, for development against a receiver on the same machine or
   * network. Link-local (cloud metadata), unspecified, multicast and reserved
   * addresses stay refused.
   */
  allowPrivate: boolean;
}

export function targetPolicy(config: { NODE_ENV: string; WEBHOOK_ALLOW_PRIVATE_TARGETS: boolean }): TargetPolicy {
  return { httpsOnly: config.NODE_ENV === 'production', allowPrivate: config.WEBHOOK_ALLOW_PRIVATE_TARGETS };
}

/** The kinds of address a webhook is never sent to; `private: true` ones are allowed by `allowPrivate`. */
interface Range {
  base: bigint;
  bits: number;
  kind: string;
  private?: boolean;
}

function v4(text: string): bigint {
  return text.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

/** An IPv6 address (any textual form, also with a dotted IPv4 tail) as a 128-bit number. */
function v6(text: string): bigint {
  let s = text.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const n = v4(dotted[1]!);
    s = `${s.slice(0, -dotted[1]!.length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

const V4: Range[] = [
  { base: v4('0.0.0.0'), bits: 8, kind: 'an unspecified ("this network") address' },
  { base: v4('10.0.0.0'), bits: 8, kind: 'a private address', private: true },
  { base: v4('100.64.0.0'), bits: 10, kind: 'a shared (carrier-grade NAT) address', private: true },
  { base: v4('127.0.0.0'), bits: 8, kind: 'a loopback address', private: true },
  { base: v4('169.254.0.0'), bits: 16, kind: 'a link-local address' },
  { base: v4('172.16.0.0'), bits: 12, kind: 'a private address', private: true },
  { base: v4('192.0.0.0'), bits: 24, kind: 'a reserved address' },
  { base: v4('192.0.2.0'), bits: 24, kind: 'a reserved (documentation) address' },
  { base: v4('192.168.0.0'), bits: 16, kind: 'a private address', private: true },
  { base: v4('198.18.0.0'), bits: 15, kind: 'a reserved (benchmarking) address' },
  { base: v4('198.51.100.0'), bits: 24, kind: 'a reserved (documentation) address' },
  { base: v4('203.0.113.0'), bits: 24, kind: 'a reserved (documentation) address' },
  { base: v4('224.0.0.0'), bits: 4, kind: 'a multicast address' },
  { base: v4('240.0.0.0'), bits: 4, kind: 'a reserved (or broadcast) address' },
];

const V6: Range[] = [
  { base: v6('::'), bits: 128, kind: 'an unspecified address' },
  { base: v6('::1'), bits: 128, kind: 'a loopback address', private: true },
  { base: v6('fc00::'), bits: 7, kind: 'a private (unique local) address', private: true },
  { base: v6('fe80::'), bits: 10, kind: 'a link-local address' },
  { base: v6('fec0::'), bits: 10, kind: 'a site-local address', private: true },
  { base: v6('ff00::'), bits: 8, kind: 'a multicast address' },
  { base: v6('2001:db8::'), bits: 32, kind: 'a reserved (documentation) address' },
  { base: v6('100::'), bits: 64, kind: 'a reserved (discard) address' },
];

function inRange(n: bigint, r: Range, width: number): boolean {
  const shift = BigInt(width - r.bits);
  return n >> shift === r.base >> shift;
}

/**
 * IPv6 forms that carry an IPv4 address: IPv4-mapped (::ffff:a.b.c.d),
 * IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
 * They reach the IPv4 address, so they are judged by it.
 */
function embeddedV4(n: bigint): bigint | null {
  if (n >> 32n === 0xffffn || n >> 32n === 0n) return n & 0xffffffffn;
  if (n >> 32n === v6('64:ff9b::') >> 32n) return n & 0xffffffffn;
  if (n >> 112n === 0x2002n) return (n >> 80n) & 0xffffffffn;
  return null;
}

/**
 * Why a webhook must not be sent to this IP address, e.g. "a loopback
 * address"; null when it may. `address` is an IP literal (v4 or v6, without
 * brackets).
 */
export function refusedAddress(address: string, policy: Pick<TargetPolicy, 'allowPrivate'>): string | null {
  const family = isIP(address.replace(/%.*$/, ''));
  if (family === 0) return 'not an IP address';
  let range: Range | undefined;
  if (family === 4) {
    const n = v4(address);
    range = V4.find((r) => inRange(n, r, 32));
  } else {
    const n = v6(address);
    const inner = n === 0n || n === 1n ? null : embeddedV4(n);
    range = inner === null ? V6.find((r) => inRange(n, r, 128)) : V4.find((r) => inRange(inner, r, 32));
  }
  if (!range || (range.private && policy.allowPrivate)) return null;
  return range.private ? `${range.kind} (allowed only with WEBHOOK_ALLOW_PRIVATE_TARGETS=true)` : range.kind;
}

/** The host of a URL as an IP literal (brackets removed), or null when it is a name. */
export function ipLiteralOf(url: URL): string | null {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return isIP(host) ? host : null;
}

/**
 * The rule a URL breaks before any name is resolved: its scheme, or its host
 * when that is an IP address. The WHATWG URL parser has already turned
 * decimal, octal and hexadecimal IPv4 forms (http://2130706433/,
 * http://0x7f.1/) into dotted ones, and IPv6 into its canonical form.
 */
export function refusedUrl(url: URL, policy: TargetPolicy): string | null {
  if (policy.httpsOnly && url.protocol !== 'https:') return 'must be an https:// URL in production';
  const literal = ipLiteralOf(url);
  if (literal) {
    const why = refusedAddress(literal, policy);
    if (why) return `must not point to ${literal}: ${why}`;
  }
  return null;
}

/**
 * Resolver error codes that say the name does not exist or has no address
 * (`getaddrinfo` and the `dns` module name them so): the URL is the caller's
 * mistake. Any other failure of a lookup (EAI_AGAIN, ETIMEOUT, ESERVFAIL,
 * ECONNREFUSED from the resolver, ...) says nothing about the name.
 */
const NAME_MISSING_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);

/**
 * What a failed lookup of a webhook's host name says: `missing` when the name
 * does not exist or has no address, `unavailable` when the resolver could not
 * answer now (temporary, or a code not known to mean a missing name), so that
 * trying again later may succeed.
 */
export function lookupFailure(error: unknown): 'missing' | 'unavailable' {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && NAME_MISSING_CODES.has(code) ? 'missing' : 'unavailable';
}
