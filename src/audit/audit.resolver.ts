import { Arg, Args, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { explain } from '../authz/explain';
import type { RequestContext } from '../context';
import { GraphQLError } from 'graphql';
import { fromGlobalId } from '../graphql/global-id';
import { and, keyFilter, type Where } from '../graphql/query-helpers';
import { ConnectionArgs, ConnectionType, paginate } from '../graphql/relay';
import { AuditEvent, AuditOutcome } from './audit-event.entity';
import { verifyAuditChain } from './audit-verifier';

const AuditEventConnection = ConnectionType(AuditEvent);

@InputType()
class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Global ID of the object acted on' })
  subjectId?: string;

  @Field(() => String, { nullable: true })
  subjectType?: string;

  @Field(() => String, { nullable: true })
  action?: string;

  @Field(() => AuditOutcome, { nullable: true })
  outcome?: AuditOutcome;

  @Field(() => ID, { nullable: true, description: 'Global ID of the acting user' })
  actorId?: string;
}

@ObjectType({ description: 'Result of re-hashing the audit chain' })
class AuditChainStatus {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => Int, { nullable: true, description: 'First event that does not verify' }) firstBadSeq?: number;
  @Field(() => String, { nullable: true }) reason?: string;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first (PM-18)' })
  auditEvents(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<AuditEvent> = [];
    if (filter?.subjectType) where.push({ subjectType: filter.subjectType });
    if (filter?.subjectId) {
      where.push({ subjectId: keyFilter(filter.subjectId, fromGlobalId(filter.subjectId)?.type ?? '') });
    }
    if (filter?.action) where.push({ action: filter.action });
    if (filter?.outcome) where.push({ outcome: filter.outcome });
    if (filter?.actorId) where.push({ actorUserId: keyFilter(filter.actorId, 'User') });
    return paginate(ctx, AuditEvent, and(where), page, { seq: 'desc' });
  }

  @Query(() => AuditChainStatus, { description: 'Re-hashes the whole chain and names the first bad event (PM-18)' })
  async auditChainStatus(@Ctx() ctx: RequestContext) {
    const decision = explain(ctx.ability, 'verify', 'AuditEvent');
    if (!decision.allowed) {
      throw new GraphQLError(ctx.lang === 'en' ? 'Not permitted' : '无权操作', {
        extensions: { code: 'FORBIDDEN', rule: decision.rule },
      });
    }
    return verifyAuditChain(ctx.em);
  }
}
