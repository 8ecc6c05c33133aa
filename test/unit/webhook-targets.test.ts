import { describe, expect, it } from 'vitest';
import { lookupFailure, refusedAddress, refusedUrl } from '../../src/domain/webhook-targets.js';

const strict = { allowPrivate: false };
const dev = { allowPrivate: true };

describe('addresses a webhook is never sent to', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.10', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['100.64.0.1', 'shared (carrier-grade NAT)'],
    ['100.127.255.255', 'shared (carrier-grade NAT)'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    // IPv6 forms that carry an IPv4 address are judged by it.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:7f00:1::', 'loopback'],
  ])('%s: %s', (address, kind) => {
    expect(refusedAddress(address, strict)).toContain(kind);
  });

  it('allows public addresses, also in their IPv4-mapped form', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2002:808:808::']) {
      expect(refusedAddress(address, strict), address).toBeNull();
    }
  });

  it('allows loopback, private and shared addresses with WEBHOOK_ALLOW_PRIVATE_TARGETS, never link-local, multicast or unspecified', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.0.0.1', '192.168.1.1', 'fd00::1', '100.64.0.1']) {
      expect(refusedAddress(address, dev), address).toBeNull();
    }
    for (const address of ['169.254.169.254', 'fe80::1', '0.0.0.0', '::', '224.0.0.1', '::ffff:169.254.169.254']) {
      expect(refusedAddress(address, dev), address).not.toBeNull();
    }
    expect(refusedAddress('127.0.0.1', strict)).toContain('WEBHOOK_ALLOW_PRIVATE_TARGETS');
  });
});

describe('webhook URLs', () => {
  const policy = { httpsOnly: false, allowPrivate: false };

  it('judges the IP a URL names in any form the URL parser accepts', () => {
    for (const url of [
      'http://2130706433/',
      'http://0x7f000001/',
      'http://0177.0.0.1/',
      'http://127.1/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::1]:8080/x',
    ]) {
      expect(refusedUrl(new URL(url), policy), url).toContain('loopback');
    }
    expect(refusedUrl(new URL('https://hooks.example.org/x'), policy)).toBeNull();
  });

  it('requires https when told to (production)', () => {
    expect(refusedUrl(new URL('http://hooks.example.org/x'), { ...policy, httpsOnly: true })).toBe('must be an https:// URL in production');
    expect(refusedUrl(new URL('https://hooks.example.org/x'), { ...policy, httpsOnly: true })).toBeNull();
  });
});

describe('what a failed lookup of a webhook host name says (lookupFailure)', () => {
  const failed = (code: string) => Object.assign(new Error(`getaddrinfo ${code} hooks.example.org`), { code });

  it.each(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA'])('%s: the name does not exist or has no address', (code) => {
    expect(lookupFailure(failed(code))).toBe('missing');
  });

  it.each(['EAI_AGAIN', 'ETIMEOUT', 'ESERVFAIL', 'ECONNREFUSED', 'EAI_FAIL', 'ETIMEDOUT'])('%s: the resolver could not answer now', (code) => {
    expect(lookupFailure(failed(code))).toBe('unavailable');
  });

  it('an error without a code, or no error object at all, is not taken for a missing name', () => {
    expect(lookupFailure(new Error('something else'))).toBe('unavailable');
    expect(lookupFailure('ENOTFOUND')).toBe('unavailable');
    expect(lookupFailure(undefined)).toBe('unavailable');
  });
});
