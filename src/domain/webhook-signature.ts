import { createHmac, randomBytes } from 'node:crypto';

/**
 * Webhook secrets and signatures as the Standard Webhooks specification
 * (standardwebhooks.com) defines them, so that receivers can verify with its
 * libraries.
 */
export const SECRET_PREFIX = 'whsec_';
export const SECRET_MIN_BYTES = 24;
export const SECRET_MAX_BYTES = 64;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A new secret: `whsec_` and the base64 of 32 random bytes. */
export function generateSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/** Why `secret` is not a usable Standard Webhooks secret; null when it is. */
export function secretProblem(secret: string): string | null {
  if (!secret.startsWith(SECRET_PREFIX) || !BASE64.test(secret.slice(SECRET_PREFIX.length))) {
    return `must be ${SECRET_PREFIX} followed by base64 (Standard Webhooks)`;
  }
  const bytes = secretKey(secret).length;
  if (bytes < SECRET_MIN_BYTES || bytes > SECRET_MAX_BYTES) {
    return `must encode ${SECRET_MIN_BYTES} to ${SECRET_MAX_BYTES} bytes; this one encodes ${bytes}`;
  }
  return null;
}

/** The HMAC key of a `whsec_<base64>` secret. */
export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/**
 * One signature: `v1,` and the base64 HMAC-SHA256, keyed with the decoded
 * secret, of `${id}.${timestamp}.${body}`. Signing the id and the timestamp
 * with the body lets a receiver refuse replays.
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/**
 * The `webhook-signature` header: one signature per secret in force,
 * separated by spaces. During a rotation's overlap the previous secret signs
 * too, so a receiver that still holds it keeps verifying.
 */
export function signatureHeader(secrets: string[], id: string, timestamp: number, body: string): string {
  return secrets.map((s) => signWebhook(s, id, timestamp, body)).join(' ');
}
