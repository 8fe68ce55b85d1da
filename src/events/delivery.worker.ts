import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { buildAbility } from '../authz/ability';
import type { PolicySet } from '../authz/policy-loader';
import { systemClock, type Clock } from '../calendar/clock';
import type { WebhookConfig } from '../config';
import { principalAttributes } from '../context';
import { toGlobalId } from '../graphql/global-id';
import type { Metrics } from '../metrics/metrics';
import { User } from '../modules/organizations/user.entity';
import { deliveryBody } from './delivery-payload';
import { readableIds } from './subject-access';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signDelivery, TIMESTAMP_HEADER } from './webhook-signature';

/** Advisory lock held while one process queues and claims deliveries. */
export const WEBHOOK_DELIVERY_LOCK = 0x4a41_e7e1;

/** Deliveries claimed by one run. */
const BATCH = 100;
/** Longest wait between attempts. */
const MAX_BACKOFF_MS = 6 * 3600_000;
/** Longest kept of a receiver's error text. */
const ERROR_TEXT = 500;

export interface DeliveryServices {
  orm: MikroORM;
  policies: PolicySet;
  config: { webhooks: WebhookConfig };
  clock?: Clock;
  metrics?: Metrics;
}

export interface DeliveryRun {
  /** False when another process was queueing and claiming at that moment. */
  ran: boolean;
  delivered: number;
  retried: number;
  failed: number;
  skipped: number;
}

