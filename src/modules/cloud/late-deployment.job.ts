import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { appendAuditEvent } from '../../audit/audit-log';
import { AuditOutcome } from '../../audit/audit-event.entity';
import type { PolicySet } from '../../authz/policy-loader';
import { todayOf, type Clock } from '../../calendar/clock';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { StateTransition } from '../../workflow/state-transition.entity';
import { User } from '../organizations/user.entity';
import { CloudTenancyStatus, ExitReason } from './cloud.enums';
import { workingDays } from './cloud.workflow';
import { CloudTenancy } from './tenancy.entity';
import { baseTenancyFacts, hasOpenChange } from './tenancy.service';
import { tenancyMachine } from './tenancy.machine';

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
 * CM-13: 规定时间内未完成的，信息系统将予以退出处理. Moves every tenancy still not deployed after
 * its deployment due date to exit (20 working days of transition, CM-15).
 *
 * Several API processes may share the database and all run this job: the transaction-scoped
 * advisory lock lets one process in at a time (the others return `ran: false` at once), and each
 * tenancy moves by a conditional update on (id, status, version), so a tenancy is exited once even
 * if runs follow each other. Each exit records its state transition and one audit event, in the
 * same transaction.
 */
export async function exitLateDeployments(services: JobServices): Promise<JobRun> {
  const today = todayOf(services.clock);
  const em = services.orm.em.fork();
  return em.transactional(async (tx) => {
    const [{ locked }] = await tx.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [LATE_DEPLOYMENT_JOB_LOCK]);
    const run: JobRun = { ran: locked, today, exited: [], skipped: [] };
    if (!locked) return run;
    const late = await tx.find(CloudTenancy, { status: CloudTenancyStatus.PROVISIONED, deploymentDueOn: { $lt: today } }, { orderBy: { code: 'asc' } });
    if (late.length === 0) return run;
    const actor = await tx.findOneOrFail(User, { username: SCHEDULER_USERNAME });
    const calendar = await loadWorkingCalendar(tx);
    const requestId = `job:exitLateDeployments:${randomUUID()}`;
    for (const t of late) {
      const facts = baseTenancyFacts(t, today, calendar, await hasOpenChange(tx, t.id));
      const outcome = tenancyMachine.fire(t.status, 'exitLate', facts);
      if (!outcome.ok) {
        run.skipped.push({ code: t.code, rules: outcome.problems.map((p) => p.rule ?? '') });
        continue;
      }
      const exitTransitionDueOn = calendar.addWorkingDays(today, workingDays.exitTransition());
      const changes = {
        status: outcome.to,
        exitReason: ExitReason.LATE_DEPLOYMENT,
        exitApprovedOn: today,
        exitTransitionDueOn,
        version: t.version + 1,
        updatedAt: new Date(),
      };
      const moved = await tx.nativeUpdate(CloudTenancy, { id: t.id, status: CloudTenancyStatus.PROVISIONED, version: t.version }, changes);
      if (moved !== 1) continue; // someone else moved it first
      tx.create(StateTransition, {
        subjectType: 'CloudTenancy',
        subjectId: t.id,
        event: 'exitLate',
        fromState: t.status,
        toState: outcome.to,
        actor,
        actorAgency: actor.agency,
        note: `部署期限 ${t.deploymentDueOn} 已过，予以退出处理 (CM-13)`,
      });
      await appendAuditEvent(tx, {
        requestId,
        actorUserId: actor.id,
        actorUsername: actor.username,
        actorAgencyId: actor.agency.id,
        serviceClient: 'scheduler',
        action: 'exitLate',
        subjectType: 'CloudTenancy',
        subjectId: t.id,
        outcome: AuditOutcome.ALLOWED,
        rule: 'CM-13',
        changes: [
          {
            entity: 'CloudTenancy',
            id: t.id,
            type: 'update',
            before: { status: t.status, exitReason: null, exitApprovedOn: null, exitTransitionDueOn: null },
            after: { status: outcome.to, exitReason: ExitReason.LATE_DEPLOYMENT, exitApprovedOn: today, exitTransitionDueOn },
          },
        ],
        policyVersion: services.policies.version,
      });
      run.exited.push(t.code);
    }
    await tx.flush();
    return run;
  });
}
