import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { addMonths } from '../../calendar/dates';
import { dueAfter, loadWorkingCalendar } from '../../calendar/calendar.service';
import type { WorkingCalendar } from '../../calendar/working-calendar';
import { Refusal, UserErrorCode, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { isIsoDate } from '../../graphql/scalars';
import { runCommand, type Command } from '../../workflow/command';
import { Agency } from '../organizations/agency.entity';
import { CITY_CODE, Division } from '../organizations/division.entity';
import { AgencyKind } from '../organizations/organization.enums';
import { Project } from '../projects/project.entity';
import { CloudChangeRequest } from './change-request.entity';
import { CloudChangeStatus, ExitReason, ReviewDecision } from './cloud.enums';
import { CLASSIFIED_REFUSED, invalid, MIGRATED_SYSTEM_MISSING, mlpsAboveZone } from './cloud.errors';
import { recordTransition } from '../../workflow/transition';
import { today as todayOf, workingDays } from './cloud.workflow';
import { endQuota, putQuotaInForce, resolveQuantities, type QuantityInput } from './quota';
import { CloudTenancy, CloudTenancyResource } from './tenancy.entity';
import { tenancyMachine, type TenancyFacts } from './tenancy.machine';
import { CloudZone } from './zone.entity';

/** Change requests that still hold the tenancy (CM-14: one change at a time). */
export const OPEN_CHANGE_STATUSES = [CloudChangeStatus.SUBMITTED, CloudChangeStatus.APPROVED, CloudChangeStatus.QUOTA_FIXED, CloudChangeStatus.PROVISIONING];

/** The facts every tenancy gate reads, from the tenancy itself, today and the calendar. */
export function baseTenancyFacts(t: CloudTenancy, today: string, calendar: WorkingCalendar, openChange: boolean): TenancyFacts {
  const gap = (days: number) => dueAfter(calendar, today, days).missingYear ?? null;
  return {
    status: t.status,
    today,
    calendarGaps: {
      provisioning: gap(workingDays.provisioning()),
      deployment: gap(workingDays.deployment()),
      exitTransition: gap(workingDays.exitTransition()),
    },
    responsibilityLetterSigned: Boolean(t.responsibilityLetterSignedOn && t.responsibilityLetterRef),
    confirmationFormSigned: Boolean(t.confirmationFormSignedOn && t.confirmationFormRef),
    deploymentDueOn: t.deploymentDueOn,
    exitTransitionDueOn: t.exitTransitionDueOn,
    dataCleared: Boolean(t.dataClearedOn),
    resourcesReclaimed: Boolean(t.resourcesReclaimedOn),
    openChange,
    migration: t.migration,
  };
}

export async function hasOpenChange(em: EntityManager, tenancyId: string): Promise<boolean> {
  return (await em.count(CloudChangeRequest, { tenancy: tenancyId, status: { $in: OPEN_CHANGE_STATUSES } })) > 0;
}

interface StepEnv {
  today: string;
  calendar: WorkingCalendar;
}

interface StepOptions {
  /** Facts from the mutation's input, merged over the tenancy's own. */
  facts?: (t: CloudTenancy, env: StepEnv, cmd: Command) => Promise<Partial<TenancyFacts>> | Partial<TenancyFacts>;
  /** Problems of the input that no gate covers (unknown items, …), listed with the gates'. */
  inputProblems?: (t: CloudTenancy, env: StepEnv, cmd: Command) => Promise<Problem[]> | Problem[];
  /** Changes the tenancy once every check passed (its status already moved). */
  apply(t: CloudTenancy, env: StepEnv, cmd: Command): Promise<void> | void;
  note?: string;
}

/**
 * One step of a tenancy: load it (NOT_FOUND unless readable), ask the policies (FORBIDDEN), gather
 * the facts, list every unmet gate and input problem at once (PRECONDITION_FAILED, INVALID_INPUT,
 * DEADLINE_PASSED), then move the state, apply the step and record the transition — one
 * transaction, audited by `runCommand`. The tenancy's version guards against a concurrent step.
 */
export function tenancyStep(ctx: RequestContext, id: string, event: string, options: StepOptions) {
  const key = keyOf(id, 'CloudTenancy');
  return runCommand(ctx, { action: event, subjectType: 'CloudTenancy', subjectId: key ?? undefined }, async (cmd) => {
    const t = key ? await cmd.em.findOne(CloudTenancy, key, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!t || !cmd.canRead(t)) throw cmd.notFound('CloudTenancy');
    cmd.authorize(event, t);
    const env: StepEnv = { today: todayOf(ctx), calendar: await loadWorkingCalendar(cmd.em) };
    const facts: TenancyFacts = {
      ...baseTenancyFacts(t, env.today, env.calendar, await hasOpenChange(cmd.em, t.id)),
      ...(await options.facts?.(t, env, cmd)),
    };
    const problems = [...tenancyMachine.blockers(t.status, event, facts), ...((await options.inputProblems?.(t, env, cmd)) ?? [])];
    if (problems.length) throw new Refusal(problems);
    const outcome = tenancyMachine.decide(t.status, event, facts);
    if (!outcome.ok) throw new Refusal(outcome.problems);
    const from = t.status;
    t.status = outcome.to;
    await options.apply(t, env, cmd);
    recordTransition(cmd, t, event, from, t.status, options.note);
    return t;
  });
}

export interface TenancyApplyInput {
  systemName: string;
  systemDescription?: string;
  projectId?: string;
  zoneId: string;
  mlpsLevel: number;
  classified: boolean;
  migration: boolean;
  migratedSystemName?: string;
  migratedSystemDescription?: string;
  contactName: string;
  contactPhone: string;
  resources: QuantityInput[];
}

async function findZone(em: EntityManager, zoneId: string | undefined): Promise<CloudZone | null> {
  const key = zoneId ? keyOf(zoneId, 'CloudZone') : null;
  return key ? em.findOne(CloudZone, { id: key, active: true }) : null;
}

async function nextCode(em: EntityManager, today: string): Promise<string> {
  const [row] = await em.execute<{ n: string }[]>(`select nextval('cloud_tenancy_code_seq') as n`);
  return `YZ-${today.slice(0, 4)}-${String(row.n).padStart(5, '0')}`;
}

/**
 * CM-10: a municipal department applies directly; a county's application is filed by its
 * e-government authority in the county government's name. The policies decide who may file what;
 * the checks here are CM-2 (no classified systems), CM-4 (a migration names the system it moves),
 * CM-21 (MLPS level within the zone's), CM-5/CM-9 (resources from the catalog).
 */
export function applyForTenancy(ctx: RequestContext, input: TenancyApplyInput) {
  return runCommand(ctx, { action: 'apply', subjectType: 'CloudTenancy' }, async (cmd) => {
    const me = ctx.principal!.user.agency;
    const divisionCode = me.county?.code ?? CITY_CODE;
    let tenant: Agency = cmd.em.getReference(Agency, me.id);
    if (me.kind === AgencyKind.COUNTY_EGOV && me.county) {
      // 以县(市、区)政府名义统一申请 (CM-10)
      const government = await cmd.em.findOne(Agency, { kind: AgencyKind.COUNTY_GOV, county: { code: me.county.code } });
      if (!government) {
        throw Refusal.of(UserErrorCode.PRECONDITION_FAILED, 'CM-10', {
          zh: '县级申请须以县（市、区）政府名义提出，未找到本县政府',
          en: "A county applies in its government's name, and this county has none on record",
        });
      }
      tenant = government;
    }
    const today = todayOf(ctx);
    const zone = await findZone(cmd.em, input.zoneId);
    const t = cmd.em.create(CloudTenancy, {
      code: '',
      systemName: input.systemName.trim(),
      systemDescription: input.systemDescription?.trim() || undefined,
      tenant,
      filedBy: cmd.currentAgency(),
      filedByUser: cmd.currentUser(),
      division: cmd.em.getReference(Division, divisionCode as never) as Division,
      zone: zone ?? undefined!,
      mlpsLevel: input.mlpsLevel,
      migration: input.migration,
      migratedSystemName: input.migration ? input.migratedSystemName?.trim() || undefined : undefined,
      migratedSystemDescription: input.migration ? input.migratedSystemDescription?.trim() || undefined : undefined,
      contactName: input.contactName.trim(),
      contactPhone: input.contactPhone.trim(),
      appliedOn: today,
    }, { persist: false }); // persisted once every check passed, so the checks' queries do not flush it
    cmd.authorize('apply', t);
    cmd.subjectId = t.id;

    const problems: Problem[] = [];
    if (input.classified) problems.push(CLASSIFIED_REFUSED);
    if (!t.systemName) problems.push(invalid('CM-9', 'systemName', '请填写信息系统名称', 'Name the information system'));
    if (!t.contactName || !t.contactPhone) problems.push(invalid('CM-9', 'contactName', '请填写联系人及电话', 'Give a contact and a phone number'));
    if (input.migration && !t.migratedSystemName) problems.push(MIGRATED_SYSTEM_MISSING);
    if (!Number.isInteger(input.mlpsLevel) || input.mlpsLevel < 1 || input.mlpsLevel > 5) {
      problems.push(invalid('CM-21', 'mlpsLevel', '等级保护级别须为 1 至 5 级', 'The MLPS level is 1 to 5'));
    } else if (zone && input.mlpsLevel > zone.certifiedMlpsLevel) {
      problems.push(mlpsAboveZone(input.mlpsLevel, zone.certifiedMlpsLevel));
    }
    if (!zone) problems.push(invalid('CM-21', 'zoneId', '没有该云区域', 'No such cloud zone'));
    if (input.projectId) {
      // Only a project of the applicant (its own, one it co-builds, or, for a county, one of the
      // county) may be linked; missing, unreadable and someone else's all answer alike.
      const projectKey = keyOf(input.projectId, 'Project');
      const project = projectKey ? await cmd.em.findOne(Project, projectKey, { populate: ['constructionUnit', 'division'] }) : null;
      const linkable =
        project &&
        cmd.canRead(project) &&
        project.division.code === divisionCode &&
        (me.county !== undefined && me.county !== null
          ? true
          : project.constructionUnit.id === me.id || project.participantAgencyIds.includes(me.id));
      if (!linkable) problems.push(invalid('CM-9', 'projectId', '没有本单位可关联的该项目', 'No project of yours has this ID'));
      else t.project = project;
    }
    const resources = await resolveQuantities(cmd.em, input.resources, { field: 'resources', rule: 'CM-9' });
    problems.push(...resources.problems);
    if (problems.length) throw new Refusal(problems);

    t.code = await nextCode(cmd.em, today);
    cmd.em.persist(t);
    for (const r of resources.lines) cmd.em.create(CloudTenancyResource, { tenancy: t, item: r.item, requestedQuantity: r.quantity });
    recordTransition(cmd, t, 'apply', 'NEW', t.status);
    return t;
  });
}

/** CM-10/CM-11: the applicant amends a returned application and files it again. */
export function resubmitTenancy(ctx: RequestContext, id: string, input: { resources?: QuantityInput[]; note?: string }) {
  let lines: Awaited<ReturnType<typeof resolveQuantities>> | undefined;
  return tenancyStep(ctx, id, 'resubmit', {
    note: input.note,
    inputProblems: async (_t, _env, cmd) => {
      if (!input.resources) return [];
      lines = await resolveQuantities(cmd.em, input.resources, { field: 'resources', rule: 'CM-9' });
      return lines.problems;
    },
    async apply(t, env, cmd) {
      t.appliedOn = env.today;
      if (lines) {
        const existing = new Map((await cmd.em.find(CloudTenancyResource, { tenancy: t })).map((r) => [r.item.id, r]));
        for (const r of lines.lines) {
          const line = existing.get(r.item.id);
          if (line) line.requestedQuantity = r.quantity;
          else cmd.em.create(CloudTenancyResource, { tenancy: t, item: r.item, requestedQuantity: r.quantity });
          existing.delete(r.item.id);
        }
        for (const gone of existing.values()) cmd.em.remove(gone);
      }
    },
  });
}

export interface TenancyReviewInput {
  decision: ReviewDecision;
  reasons?: string;
  zoneId?: string;
}

/** CM-11: BDC reviews the application: approve (assigning the zone, hence the provider) or return with reasons. */
export function reviewTenancy(ctx: RequestContext, id: string, input: TenancyReviewInput) {
  let zone: CloudZone | null = null;
  return tenancyStep(ctx, id, 'review', {
    note: input.reasons,
    facts: async (t, _env, cmd) => {
      zone = input.zoneId ? await findZone(cmd.em, input.zoneId) : await cmd.em.findOne(CloudZone, t.zone.id);
      return {
        review: { decision: input.decision, reasons: input.reasons, mlpsWithinZone: !zone || t.mlpsLevel <= zone.certifiedMlpsLevel },
      };
    },
    inputProblems: () => (input.decision === ReviewDecision.APPROVE && !zone ? [invalid('CM-21', 'zoneId', '没有该云区域', 'No such cloud zone')] : []),
    apply(t, env) {
      if (input.decision === ReviewDecision.RETURN) {
        t.returnReasons = input.reasons!.trim();
        return;
      }
      t.zone = zone!;
      t.provider = zone!.provider;
      t.approvedOn = env.today;
      t.returnReasons = undefined;
    },
  });
}

export interface ExpertReviewInput {
  reviewedOn: string;
  experts: string[];
  conclusion: string;
  quota: QuantityInput[];
}

/** CM-11: the expert review BDC organized fixes the resource amounts. */
export function recordTenancyExpertReview(ctx: RequestContext, id: string, input: ExpertReviewInput) {
  let quota: Awaited<ReturnType<typeof resolveQuantities>> | undefined;
  const experts = input.experts.map((e) => e.trim()).filter(Boolean);
  return tenancyStep(ctx, id, 'recordExpertReview', {
    note: input.conclusion,
    facts: async (_t, _env, cmd) => {
      quota = await resolveQuantities(cmd.em, input.quota, { field: 'quota', rule: 'CM-11', required: false });
      return { expertReview: { experts, conclusion: input.conclusion, quotaLines: quota.lines.length } };
    },
    inputProblems: (_t, env) => [
      ...quota!.problems,
      ...(!isIsoDate(input.reviewedOn) || input.reviewedOn > env.today ? [invalid('CM-11', 'reviewedOn', '评审日期不能晚于今天', 'The review date cannot be in the future')] : []),
    ],
    async apply(t, _env, cmd) {
      t.expertReviewOn = input.reviewedOn;
      t.experts = experts;
      t.expertConclusion = input.conclusion.trim();
      const existing = new Map((await cmd.em.find(CloudTenancyResource, { tenancy: t })).map((r) => [r.item.id, r]));
      const fixed = new Map(quota!.lines.map((l) => [l.item.id, l.quantity]));
      for (const r of existing.values()) r.quotaQuantity = fixed.get(r.item.id) ?? 0;
      for (const l of quota!.lines) {
        if (!existing.has(l.item.id)) cmd.em.create(CloudTenancyResource, { tenancy: t, item: l.item, requestedQuantity: 0, quotaQuantity: l.quantity });
      }
    },
  });
}

export interface SignDocumentsInput {
  responsibilityLetterRef?: string;
  responsibilityLetterSignedOn?: string;
  confirmationFormRef?: string;
  confirmationFormSignedOn?: string;
}

/** CM-12: the user signs the responsibility letter and fills in the provisioning confirmation form. */
export function signTenancyDocuments(ctx: RequestContext, id: string, input: SignDocumentsInput) {
  const pairs = [
    { ref: input.responsibilityLetterRef?.trim(), on: input.responsibilityLetterSignedOn, field: 'responsibilityLetterRef' },
    { ref: input.confirmationFormRef?.trim(), on: input.confirmationFormSignedOn, field: 'confirmationFormRef' },
  ];
  const complete = pairs.filter((p) => p.ref && p.on).length;
  return tenancyStep(ctx, id, 'signDocuments', {
    facts: () => ({ signing: { documents: complete } }),
    inputProblems: (_t, env) =>
      pairs.flatMap((p) => {
        if (!p.ref && !p.on) return [];
        if (!p.ref || !p.on) return [invalid('CM-12', p.field, '请同时填写文件编号和签署日期', 'Give both the document reference and the signing date')];
        if (p.on > env.today) return [invalid('CM-12', p.field, '签署日期不能晚于今天', 'The signing date cannot be in the future')];
        return [];
      }),
    apply(t) {
      if (pairs[0].ref && pairs[0].on) [t.responsibilityLetterRef, t.responsibilityLetterSignedOn] = [pairs[0].ref, pairs[0].on];
      if (pairs[1].ref && pairs[1].on) [t.confirmationFormRef, t.confirmationFormSignedOn] = [pairs[1].ref, pairs[1].on];
    },
  });
}

/** CM-12: with both documents signed, BDC tells the provider, who provisions within 3 working days. */
export function notifyTenancyProvider(ctx: RequestContext, id: string) {
  return tenancyStep(ctx, id, 'notifyProvider', {
    apply(t, env) {
      t.providerNotifiedOn = env.today;
      t.provisioningDueOn = env.calendar.addWorkingDays(env.today, workingDays.provisioning());
    },
  });
}

/** CM-8, CM-12: the provider confirms provisioning; the quota is in force and the 30-working-day deployment deadline runs (CM-13). */
export function confirmTenancyProvisioning(ctx: RequestContext, id: string, note?: string) {
  return tenancyStep(ctx, id, 'confirmProvisioning', {
    note,
    async apply(t, env, cmd) {
      t.provisionedOn = env.today;
      t.deploymentDueOn = env.calendar.addWorkingDays(env.today, workingDays.deployment());
      const resources = await cmd.em.find(CloudTenancyResource, { tenancy: t });
      await putQuotaInForce(cmd.em, t, new Map(resources.map((r) => [r.item.id, r.quotaQuantity ?? 0])), env.today);
    },
  });
}

export interface DeploymentInput {
  testedOn: string;
  securityPreassessmentRef: string;
  cutoverOn: string;
  oldSystemRetainedUntil?: string;
}

/** CM-7, CM-13: the user deployed, tested, pre-assessed the security risk and cut over, in time; a migrated system's old one is kept ≥ 3 months. */
export function recordTenancyDeployment(ctx: RequestContext, id: string, input: DeploymentInput) {
  return tenancyStep(ctx, id, 'recordDeployment', {
    facts: (t) => ({
      deployment: {
        testedOn: input.testedOn,
        cutoverOn: input.cutoverOn,
        preassessmentRef: input.securityPreassessmentRef,
        retainedUntil: input.oldSystemRetainedUntil,
        minimumRetention: addMonths(input.cutoverOn, workingDays.oldSystemRetentionMonths()),
        provisionedOn: t.provisionedOn,
      },
    }),
    apply(t, env) {
      t.testedOn = input.testedOn;
      t.securityPreassessmentRef = input.securityPreassessmentRef.trim();
      t.cutoverOn = input.cutoverOn;
      t.oldSystemRetainedUntil = t.migration ? input.oldSystemRetainedUntil : undefined;
      t.deployedOn = env.today;
    },
  });
}

/** CM-15: the user applies to leave the cloud. */
export function applyTenancyExit(ctx: RequestContext, id: string, reason: string) {
  return tenancyStep(ctx, id, 'applyExit', {
    note: reason,
    facts: () => ({ exit: { reason } }),
    apply(t, env) {
      t.exitReason = ExitReason.REQUESTED;
      t.exitNote = reason.trim();
      t.exitRequestedOn = env.today;
    },
  });
}

/** CM-15: BDC approves the exit; 20 working days of transition for data migration begin. */
export function approveTenancyExit(ctx: RequestContext, id: string, note?: string) {
  return tenancyStep(ctx, id, 'approveExit', {
    note,
    apply(t, env) {
      t.exitApprovedOn = env.today;
      t.exitTransitionDueOn = env.calendar.addWorkingDays(env.today, workingDays.exitTransition());
    },
  });
}

/** CM-15: after the transition, the user confirms its data migrated and cleared. */
export function confirmTenancyDataCleared(ctx: RequestContext, id: string, note?: string) {
  return tenancyStep(ctx, id, 'confirmDataCleared', {
    note,
    apply(t, env, cmd) {
      t.dataClearedOn = env.today;
      t.dataClearedBy = cmd.currentUser();
    },
  });
}

/** CM-8, CM-15: after the transition, the provider confirms the resources reclaimed; no quota is in force from that day. */
export function confirmTenancyReclaimed(ctx: RequestContext, id: string, note?: string) {
  return tenancyStep(ctx, id, 'confirmReclaimed', {
    note,
    async apply(t, env, cmd) {
      t.resourcesReclaimedOn = env.today;
      t.resourcesReclaimedBy = cmd.currentUser();
      await endQuota(cmd.em, t, env.today);
    },
  });
}

/** CM-15: with both confirmations, BDC closes the tenancy. */
export function decommissionTenancy(ctx: RequestContext, id: string) {
  return tenancyStep(ctx, id, 'decommission', {
    apply(t, env) {
      t.decommissionedOn = env.today;
    },
  });
}

/**
 * Loads a tenancy as a command's subject (NOT_FOUND unless readable) for steps kept in other
 * services. The row is locked for the transaction, so steps on one tenancy (two changes filed at
 * once, a change and an exit) take turns and each sees what the other committed.
 */
export async function loadTenancyFor(cmd: Command, id: string): Promise<CloudTenancy> {
  const key = keyOf(id, 'CloudTenancy');
  const t = key ? await cmd.em.findOne(CloudTenancy, key, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!t || !cmd.canRead(t)) throw cmd.notFound('CloudTenancy');
  return t;
}

/** The gates of a tenancy event without state change (requestChange, adjust, reportIncident). */
export async function tenancyGateProblems(cmd: Command, t: CloudTenancy, event: string, today: string): Promise<Problem[]> {
  const calendar = await loadWorkingCalendar(cmd.em);
  return tenancyMachine.blockers(t.status, event, baseTenancyFacts(t, today, calendar, await hasOpenChange(cmd.em, t.id)));
}
