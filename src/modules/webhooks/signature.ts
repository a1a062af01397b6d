import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Delivery signatures. The platform signs `<timestamp>.<raw body>` with HMAC-SHA256 under the webhook's
 * secret (the whole `whsec_…` string, as UTF-8) and sends `X-Tumen-Signature: sha256=<hex>` with
 * `X-Tumen-Timestamp: <unix seconds>`. A receiver recomputes it over the bytes it received.
 */
export const SECRET_PREFIX = 'whsec_';
export const SIGNATURE_SCHEME = 'sha256';

export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64url');
}

function hmac(secret: string, timestamp: string, rawBody: string | Uint8Array): Buffer {
  const mac = createHmac('sha256', secret);
  mac.update(`${timestamp}.`);
  mac.update(rawBody);
  return mac.digest();
}

/** The value of the X-Tumen-Signature header for a body sent at `timestamp` (unix seconds). */
export function signWebhookBody(secret: string, timestamp: number | string, rawBody: string | Uint8Array): string {
  return `${SIGNATURE_SCHEME}=${hmac(secret, String(timestamp), rawBody).toString('hex')}`;
}

export interface VerifyOptions {
  /** Refuse a timestamp further than this from `now` (replayed captures); unset: not checked. */
  toleranceSeconds?: number;
  /** Unix seconds; defaults to the system time. */
  now?: number;
}

/**
 * For receivers: true when `header` carries a valid signature of `rawBody` sent at `timestamp`. The
 * header may list several signatures separated by commas (any valid one is enough); the comparison is
 * constant-time.
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: number | string | undefined,
  rawBody: string | Uint8Array,
  header: string | undefined,
  options: VerifyOptions = {},
): boolean {
  if (!header || timestamp === undefined) return false;
  const ts = String(timestamp).trim();
  if (!/^[0-9]{1,12}$/.test(ts)) return false;
  if (options.toleranceSeconds !== undefined) {
    const now = options.now ?? Math.floor(Date.now() / 1000);
    if (Math.abs(now - Number(ts)) > options.toleranceSeconds) return false;
  }
  const expected = hmac(secret, ts, rawBody);
  let ok = false;
  for (const part of header.split(',')) {
    const [scheme, hex] = part.trim().split('=', 2);
    if (scheme !== SIGNATURE_SCHEME || !hex || !/^[0-9a-fA-F]{64}$/.test(hex)) continue;
    // Every candidate is compared, so the time taken does not tell which one matched.
    if (timingSafeEqual(Buffer.from(hex, 'hex'), expected)) ok = true;
  }
  return ok;
}
