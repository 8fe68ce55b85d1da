import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers of a delivery. */
export const EVENT_ID_HEADER = 'X-Egov-Event-Id';
export const TIMESTAMP_HEADER = 'X-Egov-Timestamp';
export const SIGNATURE_HEADER = 'X-Egov-Signature';

/** `sha256=` and the hex HMAC-SHA256, keyed by the subscription's secret, of `<timestamp>.<body>`. */
export function signDelivery(secret: string, timestamp: string, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** What a receiver checks (the README shows the same in a few lines): the signature, in constant time. */
export function verifyDelivery(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signDelivery(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
