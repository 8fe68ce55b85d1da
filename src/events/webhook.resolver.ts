import DataLoader from 'dataloader';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../graphql/errors';
import { keyOf } from '../graphql/global-id';
import type { RequestContext } from '../context';
import { ConnectionArgs, paginate } from '../graphql/relay';
import { User } from '../modules/organizations/user.entity';
import { DomainEvent } from './domain-event.entity';
import { eventsAfter } from './event-feed';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import { replay, subscribe, unsubscribe, update } from './webhook.service';
import {
  DomainEventConnection,
  WebhookDeliveryConnection,
  WebhookReplayInput,
  WebhookReplayPayload,
  WebhookSubscribeInput,
  WebhookSubscriptionConnection,
  WebhookSubscriptionPayload,
  WebhookUnsubscribeInput,
  WebhookUpdateInput,
} from './webhook.types';

@ArgsType()
class EventsArgs {
  @Field(() => String, { nullable: true, description: 'The sequence of the last event already handled (an endCursor); absent: from the start' })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Page size, at most 100 (default 20)' })
  first?: number;
}

@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  @Query(() => WebhookSubscriptionConnection, { description: 'The endpoints that receive domain events (PM-4: administered by BDC and the Government Office)' })
  webhookSubscriptions(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return paginate(ctx, WebhookSubscription, {}, page, { createdAt: 'asc' });
  }

  @Query(() => WebhookDeliveryConnection, { description: 'The delivery log of one subscription, oldest first (as its `deliveries`)' })
  async webhookDeliveries(
    @Arg('subscriptionId', () => ID) subscriptionId: string,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true }) status: WebhookDeliveryStatus | undefined,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const key = keyOf(subscriptionId, 'WebhookSubscription');
    const sub = key ? await ctx.loaders.byKey(WebhookSubscription).load(key) : null;
    if (!sub) throw notFound(ctx.lang, 'WebhookSubscription');
    return paginate(ctx, WebhookDelivery, { subscription: sub.id, ...(status ? { status } : {}) }, page, { sequence: 'asc' }, { readAs: 'WebhookSubscription' });
  }

  @Query(() => DomainEventConnection, {
    description: 'Domain events in sequence order, after a cursor (the sequence), only those whose subject the caller may read: what webhooks deliver, for pollers',
  })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: RequestContext) {
    return eventsAfter(ctx, args.after, args.first);
  }

  @FieldResolver(() => String, { description: 'Username of the user whose read rights decide what the endpoint receives' })
  async identity(@Root() sub: WebhookSubscription, @Ctx() ctx: RequestContext) {
    // Named by whoever administers the subscription, so shown to them whatever they may read of users.
    const loader = ctx.loaders.memo('WebhookSubscription.identity', () =>
      new DataLoader<string, string>(async (ids) => {
        const users = await ctx.em.find(User, { id: { $in: [...ids] } }, { fields: ['username'] });
        const byId = new Map(users.map((u) => [u.id, u.username]));
        return ids.map((id) => byId.get(id) ?? '');
      }),
    );
    return loader.load(sub.identity.id);
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'The delivery log: one row per event, with its attempts' })
  deliveries(@Root() sub: WebhookSubscription, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return paginate(ctx, WebhookDelivery, { subscription: sub.id }, page, { sequence: 'asc' }, { readAs: 'WebhookSubscription' });
  }

  @Mutation(() => WebhookSubscriptionPayload, { description: 'Registers an endpoint that receives the domain events from now on (PM-4)' })
  webhookSubscribe(@Arg('input', () => WebhookSubscribeInput) input: WebhookSubscribeInput, @Ctx() ctx: RequestContext) {
    return subscribe(ctx, input);
  }

  @Mutation(() => WebhookSubscriptionPayload, { description: 'Changes an endpoint, its secret, its event types or its identity (PM-4)' })
  webhookUpdate(@Arg('input', () => WebhookUpdateInput) input: WebhookUpdateInput, @Ctx() ctx: RequestContext) {
    return update(ctx, input);
  }

  @Mutation(() => WebhookSubscriptionPayload, { description: 'Stops deliveries to an endpoint; its log stays (PM-4)' })
  webhookUnsubscribe(@Arg('input', () => WebhookUnsubscribeInput) input: WebhookUnsubscribeInput, @Ctx() ctx: RequestContext) {
    return unsubscribe(ctx, input);
  }

  @Mutation(() => WebhookReplayPayload, { description: 'Queues failed deliveries again: one, or a subscription’s from a sequence on (PM-4)' })
  webhookReplay(@Arg('input', () => WebhookReplayInput) input: WebhookReplayInput, @Ctx() ctx: RequestContext) {
    return replay(ctx, input);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => DomainEvent, { description: 'The event delivered' })
  event(@Root() delivery: WebhookDelivery, @Ctx() ctx: RequestContext) {
    // The log is read through its subscription, which the caller may read: its events come with it.
    const loader = ctx.loaders.memo('WebhookDelivery.event', () =>
      new DataLoader<string, DomainEvent | null>(async (ids) => {
        const rows = await ctx.em.find(DomainEvent, { id: { $in: [...ids] } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    );
    return loader.load(delivery.event.id);
  }
}
