import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { dueAfter, loadWorkingCalendar } from '../../calendar/calendar.service';
import type { WorkingCalendar } from '../../calendar/working-calendar';
import { Refusal, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { isIsoDate } from '../../graphql/scalars';
import { runCommand, type Command } from '../../workflow/command';
import { CloudChangeLine, CloudChangeRequest } from './change-request.entity';
import { changeRequestMachine, type ChangeFacts } from './change-request.machine';
import { CloudChangeKind, CloudChangeStatus, CloudTenancyStatus, ReviewDecision } from './cloud.enums';
import { invalid } from './cloud.errors';
import { recordTransition } from '../../workflow/transition';
import { today as todayOf, workingDays } from './cloud.workflow';
import { openQuotaLines, putQuotaInForce, resolveQuantities, type QuantityInput } from './quota';
import { CloudTenancy } from './tenancy.entity';
import { loadTenancyFor, tenancyGateProblems } from './tenancy.service';

const ACTIVE_TENANCY = [CloudTenancyStatus.PROVISIONED, CloudTenancyStatus.IN_SERVICE];

export interface ChangeSubmitInput {
  tenancyId: string;
  kind: CloudChangeKind;
  reason: string;
  /** The new total quantity of each item that changes. */
  lines: QuantityInput[];
}

/** Whether the new quantities go the way the kind says: all up (some strictly) or all down (some strictly). */
export function quantitiesFitKind(kind: CloudChangeKind, pairs: { original: number; quantity: number }[]): boolean {
  if (kind === CloudChangeKind.EXPANSION) return pairs.every((p) => p.quantity >= p.original) && pairs.some((p) => p.quantity > p.original);
  if (kind === CloudChangeKind.REDUCTION) return pairs.every((p) => p.quantity <= p.original) && pairs.some((p) => p.quantity < p.original);
  return pairs.some((p) => p.quantity !== p.original);
}

function kindMismatch(kind: CloudChangeKind, field = 'lines'): Problem {
  return kind === CloudChangeKind.EXPANSION
    ? invalid('CM-14', field, '扩容申请的数量须不低于现有数量，且至少增加一项', 'An expansion keeps or raises every amount and raises at least one')
    : kind === CloudChangeKind.REDUCTION
      ? invalid('CM-14', field, '减容申请的数量须不高于现有数量，且至少减少一项', 'A reduction keeps or lowers every amount and lowers at least one')
      : invalid('CM-14', field, '调整须至少改变一项数量', 'An adjustment changes at least one amount');
}

/** The change's lines against the quota in force: the request is created with them. */
async function linesAgainstQuota(cmd: Command, t: CloudTenancy, kind: CloudChangeKind, input: QuantityInput[]) {
  const resolved = await resolveQuantities(cmd.em, input, { field: 'lines', rule: 'CM-14', allowZero: kind !== CloudChangeKind.EXPANSION });
  const open = await openQuotaLines(cmd.em, t.id);
  const pairs = resolved.lines.map((l) => ({ item: l.item, original: open.get(l.item.id)?.quantity ?? 0, quantity: l.quantity }));
  const problems = [...resolved.problems];
  if (resolved.problems.length === 0 && pairs.length && !quantitiesFitKind(kind, pairs)) problems.push(kindMismatch(kind));
  return { pairs, problems };
}

function createRequest(cmd: Command, t: CloudTenancy, kind: CloudChangeKind, reason: string, today: string, pairs: { item: CloudChangeLine['item']; original: number; quantity: number }[], decided: boolean) {
  const cr = cmd.em.create(CloudChangeRequest, {
    tenancy: t,
    kind,
    tenant: t.tenant,
    filedBy: t.filedBy,
    provider: t.provider,
    division: t.division,
    requestedBy: cmd.currentUser(),
    requestedByAgency: cmd.currentAgency(),
    reason: reason.trim(),
    submittedOn: today,
  });
  for (const p of pairs) {
    cmd.em.create(CloudChangeLine, {
      changeRequest: cr,
      item: p.item,
      originalQuantity: p.original,
      requestedQuantity: p.quantity,
      decidedQuantity: decided ? p.quantity : undefined,
    });
  }
  return cr;
}

/** CM-14: the user asks BDC to expand or reduce its resources (one change at a time). */
export function submitChange(ctx: RequestContext, input: ChangeSubmitInput) {
  return runCommand(ctx, { action: 'requestChange', subjectType: 'CloudChangeRequest' }, async (cmd) => {
    const t = await loadTenancyFor(cmd, input.tenancyId);
    cmd.authorize('requestChange', t);
    const today = todayOf(ctx);
    const problems = await tenancyGateProblems(cmd, t, 'requestChange', today);
    if (input.kind === CloudChangeKind.ADJUSTMENT) {
      problems.push(invalid('CM-14', 'kind', '云使用部门只能申请扩容或减容；调整由市大数据中心进行', 'Users apply for expansions or reductions; adjustments are BDC’s'));
    }
    if (!input.reason.trim()) problems.push(invalid('CM-14', 'reason', '请说明变更理由', 'Give the reason for the change'));
    const { pairs, problems: lineProblems } = await linesAgainstQuota(cmd, t, input.kind, input.lines);
    problems.push(...lineProblems);
    if (problems.length) throw new Refusal(problems);
    const cr = createRequest(cmd, t, input.kind, input.reason, today, pairs, false);
    cmd.subjectId = cr.id;
    recordTransition(cmd, cr, 'requestChange', 'NEW', cr.status, input.reason);
    return cr;
  });
}

export interface AdjustInput {
  tenancyId: string;
  /** The utilisation observed on the monitoring platform that motivates it. */
  utilisation: string;
  lines: QuantityInput[];
}

/**
 * CM-5, CM-14: BDC adjusts a tenancy's resources on its own from monitored utilisation. The new
 * quota is in force today, the provider is notified, and the tenant sees the adjustment among its
 * tenancy's changes.
 */
export function adjustTenancy(ctx: RequestContext, input: AdjustInput) {
  return runCommand(ctx, { action: 'adjust', subjectType: 'CloudChangeRequest' }, async (cmd) => {
    const t = await loadTenancyFor(cmd, input.tenancyId);
    cmd.authorize('adjust', t);
    const today = todayOf(ctx);
    const problems = await tenancyGateProblems(cmd, t, 'adjust', today);
    if (!input.utilisation.trim()) problems.push(invalid('CM-14', 'utilisation', '请说明监测到的资源使用情况', 'State the utilisation observed'));
    const { pairs, problems: lineProblems } = await linesAgainstQuota(cmd, t, CloudChangeKind.ADJUSTMENT, input.lines);
    problems.push(...lineProblems);
    if (problems.length) throw new Refusal(problems);
    const cr = createRequest(cmd, t, CloudChangeKind.ADJUSTMENT, input.utilisation, today, pairs, true);
    cr.status = CloudChangeStatus.COMPLETED;
    cr.approvedOn = today;
    cr.providerNotifiedOn = today;
    cr.completedOn = today;
    cmd.subjectId = cr.id;
    await putQuotaInForce(cmd.em, t, new Map(pairs.map((p) => [p.item.id, p.quantity])), today, cr);
    recordTransition(cmd, cr, 'adjust', 'NEW', cr.status, input.utilisation);
    return cr;
  });
}

interface ChangeEnv {
  today: string;
  calendar: WorkingCalendar;
  tenancy: CloudTenancy;
  lines: CloudChangeLine[];
}

interface ChangeStepOptions {
  facts?: (cr: CloudChangeRequest, env: ChangeEnv) => Partial<ChangeFacts> | Promise<Partial<ChangeFacts>>;
  inputProblems?: (cr: CloudChangeRequest, env: ChangeEnv) => Problem[];
  apply(cr: CloudChangeRequest, env: ChangeEnv, cmd: Command): Promise<void> | void;
  note?: string;
}

export function baseChangeFacts(cr: CloudChangeRequest, tenancyStatus: CloudTenancyStatus, today: string, calendar: WorkingCalendar): ChangeFacts {
  return {
    status: cr.status,
    kind: cr.kind,
    tenancyActive: ACTIVE_TENANCY.includes(tenancyStatus),
    provisioningCalendarGap: dueAfter(calendar, today, workingDays.provisioning()).missingYear ?? null,
  };
}

/**
 * One step of a change request, like `tenancyStep`: load, authorize, all gates at once, move, record.
 * Steps on one tenancy take turns (its own steps, its other changes, the late-deployment job): the
 * tenancy's row is locked before anything is decided, and the request and the tenancy are then read
 * as the lock holder sees them, so a change cannot put quota in force on a tenancy that is leaving.
 */
function changeStep(ctx: RequestContext, id: string, event: string, options: ChangeStepOptions) {
  const key = keyOf(id, 'CloudChangeRequest');
  return runCommand(ctx, { action: event, subjectType: 'CloudChangeRequest', subjectId: key ?? undefined }, async (cmd) => {
    const found = key ? await cmd.em.findOne(CloudChangeRequest, key) : null;
    if (!found || !cmd.canRead(found)) throw cmd.notFound('CloudChangeRequest');
    const tenancy = await cmd.em.findOneOrFail(CloudTenancy, found.tenancy.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const cr = await cmd.em.findOneOrFail(CloudChangeRequest, found.id, { populate: ['lines'], refresh: true });
    cmd.authorize(event, cr);
    const env: ChangeEnv = { today: todayOf(ctx), calendar: await loadWorkingCalendar(cmd.em), tenancy, lines: cr.lines.getItems() };
    const facts = { ...baseChangeFacts(cr, tenancy.status, env.today, env.calendar), ...(await options.facts?.(cr, env)) };
    const problems = [...changeRequestMachine.blockers(cr.status, event, facts), ...(options.inputProblems?.(cr, env) ?? [])];
    if (problems.length) throw new Refusal(problems);
    const outcome = changeRequestMachine.decide(cr.status, event, facts);
    if (!outcome.ok) throw new Refusal(outcome.problems);
    const from = cr.status;
    cr.status = outcome.to;
    await options.apply(cr, env, cmd);
    recordTransition(cmd, cr, event, from, cr.status, options.note);
    return cr;
  });
}

function decidedQuantities(lines: CloudChangeLine[]): Map<string, number> {
  return new Map(lines.map((l) => [l.item.id, l.decidedQuantity ?? l.requestedQuantity]));
}

export interface ChangeReviewInput {
  decision: ReviewDecision;
  reasons?: string;
  /** A reduction: the amounts BDC approves, when not those requested. */
  lines?: QuantityInput[];
}

/**
 * CM-14: BDC reviews a change. An approved expansion goes on to the expert review; an approved
 * reduction is in force today and the provider is notified.
 */
export function reviewChange(ctx: RequestContext, id: string, input: ChangeReviewInput) {
  let decided: Map<string, number> | undefined;
  return changeStep(ctx, id, 'review', {
    note: input.reasons,
    facts: () => ({ review: { decision: input.decision, reasons: input.reasons } }),
    inputProblems(cr, env) {
      if (!input.lines?.length || input.decision !== ReviewDecision.APPROVE) return [];
      if (cr.kind !== CloudChangeKind.REDUCTION) return [invalid('CM-14', 'lines', '扩容的数量由专家评审确定', 'An expansion’s amounts are fixed by the expert review')];
      const byItem = new Map(env.lines.map((l) => [l.item.id, l]));
      decided = new Map();
      for (const l of input.lines) {
        const line = byItem.get(keyOf(l.itemId, 'CloudServiceItem') ?? '');
        if (!line) return [invalid('CM-14', 'lines', '只能确定申请中所列服务项的数量', 'Only the items of the request can be decided')];
        decided.set(line.item.id, l.quantity);
      }
      const pairs = env.lines.map((l) => ({ original: l.originalQuantity, quantity: decided!.get(l.item.id) ?? l.requestedQuantity }));
      return pairs.every((p) => Number.isInteger(p.quantity) && p.quantity >= 0) && quantitiesFitKind(CloudChangeKind.REDUCTION, pairs) ? [] : [kindMismatch(CloudChangeKind.REDUCTION)];
    },
    async apply(cr, env, cmd) {
      if (input.decision === ReviewDecision.RETURN) {
        cr.returnReasons = input.reasons!.trim();
        return;
      }
      cr.approvedOn = env.today;
      if (cr.kind === CloudChangeKind.REDUCTION) {
        for (const l of env.lines) l.decidedQuantity = decided?.get(l.item.id) ?? l.requestedQuantity;
        cr.providerNotifiedOn = env.today;
        cr.completedOn = env.today;
        await putQuotaInForce(cmd.em, env.tenancy, decidedQuantities(env.lines), env.today, cr);
      }
    },
  });
}

export interface ChangeExpertReviewInput {
  reviewedOn: string;
  experts: string[];
  conclusion: string;
  lines: QuantityInput[];
}

/** CM-14 → CM-11: the expert review fixes an approved expansion's amounts. */
export function recordChangeExpertReview(ctx: RequestContext, id: string, input: ChangeExpertReviewInput) {
  const experts = input.experts.map((e) => e.trim()).filter(Boolean);
  let decided = new Map<string, number>();
  let unknown = false;
  return changeStep(ctx, id, 'recordExpertReview', {
    note: input.conclusion,
    facts(_cr, env) {
      const byItem = new Map(env.lines.map((l) => [l.item.id, l]));
      decided = new Map();
      for (const l of input.lines) {
        const line = byItem.get(keyOf(l.itemId, 'CloudServiceItem') ?? '');
        if (!line) unknown = true;
        else decided.set(line.item.id, l.quantity);
      }
      const pairs = env.lines.map((l) => ({ original: l.originalQuantity, quantity: decided.get(l.item.id) ?? l.originalQuantity }));
      const withinKind = pairs.every((p) => Number.isInteger(p.quantity)) && quantitiesFitKind(CloudChangeKind.EXPANSION, pairs);
      return { expertReview: { experts, conclusion: input.conclusion, withinKind } };
    },
    inputProblems: (_cr, env) => [
      ...(unknown ? [invalid('CM-11', 'lines', '只能确定申请中所列服务项的数量', 'Only the items of the request can be decided')] : []),
      ...(!isIsoDate(input.reviewedOn) || input.reviewedOn > env.today ? [invalid('CM-11', 'reviewedOn', '评审日期不能晚于今天', 'The review date cannot be in the future')] : []),
    ],
    apply(cr, env) {
      cr.expertReviewOn = input.reviewedOn;
      cr.experts = experts;
      cr.expertConclusion = input.conclusion.trim();
      for (const l of env.lines) l.decidedQuantity = decided.get(l.item.id) ?? l.originalQuantity;
    },
  });
}

/** CM-12 (by CM-14): BDC tells the provider to provision the expansion within 3 working days. */
export function notifyChangeProvider(ctx: RequestContext, id: string) {
  return changeStep(ctx, id, 'notifyProvider', {
    apply(cr, env) {
      cr.providerNotifiedOn = env.today;
      cr.provisioningDueOn = env.calendar.addWorkingDays(env.today, workingDays.provisioning());
    },
  });
}

/** CM-8: the provider confirms the expansion provisioned; the new quota is in force from today. */
export function confirmChangeProvisioning(ctx: RequestContext, id: string, note?: string) {
  return changeStep(ctx, id, 'confirmProvisioning', {
    note,
    async apply(cr, env, cmd) {
      cr.completedOn = env.today;
      await putQuotaInForce(cmd.em, env.tenancy, decidedQuantities(env.lines), env.today, cr);
    },
  });
}
