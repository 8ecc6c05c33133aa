import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys look like `pt_<prefix>_<secret>`: the prefix finds the row, the secret
 * is stored only as a SHA-256 (a key has 256 bits of entropy, so a slow hash
 * adds nothing).
 */
export function generateKey(): { token: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { token: `pt_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function parseToken(token: string): { prefix: string; secret: string } | null {
  const match = /^pt_([0-9a-f]{12})_([A-Za-z0-9_-]{20,100})$/.exec(token);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
