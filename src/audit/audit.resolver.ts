import { Arg, Args, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { explain } from '../authz/explain';
import type { RequestContext } from '../context';
import { GraphQLError } from 'graphql';
import { IsolationLevel } from '@mikro-orm/core';
import type { Msg } from '../graphql/errors';
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

  @Field(() => Date, { nullable: true, description: 'Events at or after this instant' })
  occurredFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Events before this instant' })
  occurredBefore?: Date;
}

@ObjectType('AuditCheckpoint', { description: 'A signed checkpoint of the chain head, kept outside the database' })
class AuditCheckpointInfo {
  @Field(() => Int, { description: 'Sequence number of the head event it vouches for' }) seq!: number;
  @Field(() => String) hash!: string;
  @Field(() => Date, { description: 'When the head event occurred' }) occurredAt!: Date;
  @Field(() => Date) signedAt!: Date;
  @Field(() => String, { description: 'First 16 hex digits of SM3 over the SM2 public key that signed' }) keyId!: string;
  @Field(() => String, { description: 'File name in the checkpoint directory' }) file!: string;
}

@ObjectType({ description: 'A checkpoint file that is forged, altered, unreadable or signed by an unknown key' })
class AuditCheckpointProblem {
  @Field(() => String) file!: string;
  @Field(() => Int, { nullable: true }) seq?: number;
  @Field(() => String) reason!: string;
}

@ObjectType({ description: 'Result of re-hashing the audit chain and checking it against its signed checkpoints' })
class AuditChainStatus {
  @Field(() => Boolean, { description: 'The chain verifies, agrees with every signed checkpoint, and no checkpoint file is bad' })
  ok!: boolean;
  @Field(() => Int, { description: 'Events verified from the genesis before the first bad one' }) checked!: number;
  @Field(() => Int, { nullable: true, description: 'First event that does not verify' }) firstBadSeq?: number;
  @Field(() => String, { nullable: true }) reason?: string;
  @Field(() => Boolean, {
    description: 'The chain reaches the newest signed checkpoint unchanged; events after it are covered by the chain only',
  })
  anchored!: boolean;
  @Field(() => AuditCheckpointInfo, { nullable: true, description: 'The newest checkpoint whose signature verifies' })
  checkpoint?: AuditCheckpointInfo;
  @Field(() => [AuditCheckpointProblem], { description: 'Bad checkpoint files: each is tampering in itself' })
  checkpointProblems!: AuditCheckpointProblem[];
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
    if (filter?.occurredFrom) where.push({ occurredAt: { $gte: filter.occurredFrom } });
    if (filter?.occurredBefore) where.push({ occurredAt: { $lt: filter.occurredBefore } });
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
    // On the primary, read-only, in one snapshot: a lagging replica would look like missing events.
    const report = await ctx.services.orm.em
      .fork()
      .transactional((em) => verifyAuditChain(em, { checkpoints: ctx.services.config.auditCheckpoint }), {
        readOnly: true,
        isolationLevel: IsolationLevel.REPEATABLE_READ,
      });
    const text = (m: Msg | undefined) => m && m[ctx.lang];
    return {
      ...report,
      reason: text(report.reason),
      checkpoint: report.checkpoint && {
        ...report.checkpoint,
        occurredAt: new Date(report.checkpoint.occurredAt),
        signedAt: new Date(report.checkpoint.signedAt),
      },
      checkpointProblems: report.checkpointProblems.map((p) => ({ ...p, reason: text(p.reason)! })),
    };
  }
}
