import type { RequestContext } from '../context';
import { invalid, precondition, Refusal, refuseIfAny, type Problem } from '../graphql/errors';
import { keyOf } from '../graphql/global-id';
import { User } from '../modules/organizations/user.entity';
import { runCommand, type Command } from '../workflow/command';
import { vocabulary } from '../authz/vocabulary';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import type { WebhookReplayInput, WebhookSubscribeInput, WebhookUnsubscribeInput, WebhookUpdateInput } from './webhook.types';

/** The duty split: who administers the systems that embed the API (policies/bdc, gov-office). */
const RULE = 'PM-4';
const EVENT_TYPE = /^([A-Z][A-Za-z]+)\.([a-z][A-Za-z]+)$/;
const MAX_EVENT_TYPES = 100;

function endpointProblem(url: string): Problem | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return invalid(RULE, 'endpointUrl', { zh: '接收地址不是有效的 URL', en: 'The endpoint is not a valid URL' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return invalid(RULE, 'endpointUrl', { zh: '接收地址须为 http 或 https', en: 'The endpoint must be an http or https URL' });
  }
  if (parsed.username || parsed.password) {
    return invalid(RULE, 'endpointUrl', { zh: '接收地址不得包含用户名或密码', en: 'The endpoint must not carry credentials' });
  }
  if (url.length > 2000) return invalid(RULE, 'endpointUrl', { zh: '接收地址过长', en: 'The endpoint URL is too long' });
  return undefined;
}

function secretProblem(secret: string): Problem | undefined {
  if (secret.length < 16 || secret.length > 256 || /\s/.test(secret)) {
    return invalid(RULE, 'secret', { zh: '密钥须为 16 到 256 个字符，不含空白', en: 'The secret must be 16 to 256 characters without spaces' });
  }
  return undefined;
}

function eventTypesProblem(types: string[]): Problem | undefined {
  const bad = types.filter((t) => {
    const m = EVENT_TYPE.exec(t);
    return !m || !vocabulary[m[1]];
  });
  if (bad.length || types.length > MAX_EVENT_TYPES) {
    return invalid(RULE, 'eventTypes', {
      zh: `事件类型须写作 对象类型.事件（如 Project.approve）：${bad.join(', ')}`,
      en: `Event types are <SubjectType>.<event> (e.g. Project.approve): ${bad.join(', ')}`,
    });
  }
  return undefined;
}

async function identityOf(cmd: Command, username: string, problems: Problem[]): Promise<User | undefined> {
  const user = await cmd.em.findOne(User, { username: username.trim(), active: true });
  if (!user) problems.push(invalid(RULE, 'identity', { zh: '身份用户不存在或已停用', en: 'No active user of that username' }));
  return user ?? undefined;
}

async function loadSubscription(cmd: Command, id: string): Promise<WebhookSubscription> {
  const key = keyOf(id, 'WebhookSubscription');
  const sub = key ? await cmd.em.findOne(WebhookSubscription, key) : null;
  if (!sub || !cmd.canRead(sub)) throw cmd.notFound('WebhookSubscription');
  cmd.subjectId = sub.id;
  return sub;
}

/** Registers an endpoint; it receives the events that happen from now on. */
export function subscribe(ctx: RequestContext, input: WebhookSubscribeInput) {
  return runCommand(ctx, { action: 'create', subjectType: 'WebhookSubscription' }, async (cmd) => {
    const problems = [endpointProblem(input.endpointUrl), secretProblem(input.secret), eventTypesProblem(input.eventTypes ?? [])].filter((p): p is Problem => !!p);
    const identity = await identityOf(cmd, input.identity, problems);
    const [{ head }] = await cmd.em.execute<{ head: string }[]>('select coalesce(max(sequence), 0)::text as head from domain_event');
    const sub = cmd.em.create(WebhookSubscription, {
      endpointUrl: input.endpointUrl.trim(),
      secret: input.secret,
      eventTypes: [...new Set(input.eventTypes ?? [])],
      identity: identity ?? cmd.currentUser(),
      createdBy: cmd.currentUser(),
      lastSequence: head,
    });
    cmd.subjectId = sub.id;
    cmd.authorize('create', sub);
    refuseIfAny(problems);
    return sub;
  });
}

