import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { appendAuditEvent } from '../../audit/audit-log';
import { AuditOutcome } from '../../audit/audit-event.entity';
import type { PolicySet } from '../../authz/policy-loader';
import { todayOf, type Clock } from '../../calendar/clock';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { Refusal } from '../../graphql/errors';
import { Command } from '../../workflow/command';
import { stageDomainEvents } from '../../events/outbox';
import { User } from '../organizations/user.entity';
import { CloudChangeRequest } from './change-request.entity';
import { OPEN_CHANGE_STATUSES } from './change-request.machine';
import { CloudChangeStatus, CloudTenancyStatus, ExitReason } from './cloud.enums';
import { changeRequestWorkflow, knowOpenChanges, tenancyWorkflow, workingCalendar, workingDays } from './cloud.workflow';
import { CloudTenancy } from './tenancy.entity';

/** Advisory lock held by the one process that runs the job at a time. */
export const LATE_DEPLOYMENT_JOB_LOCK = 0x4a41_c113;

/** The seeded, sign-in-less user scheduled jobs act as (a BDC account: exiting late systems is BDC's, CM-13). */
export const SCHEDULER_USERNAME = 'bdc.scheduler';

export interface JobServices {
  orm: MikroORM;
  policies: PolicySet;
  clock?: Clock;
}

export interface JobRun {
  /** False when another process held the job's lock: it ran there. */
  ran: boolean;
  today: string;
  /** Codes of the tenancies moved to exit. */
  exited: string[];
  /** Overdue tenancies left as they were, with why (e.g. the exit's calendar year is missing). */
  skipped: { code: string; rules: string[] }[];
}

/**
 * The job's steps as a command of its scheduler account: the workflows' `advance` reads its clock,
 * stamps its transitions as the account's and asks no policy (the job is the system). The job
 * keeps its own transaction and audit (below): it takes its locks in its own order.
 */
function jobCommand(services: JobServices, tx: EntityManager, actor: User): Command {
  const ctx = { requestId: 'job:exitLateDeployments', lang: 'zh', principal: { user: actor, serviceClient: 'scheduler' }, readOnly: false, services };
  return new Command(ctx as unknown as RequestContext, tx, { action: 'exitLate', subjectType: 'CloudTenancy' });
}

/** One tenancy moved to exit, as the audit trail records it. */
interface Exit {
  tenancy: CloudTenancy;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** Change requests that were open, now cancelled, with the state each was in. */
  cancelled: { id: string; from: CloudChangeStatus }[];
}

/**
 * CM-13: 规定时间内未完成的，信息系统将予以退出处理. Moves every tenancy still not deployed after
 * its deployment due date to exit (20 working days of transition, CM-15), and cancels the change
 * requests it still had open (CM-14: none may be left running on a system that leaves).
 *
 * Several API processes may share the database and all run this job: the transaction-scoped
 * advisory lock lets one process in at a time (the others return `ran: false` at once).
 *
 * Locks are taken in the order every mutation takes them: rows first, the audit chain last. The
 * job claims the late tenancies with `for update skip locked` (one a user's step holds right now is
 * left to the next run), changes them and their open changes, writes every row, and only then
 * appends one audit event per exit. So it never waits for a row while holding the chain's lock,
 * which every mutation in every process needs, and no user's step can deadlock with it. Each exit
 * records its state transition (and each cancelled change its own), in the same transaction.
 */
export async function exitLateDeployments(services: JobServices): Promise<JobRun> {
  const today = todayOf(services.clock);
  const em = services.orm.em.fork();
  return em.transactional(async (tx) => {
    const [{ locked }] = await tx.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [LATE_DEPLOYMENT_JOB_LOCK]);
    const run: JobRun = { ran: locked, today, exited: [], skipped: [] };
    if (!locked) return run;

    // 1. Rows: claim the late tenancies (locked until commit), then their open changes, in one statement.
    const late = await tx.find(
      CloudTenancy,
      { status: CloudTenancyStatus.PROVISIONED, deploymentDueOn: { $lt: today } },
      { orderBy: { code: 'asc' }, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    if (late.length === 0) return run;
    // Change steps lock their tenancy first, so the open changes of claimed tenancies stand still.
    const openChanges = await tx.find(CloudChangeRequest, { tenancy: { $in: late.map((t) => t.id) }, status: { $in: OPEN_CHANGE_STATUSES } });
    const openOf = (t: CloudTenancy) => openChanges.filter((c) => c.tenancy.id === t.id);
    const actor = await tx.findOneOrFail(User, { username: SCHEDULER_USERNAME }, { populate: ['agency'] });
    const calendar = await workingCalendar(tx);

    // The job acts as its scheduler account, through the tenancy's and the change's own machines.
    const cmd = jobCommand(services, tx, actor);
    knowOpenChanges(tx, late, openChanges);

    const exits: Exit[] = [];
    for (const t of late) {
      const before = { status: t.status, exitReason: t.exitReason ?? null, exitApprovedOn: t.exitApprovedOn ?? null, exitTransitionDueOn: t.exitTransitionDueOn ?? null };
      try {
        await tenancyWorkflow.advance(cmd, t, 'exitLate', `部署期限 ${t.deploymentDueOn} 已过，予以退出处理 (CM-13)`);
      } catch (e) {
        if (!(e instanceof Refusal)) throw e;
        run.skipped.push({ code: t.code, rules: e.problems.map((p) => p.rule ?? '') });
        continue;
      }
      t.exitReason = ExitReason.LATE_DEPLOYMENT;
      t.exitApprovedOn = today;
      t.exitTransitionDueOn = calendar.addWorkingDays(today, workingDays.exitTransition());
      const after = { status: t.status, exitReason: t.exitReason, exitApprovedOn: t.exitApprovedOn, exitTransitionDueOn: t.exitTransitionDueOn };
      const cancelled: Exit['cancelled'] = [];
      for (const c of openOf(t)) {
        const from = c.status;
        await changeRequestWorkflow.advance(cmd, c, 'cancel', `租户 ${t.code} 逾期未部署予以退出，未办结的变更随之撤销 (CM-13, CM-14)`);
        cancelled.push({ id: c.id, from });
      }
      exits.push({ tenancy: t, before, after, cancelled });
    }

    // 2. Write every row change (versions still guard against a writer that took no lock).
    await tx.flush();

    // 3. The audit chain, last: one event per exit; the steps' domain events are written with them.
    const requestId = `job:exitLateDeployments:${randomUUID()}`;
    stageDomainEvents(cmd, requestId);
    for (const e of exits) {
      await appendAuditEvent(tx, {
        requestId,
        actorUserId: actor.id,
        actorUsername: actor.username,
        actorAgencyId: actor.agency.id,
        serviceClient: 'scheduler',
        action: 'exitLate',
        subjectType: 'CloudTenancy',
        subjectId: e.tenancy.id,
        outcome: AuditOutcome.ALLOWED,
        rule: 'CM-13',
        changes: [
          { entity: 'CloudTenancy', id: e.tenancy.id, type: 'update', before: e.before, after: e.after },
          ...e.cancelled.map((c) => ({
            entity: 'CloudChangeRequest',
            id: c.id,
            type: 'update',
            before: { status: c.from },
            after: { status: CloudChangeStatus.CANCELLED },
          })),
        ],
        policyVersion: services.policies.version,
      });
      run.exited.push(e.tenancy.code);
    }
    return run;
  });
}