/** The wait before attempt `attempts + 1`, after `attempts` failed ones: base × 2^(attempts−1), bounded. */
export function backoffMs(config: WebhookConfig, attempts: number): number {
  return Math.min(config.retryBaseSeconds * 1000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

/**
 * Queues every new event for every active subscription whose types it matches, and claims the
 * deliveries that are due, under the job's advisory lock (one process at a time). A claim is a lease
 * long enough for the run's posts, so a delivery being posted is never claimed twice; the unique
 * (subscription, event) pair makes each event queued once per subscription.
 */
async function queueAndClaim(em: EntityManager, config: WebhookConfig, now: Date): Promise<string[] | null> {
  return em.transactional(async (tx) => {
    const [{ locked }] = await tx.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [WEBHOOK_DELIVERY_LOCK]);
    if (!locked) return null;
    // Sequences are allocated under the audit chain's lock, so every event up to the head is committed.
    const [{ head }] = await tx.execute<{ head: string }[]>('select coalesce(max(sequence), 0)::text as head from domain_event');
    await tx.execute(
      `insert into webhook_delivery (id, created_at, updated_at, subscription_id, event_id, sequence, status, attempts, next_attempt_at)
       select gen_random_uuid(), now(), now(), s.id, e.id, e.sequence, 'PENDING', 0, ?
       from webhook_subscription s
       join domain_event e on e.sequence > s.last_sequence and e.sequence <= ?
       where s.active and (cardinality(s.event_types) = 0 or e.type = any(s.event_types))
       on conflict (subscription_id, event_id) do nothing`,
      [now, head],
    );
    await tx.execute('update webhook_subscription set last_sequence = ? where active and last_sequence < ?', [head, head]);
    const leaseMs = (config.timeoutSeconds + 5) * 1000 * BATCH;
    const claimed = await tx.execute<{ id: string }[]>(
      `update webhook_delivery set leased_until = ?
       where id in (
         select d.id from webhook_delivery d
         where d.status = 'PENDING' and d.next_attempt_at <= ? and (d.leased_until is null or d.leased_until < ?)
         order by d.sequence limit ${BATCH}
         for update of d skip locked)
       returning id`,
      [new Date(now.getTime() + leaseMs), now, now],
    );
    return claimed.map((r) => r.id);
  });
}

/** Posts one delivery; the HTTP status, or the reason it did not get one. */
async function post(delivery: WebhookDelivery, config: WebhookConfig, now: Date): Promise<{ status?: number; error?: string }> {
  const body = deliveryBody(delivery.event);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  try {
    const res = await fetch(delivery.subscription.endpointUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [EVENT_ID_HEADER]: toGlobalId('DomainEvent', delivery.event.id),
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signDelivery(delivery.subscription.secret, timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(config.timeoutSeconds * 1000),
    });
    const text = res.ok ? '' : (await res.text().catch(() => '')).slice(0, ERROR_TEXT);
    if (res.ok) await res.body?.cancel().catch(() => undefined);
    return res.ok ? { status: res.status } : { status: res.status, error: text || `HTTP ${res.status}` };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    return { error: err.name === 'TimeoutError' ? `no answer within ${config.timeoutSeconds} s` : (err.cause?.code ?? err.message).slice(0, ERROR_TEXT) };
  }
}

/**
 * One run of the delivery worker: queue new events, claim due deliveries, and for each: skip it
 * when the subscription's identity may not read the subject now (checked in SQL, one statement per
 * identity and subject type), else POST it signed; a failure is retried with exponential backoff
 * until the last attempt, then FAILED. Tests call this directly; the server calls it on a timer.
 */
export async function deliverWebhooks(services: DeliveryServices): Promise<DeliveryRun> {
  const config = services.config.webhooks;
  const clock = services.clock ?? systemClock;
  const run: DeliveryRun = { ran: false, delivered: 0, retried: 0, failed: 0, skipped: 0 };
  const ids = await queueAndClaim(services.orm.em.fork(), config, clock.now());
  if (ids === null) return run;
  run.ran = true;
  if (ids.length === 0) return run;

  const em = services.orm.em.fork();
  const deliveries = await em.find(WebhookDelivery, { id: { $in: ids } }, { populate: ['event', 'subscription'], orderBy: { sequence: 'asc' } });
  const identities = await em.find(
    User,
    { id: { $in: [...new Set(deliveries.map((d) => d.subscription.identity.id))] } },
    { populate: ['agency', 'agency.county'] },
  );

  // Which subjects each identity may read now.
  const readable = new Set<string>();
  for (const user of identities) {
    if (!user.active) continue;
    const ability = buildAbility(services.policies, principalAttributes(user));
    const byType = new Map<string, string[]>();
    for (const d of deliveries) {
      if (d.subscription.identity.id !== user.id) continue;
      byType.set(d.event.subjectType, [...(byType.get(d.event.subjectType) ?? []), d.event.subjectId]);
    }
    for (const [type, subjectIds] of byType) {
      const ok = await readableIds(em, ability, type, [...new Set(subjectIds)]);
      for (const id of ok) readable.add(`${user.id}:${type}:${id}`);
    }
  }

  for (const d of deliveries) {
    const now = clock.now();
    d.leasedUntil = null;
    if (!d.subscription.active) {
      d.status = WebhookDeliveryStatus.SKIPPED;
      d.lastError = 'unsubscribed';
      d.nextAttemptAt = null;
    } else if (!readable.has(`${d.subscription.identity.id}:${d.event.subjectType}:${d.event.subjectId}`)) {
      d.status = WebhookDeliveryStatus.SKIPPED;
      d.lastError = 'the identity may not read the subject';
      d.nextAttemptAt = null;
      run.skipped++;
      services.metrics?.webhookDelivery('skipped');
    } else {
      const outcome = await post(d, config, now);
      d.attempts += 1;
      d.lastAttemptAt = now;
      d.lastStatus = outcome.status ?? null;
      d.lastError = outcome.error ?? null;
      if (!outcome.error) {
        d.status = WebhookDeliveryStatus.DELIVERED;
        d.deliveredAt = now;
        d.nextAttemptAt = null;
        run.delivered++;
        services.metrics?.webhookDelivery('delivered');
      } else if (d.attempts >= config.maxAttempts) {
        d.status = WebhookDeliveryStatus.FAILED;
        d.nextAttemptAt = null;
        run.failed++;
        services.metrics?.webhookDelivery('failed');
      } else {
        d.nextAttemptAt = new Date(now.getTime() + backoffMs(config, d.attempts));
        run.retried++;
        services.metrics?.webhookDelivery('retry');
      }
    }
    // Each outcome is kept as soon as it is known: a crash later in the run does not post it again.
    await em.flush();
  }
  return run;
}
