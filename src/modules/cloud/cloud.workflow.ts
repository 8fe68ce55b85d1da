import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { todayOf } from '../../calendar/clock';
import { addMonths } from '../../calendar/dates';
import { dueAfter, loadWorkingCalendar, requestCalendar } from '../../calendar/calendar.service';
import type { WorkingCalendar } from '../../calendar/working-calendar';
import { rulebook } from '../../rulebook/rulebook';
import { defineWorkflow } from '../../workflow/workflow';
import { CloudChangeRequest } from './change-request.entity';
import { changeRequestMachine, OPEN_CHANGE_STATUSES, type ChangeFacts } from './change-request.machine';
import { CloudTenancyStatus, type CloudChangeStatus, type CloudIncidentStatus, type FeeStatementStatus } from './cloud.enums';
import { FeeStatement } from './fee-statement.entity';
import { feeStatementMachine } from './fee-statement.machine';
import { panelFacts } from '../experts/expert-panel';
import { CloudIncident } from './incident.entity';
import { incidentMachine } from './incident.machine';
import { CloudTenancy } from './tenancy.entity';
import { tenancyMachine, type TenancyFacts } from './tenancy.machine';
import { zoneCertified } from './zone-certificate.service';
import { CloudTenancyDocument, CloudTenancyDocumentKind } from './tenancy-document.entity';

/** The working-day deadlines of the rulebook (CM-12, CM-13, CM-15), never literals. */
export const workingDays = {
  provisioning: () => rulebook.deadline('provisioningWorkingDays').value,
  deployment: () => rulebook.deadline('deploymentWorkingDays').value,
  exitTransition: () => rulebook.deadline('exitTransitionWorkingDays').value,
  oldSystemRetentionMonths: () => rulebook.deadline('oldSystemRetentionMonths').value,
};

const calendars = new WeakMap<EntityManager, Promise<WorkingCalendar>>();

/** The working calendar as one unit of work sees it, loaded once for all its steps and facts. */
export function workingCalendar(em: EntityManager): Promise<WorkingCalendar> {
  let calendar = calendars.get(em);
  if (!calendar) calendars.set(em, (calendar = loadWorkingCalendar(em)));
  return calendar;
}

function calendarFor(ctx: RequestContext, em: EntityManager): Promise<WorkingCalendar> {
  return em === ctx.em ? requestCalendar(ctx) : workingCalendar(em);
}

const knownOpenChanges = new WeakMap<EntityManager, Map<string, boolean>>();

/**
 * Tells the tenancy facts of a unit of work which tenancies have an open change, when the caller
 * has already read them all in one statement (the late-deployment job), so none is counted again.
 */
export function knowOpenChanges(em: EntityManager, tenancies: CloudTenancy[], openChanges: CloudChangeRequest[]): void {
  const open = new Set(openChanges.map((c) => c.tenancy.id));
  knownOpenChanges.set(em, new Map(tenancies.map((t) => [t.id, open.has(t.id)])));
}

async function hasOpenChange(ctx: RequestContext, em: EntityManager, t: CloudTenancy): Promise<boolean> {
  const known = knownOpenChanges.get(em)?.get(t.id);
  if (known !== undefined) return known;
  if (em === ctx.em) {
    const changes = await ctx.loaders.childrenOf(CloudChangeRequest, 'tenancy').load(t.id);
    return changes.some((c) => OPEN_CHANGE_STATUSES.includes(c.status));
  }
  return (await em.count(CloudChangeRequest, { tenancy: t.id, status: { $in: OPEN_CHANGE_STATUSES } })) > 0;
}

/** The kinds of the signed documents uploaded for a tenancy (CM-12); references recorded without the document do not count. */
async function uploadedDocuments(ctx: RequestContext, em: EntityManager, t: CloudTenancy): Promise<Set<CloudTenancyDocumentKind>> {
  const docs = em === ctx.em ? await ctx.loaders.childrenOf(CloudTenancyDocument, 'tenancy').load(t.id) : await em.find(CloudTenancyDocument, { tenancy: t.id });
  return new Set(docs.filter((d) => d.content).map((d) => d.kind));
}

/** The facts every tenancy gate reads: the tenancy itself, today, the calendar and its open changes. */
async function tenancyFacts(ctx: RequestContext, em: EntityManager, t: CloudTenancy): Promise<TenancyFacts> {
  const today = todayOf(ctx.services.clock);
  // One after another: inside a command they share the transaction's single connection, and a
  // failure must not leave a query running after the transaction ends. Across tenancies of a
  // read they still batch, since every tenancy asks for the same fact in the same tick.
  const calendar = await calendarFor(ctx, em);
  const openChange = await hasOpenChange(ctx, em, t);
  // An application naming no known zone is refused by its own input check, not as uncertified.
  const certified = t.zone ? await zoneCertified(ctx, em, t.zone.id, today) : true;
  const documents = await uploadedDocuments(ctx, em, t);
  const gap = (days: number) => dueAfter(calendar, today, days).missingYear ?? null;
  return {
    status: t.status,
    today,
    calendarGaps: {
      provisioning: gap(workingDays.provisioning()),
      deployment: gap(workingDays.deployment()),
      exitTransition: gap(workingDays.exitTransition()),
    },
    responsibilityLetterSigned: documents.has(CloudTenancyDocumentKind.RESPONSIBILITY_LETTER),
    confirmationFormSigned: documents.has(CloudTenancyDocumentKind.PROVISIONING_CONFIRMATION),
    deploymentDueOn: t.deploymentDueOn,
    deploymentExtensionPending: Boolean(t.deploymentExtensionRequestedOn),
    oldSystemRetentionEnds: t.migration && t.cutoverOn ? addMonths(t.cutoverOn, workingDays.oldSystemRetentionMonths()) : undefined,
    oldSystemRetired: Boolean(t.oldSystemRetiredOn),
    exitTransitionDueOn: t.exitTransitionDueOn,
    dataCleared: Boolean(t.dataClearedOn),
    resourcesReclaimed: Boolean(t.resourcesReclaimedOn),
    openChange,
    zoneCertified: certified,
    migration: t.migration,
    expertPanel: panelFacts(t.expertPanel, ctx.principal?.user.id),
  };
}