export function update(ctx: RequestContext, input: WebhookUpdateInput) {
  return runCommand(ctx, { action: 'update', subjectType: 'WebhookSubscription' }, async (cmd) => {
    const sub = await loadSubscription(cmd, input.id);
    cmd.authorize('update', sub);
    const problems: Problem[] = [];
    if (!sub.active) problems.push(precondition(RULE, { zh: '该订阅已取消', en: 'The subscription was cancelled' }));
    if (input.endpointUrl != null) {
      const p = endpointProblem(input.endpointUrl);
      if (p) problems.push(p);
      sub.endpointUrl = input.endpointUrl.trim();
    }
    if (input.secret != null) {
      const p = secretProblem(input.secret);
      if (p) problems.push(p);
      sub.secret = input.secret;
    }
    if (input.eventTypes != null) {
      const p = eventTypesProblem(input.eventTypes);
      if (p) problems.push(p);
      sub.eventTypes = [...new Set(input.eventTypes)];
    }
    if (input.identity != null) {
      const identity = await identityOf(cmd, input.identity, problems);
      if (identity) sub.identity = identity;
    }
    refuseIfAny(problems);
    return sub;
  });
}

/** Stops deliveries to the endpoint; its delivery log stays. */
export function unsubscribe(ctx: RequestContext, input: WebhookUnsubscribeInput) {
  return runCommand(ctx, { action: 'delete', subjectType: 'WebhookSubscription' }, async (cmd) => {
    const sub = await loadSubscription(cmd, input.id);
    cmd.authorize('delete', sub);
    sub.active = false;
    return sub;
  });
}

/** Queues failed deliveries again: one, or a subscription's from an event sequence on. */
export async function replay(ctx: RequestContext, input: WebhookReplayInput) {
  let requeued = 0;
  const result = await runCommand(ctx, { action: 'replay', subjectType: 'WebhookSubscription' }, async (cmd) => {
    const deliveryKey = input.deliveryId ? keyOf(input.deliveryId, 'WebhookDelivery') : null;
    if (input.deliveryId) {
      const delivery = deliveryKey ? await cmd.em.findOne(WebhookDelivery, deliveryKey, { populate: ['subscription'] }) : null;
      if (!delivery || !cmd.canRead(delivery.subscription)) throw cmd.notFound('WebhookDelivery');
      cmd.subjectId = delivery.subscription.id;
      cmd.authorize('replay', delivery.subscription);
      refuseIfAny(
        [
          !delivery.subscription.active && precondition(RULE, { zh: '该订阅已取消', en: 'The subscription was cancelled' }),
          delivery.status !== WebhookDeliveryStatus.FAILED &&
            precondition(RULE, { zh: '只能重新投递失败的事件', en: 'Only a failed delivery can be replayed' }, 'deliveryId'),
        ].filter((p): p is Problem => !!p),
      );
      Object.assign(delivery, { status: WebhookDeliveryStatus.PENDING, attempts: 0, nextAttemptAt: ctx.services.clock?.now() ?? new Date(), lastError: null });
      requeued = 1;
      return delivery.subscription;
    }
    if (!input.subscriptionId) {
      throw new Refusal([
        invalid(RULE, 'deliveryId', { zh: '请指定投递记录或订阅', en: 'Name a delivery, or a subscription' }),
      ]);
    }
    const sub = await loadSubscription(cmd, input.subscriptionId);
    cmd.authorize('replay', sub);
    const from = input.fromSequence ?? '0';
    refuseIfAny(
      [
        !sub.active && precondition(RULE, { zh: '该订阅已取消', en: 'The subscription was cancelled' }),
        !/^\d{1,18}$/.test(from) && invalid(RULE, 'fromSequence', { zh: '事件序号无效', en: 'Invalid sequence' }),
      ].filter((p): p is Problem => !!p),
    );
    const rows = await cmd.em.execute<{ id: string }[]>(
      `update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = null, updated_at = now()
       where subscription_id = ? and status = 'FAILED' and sequence >= ?
       returning id`,
      [ctx.services.clock?.now() ?? new Date(), sub.id, from],
    );
    requeued = rows.length;
    return sub;
  });
  return { webhookSubscription: result.value, requeued: result.value ? requeued : 0, errors: result.errors };
}