/**
 * The tenancy (CM-9 … CM-15). Its row is locked for the command, so steps on one tenancy (two
 * changes filed at once, a change and an exit, the late-deployment job) take turns and each sees
 * what the other committed.
 */
export const tenancyWorkflow = defineWorkflow<CloudTenancy, CloudTenancyStatus, TenancyFacts>({
  machine: tenancyMachine,
  subjectType: 'CloudTenancy',
  load: (cmd, key) => cmd.em.findOne(CloudTenancy, key, { lockMode: LockMode.PESSIMISTIC_WRITE }),
  facts: tenancyFacts,
  systemEvents: ['exitLate'],
  tasks: [
    'resubmit', 'review', 'recordExpertOpinion', 'recordExpertReview', 'signDocuments', 'notifyProvider', 'confirmProvisioning', 'recordDeployment',
    'decideDeploymentExtension', 'approveExit', 'confirmDataCleared', 'confirmReclaimed', 'decommission',
  ],
});

const ACTIVE_TENANCY = [CloudTenancyStatus.PROVISIONED, CloudTenancyStatus.IN_SERVICE];

/**
 * The tenancies of the changes a request reads, batched, whether or not the reader may read them:
 * a change's gates read its tenancy's state the same for an expert who sees only the change (CM-11).
 */
function tenancyOfChange(ctx: RequestContext): DataLoader<string, CloudTenancy | null> {
  return ctx.loaders.memo('tenancyOfChange', () =>
    new DataLoader<string, CloudTenancy | null>(async (keys) => {
      const rows = await ctx.em.find(CloudTenancy, { id: { $in: [...keys] } });
      return keys.map((k) => rows.find((t) => t.id === k) ?? null);
    }),
  );
}

async function changeFacts(ctx: RequestContext, em: EntityManager, cr: CloudChangeRequest): Promise<ChangeFacts> {
  const [calendar, tenancy] = await Promise.all([
    calendarFor(ctx, em),
    em === ctx.em ? tenancyOfChange(ctx).load(cr.tenancy.id) : em.findOneOrFail(CloudTenancy, cr.tenancy.id),
  ]);
  return {
    status: cr.status,
    kind: cr.kind,
    tenancyActive: Boolean(tenancy && ACTIVE_TENANCY.includes(tenancy.status)),
    provisioningCalendarGap: dueAfter(calendar, todayOf(ctx.services.clock), workingDays.provisioning()).missingYear ?? null,
    expertPanel: panelFacts(cr.expertPanel, ctx.principal?.user.id),
  };
}

/**
 * A change request (CM-14). Its tenancy's row is locked before anything is decided, and the request
 * and the tenancy are then read as the lock holder sees them, so a change cannot put quota in force
 * on a tenancy that is leaving.
 */
export const changeRequestWorkflow = defineWorkflow<CloudChangeRequest, CloudChangeStatus, ChangeFacts>({
  machine: changeRequestMachine,
  subjectType: 'CloudChangeRequest',
  async load(cmd, key) {
    const found = await cmd.em.findOne(CloudChangeRequest, key);
    if (!found) return null;
    await cmd.em.findOneOrFail(CloudTenancy, found.tenancy.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    return cmd.em.findOneOrFail(CloudChangeRequest, found.id, { populate: ['lines'], refresh: true });
  },
  facts: changeFacts,
  systemEvents: ['cancel'],
  tasks: ['review', 'recordExpertOpinion', 'recordExpertReview', 'notifyProvider', 'confirmProvisioning'],
});

/** A month's fee statement of a tenant (CM-6). */
export const feeStatementWorkflow = defineWorkflow<FeeStatement, FeeStatementStatus, object>({
  machine: feeStatementMachine,
  subjectType: 'FeeStatement',
  load: (cmd, key) => cmd.em.findOne(FeeStatement, key),
  facts: async () => ({}),
  tasks: ['settle'],
});

/**
 * A fault on a tenancy (CM-19). Not locked: of two resolutions at once, the second finds the
 * incident's version changed (CONFLICT).
 */
export const incidentWorkflow = defineWorkflow<CloudIncident, CloudIncidentStatus, object>({
  machine: incidentMachine,
  subjectType: 'CloudIncident',
  load: (cmd, key) => cmd.em.findOne(CloudIncident, key),
  facts: async () => ({}),
  tasks: ['resolve'],
});
