import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { addMonths } from '../../calendar/dates';
import { invalid, precondition, Refusal, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import type { Command, CommandResult } from '../../workflow/command';
import { recordTransition } from '../../workflow/transition';
import { NONE } from '../../workflow/machine';
import type { StepSpec } from '../../workflow/workflow';
import { Agency } from '../organizations/agency.entity';
import { CITY_CODE, Division } from '../organizations/division.entity';
import { AgencyKind } from '../organizations/organization.enums';
import { Project } from '../projects/project.entity';
import { citeReadings, readingsToCite } from '../monitoring/citation.service';
import { CloudChangeLine, CloudChangeRequest } from './change-request.entity';
import { initialChangeState } from './change-request.machine';
import { CloudChangeKind, ExitReason, ExtensionDecision, ReviewDecision, type CloudTenancyStatus } from './cloud.enums';
import type {
  CloudChangeRequestSubmitInput,
  CloudExpertOpinionInput,
  CloudExpertPanelInput,
  CloudExpertReviewInput,
  CloudIncidentReportInput,
  CloudTenancyAdjustInput,
  CloudTenancyApplyInput,
  CloudTenancyDeploymentInput,
  CloudTenancyDeploymentExtensionDecideInput,
  CloudTenancyDeploymentExtensionRequestInput,
  CloudTenancyExitApplyInput,
  CloudTenancyResubmitInput,
  CloudTenancyReviewInput,
  CloudTenancyDocumentInput,
  CloudTenancySignDocumentsInput,
  CloudTenancyStepInput,
} from './cloud.types';
import { dueAfter } from '../../calendar/calendar.service';
import { tenancyWorkflow, workingCalendar, workingDays } from './cloud.workflow';
import { panelNames, panelSteps } from '../experts/expert-panel';
import { reviewProblems } from './expert-review';
import { CloudIncident } from './incident.entity';
import { endQuota, linesAgainstQuota, putQuotaInForce, resolveQuantities } from './quota';
import { CloudTenancy, CloudTenancyResource } from './tenancy.entity';
import { zoneCertified, type TenancyFacts } from './tenancy.machine';
import { unmetGates } from '../../workflow/machine';
import { CloudZone } from './zone.entity';
import { CloudTenancyDocument, CloudTenancyDocumentKind } from './tenancy-document.entity';
import { ownContent } from '../documents/document.service';
import { onOldSystemRetired, onTenancyCutOver } from '../systems/system.service';

const CLASSIFIED_REFUSED = invalid('CM-2', 'classified', {
  zh: '涉及国家秘密的信息系统不适用政务云，不能申请',
  en: 'Systems handling state secrets are outside the government cloud and cannot apply',
});

const MIGRATED_SYSTEM_MISSING = invalid('CM-4', 'migratedSystemName', { zh: '迁移上云须写明被迁移的原信息系统', en: 'A migration must name the existing system it moves' });

const NO_SUCH_ZONE = invalid('CM-21', 'zoneId', { zh: '没有该云区域', en: 'No such cloud zone' });

function mlpsAboveZone(level: number, zoneLevel: number): Problem {
  return invalid('CM-21', 'mlpsLevel', {
    zh: `系统等级保护第${level}级，高于云区域测评的第${zoneLevel}级`,
    en: `The system is MLPS level ${level}, above the zone’s certified level ${zoneLevel}`,
  });
}

async function findZone(em: EntityManager, zoneId: string | undefined): Promise<CloudZone | null> {
  const key = zoneId ? keyOf(zoneId, 'CloudZone') : null;
  return key ? em.findOne(CloudZone, { id: key, active: true }) : null;
}

async function nextCode(em: EntityManager, today: string): Promise<string> {
  const [row] = await em.execute<{ n: string }[]>(`select nextval('cloud_tenancy_code_seq') as n`);
  return `YZ-${today.slice(0, 4)}-${String(row.n).padStart(5, '0')}`;
}

/** Only a project of the applicant (its own, one it co-builds, or, for a county, one of the county) may be linked. */
async function linkableProject(cmd: Command, projectId: string, divisionCode: string): Promise<Project | null> {
  const me = cmd.ctx.principal!.user.agency;
  const key = keyOf(projectId, 'Project');
  const project = key ? await cmd.em.findOne(Project, key, { populate: ['constructionUnit', 'division'] }) : null;
  // Missing, unreadable and someone else's all answer alike.
  const linkable =
    project &&
    cmd.canRead(project) &&
    project.division.code === divisionCode &&
    (me.county !== undefined && me.county !== null ? true : project.constructionUnit.id === me.id || project.participantAgencyIds.includes(me.id));
  return linkable ? project : null;
}

/**
 * CM-10, CM-7: a county filing names the county department whose system it is: an agency of the
 * filer's county other than its government (the applicant of record). A municipal department is
 * itself the user and names none.
 */
function userDepartmentProblems(filer: Agency, department: Agency | null, input: CloudTenancyApplyInput): Problem[] {
  if (filer.kind !== AgencyKind.COUNTY_EGOV) {
    return input.userDepartmentId
      ? [invalid('CM-10', 'userDepartmentId', { zh: '市直部门直接申请，本身即为云使用部门，无需另填', en: 'A municipal department applying is itself the user; name no other' })]
      : [];
  }
  if (!input.userDepartmentId) {
    return [invalid('CM-10', 'userDepartmentId', { zh: '县级申请须写明信息系统所属的县直部门（云使用部门）', en: 'A county filing names the county department whose system it is' })];
  }
  const ofCounty = department && department.county && department.county.code === filer.county?.code && department.kind !== AgencyKind.COUNTY_GOV;
  return ofCounty ? [] : [invalid('CM-10', 'userDepartmentId', { zh: '所填部门不是本县（市、区）的部门', en: 'The department named is not one of this county' })];
}

/**
 * CM-10: a municipal department applies directly; a county's application is filed by its
 * e-government authority in the county government's name. The policies decide who may file what;
 * the checks here are CM-2 (no classified systems), CM-4 (a migration names the system it moves),
 * CM-21 (MLPS level within the zone's), CM-5/CM-9 (resources from the catalog).
 */
export const applyForTenancy = tenancyWorkflow.create<CloudTenancyApplyInput>('apply', {
  async build(cmd, input) {
    const me = cmd.ctx.principal!.user.agency;
    let tenant: Agency = cmd.em.getReference(Agency, me.id);
    if (me.kind === AgencyKind.COUNTY_EGOV && me.county) {
      // 以县(市、区)政府名义统一申请 (CM-10)
      const government = await cmd.em.findOne(Agency, { kind: AgencyKind.COUNTY_GOV, county: { code: me.county.code } });
      if (!government) {
        throw new Refusal([
          precondition('CM-10', { zh: '县级申请须以县（市、区）政府名义提出，未找到本县政府', en: "A county applies in its government's name, and this county has none on record" }),
        ]);
      }
      tenant = government;
    }
    const zone = await findZone(cmd.em, input.zoneId);
    const departmentKey = input.userDepartmentId ? keyOf(input.userDepartmentId, 'Agency') : null;
    const department = departmentKey ? await cmd.em.findOne(Agency, departmentKey, { populate: ['county'] }) : null;
    // Persisted by the engine once every check passed, so the checks' queries do not flush it.
    return cmd.em.create(
      CloudTenancy,
      {
        code: '',
        systemName: input.systemName.trim(),
        systemDescription: input.systemDescription?.trim() || undefined,
        tenant,
        userDepartment: me.kind === AgencyKind.COUNTY_EGOV ? department : null,
        filedBy: cmd.currentAgency(),
        filedByUser: cmd.currentUser(),
        division: cmd.em.getReference(Division, (me.county?.code ?? CITY_CODE) as never) as Division,
        zone: zone ?? undefined!,
        mlpsLevel: input.mlpsLevel,
        migration: input.migration,
        migratedSystemName: input.migration ? input.migratedSystemName?.trim() || undefined : undefined,
        migratedSystemDescription: input.migration ? input.migratedSystemDescription?.trim() || undefined : undefined,
        contactName: input.contactName.trim(),
        contactPhone: input.contactPhone.trim(),
        appliedOn: cmd.today,
      },
      { persist: false },
    );
  },
  validate(input) {
    const problems: Problem[] = [];
    if (input.classified) problems.push(CLASSIFIED_REFUSED);
    if (!input.systemName.trim()) problems.push(invalid('CM-9', 'systemName', { zh: '请填写信息系统名称', en: 'Name the information system' }));
    if (!input.contactName.trim() || !input.contactPhone.trim()) {
      problems.push(invalid('CM-9', 'contactName', { zh: '请填写联系人及电话', en: 'Give a contact and a phone number' }));
    }
    if (input.migration && !input.migratedSystemName?.trim()) problems.push(MIGRATED_SYSTEM_MISSING);
    if (!Number.isInteger(input.mlpsLevel) || input.mlpsLevel < 1 || input.mlpsLevel > 5) {
      problems.push(invalid('CM-21', 'mlpsLevel', { zh: '等级保护级别须为 1 至 5 级', en: 'The MLPS level is 1 to 5' }));
    }
    return problems;
  },
  async check(cmd, t, input) {
    const problems: Problem[] = [];
    const zone = t.zone ?? null;
    const levelValid = Number.isInteger(input.mlpsLevel) && input.mlpsLevel >= 1 && input.mlpsLevel <= 5;
    if (zone && levelValid && input.mlpsLevel > zone.certifiedMlpsLevel) problems.push(mlpsAboveZone(input.mlpsLevel, zone.certifiedMlpsLevel));
    if (!zone) problems.push(NO_SUCH_ZONE);
    problems.push(...userDepartmentProblems(cmd.ctx.principal!.user.agency, t.userDepartment, input));
    if (input.projectId && !(await linkableProject(cmd, input.projectId, t.division.code))) {
      problems.push(invalid('CM-9', 'projectId', { zh: '没有本单位可关联的该项目', en: 'No project of yours has this ID' }));
    }
    problems.push(...(await resolveQuantities(cmd.em, input.resources, { field: 'resources', rule: 'CM-9' })).problems);
    return problems;
  },
  async apply(cmd, t, input) {
    if (input.projectId) t.project = (await linkableProject(cmd, input.projectId, t.division.code)) ?? undefined;
    t.code = await nextCode(cmd.em, cmd.today);
    const resources = await resolveQuantities(cmd.em, input.resources, { field: 'resources', rule: 'CM-9' });
    for (const r of resources.lines) cmd.em.create(CloudTenancyResource, { tenancy: t, item: r.item, requestedQuantity: r.quantity });
  },
});

/** CM-10/CM-11: the applicant amends a returned application and files it again. */
export const resubmitTenancy = tenancyWorkflow.step<CloudTenancyResubmitInput>('resubmit', {
  note: (input) => input.note,
  check: async (cmd, _t, input) => (input.resources ? (await resolveQuantities(cmd.em, input.resources, { field: 'resources', rule: 'CM-9' })).problems : []),
  async apply(cmd, t, input) {
    t.appliedOn = cmd.today;
    if (!input.resources) return;
    const lines = await resolveQuantities(cmd.em, input.resources, { field: 'resources', rule: 'CM-9' });
    const existing = new Map((await cmd.em.find(CloudTenancyResource, { tenancy: t })).map((r) => [r.item.id, r]));
    for (const r of lines.lines) {
      const line = existing.get(r.item.id);
      if (line) line.requestedQuantity = r.quantity;
      else cmd.em.create(CloudTenancyResource, { tenancy: t, item: r.item, requestedQuantity: r.quantity });
      existing.delete(r.item.id);
    }
    for (const gone of existing.values()) cmd.em.remove(gone);
  },
});

/** The zone a review places the tenancy in: the one named, or the one asked for. */
async function reviewZone(cmd: Command, t: CloudTenancy, input: CloudTenancyReviewInput): Promise<CloudZone | null> {
  return input.zoneId ? findZone(cmd.em, input.zoneId) : cmd.em.findOne(CloudZone, t.zone.id);
}

/** CM-11: BDC reviews the application: approve (assigning the zone, hence the provider) or return with reasons. */
export const reviewTenancy = tenancyWorkflow.step<CloudTenancyReviewInput>('review', {
  note: (input) => input.reasons,
  async inputFacts(cmd, t, input) {
    const zone = await reviewZone(cmd, t, input);
    return { review: { decision: input.decision, reasons: input.reasons, mlpsWithinZone: !zone || t.mlpsLevel <= zone.certifiedMlpsLevel } };
  },
  check: async (cmd, t, input) => (input.decision === ReviewDecision.APPROVE && !(await reviewZone(cmd, t, input)) ? [NO_SUCH_ZONE] : []),
  async apply(cmd, t, input) {
    if (input.decision === ReviewDecision.RETURN) {
      t.returnReasons = input.reasons!.trim();
      return;
    }
    const zone = (await reviewZone(cmd, t, input))!;
    t.zone = zone;
    t.provider = zone.provider;
    t.approvedOn = cmd.today;
    t.returnReasons = undefined;
  },
});

const quotaOf = (cmd: Command, input: CloudExpertReviewInput) => resolveQuantities(cmd.em, input.quota, { field: 'quota', rule: 'CM-11', required: false });

/** CM-11: BDC names the tenancy's panel; each expert on it records its own opinion. */
const tenancyPanel = panelSteps(tenancyWorkflow, 'CM-11');
export const nameTenancyExpertPanel = tenancyPanel.name;
export const recordTenancyExpertOpinion = tenancyPanel.recordOpinion;

/** CM-11: once every expert of the panel has recorded its opinion, BDC records the review that fixes the resource amounts. */
export const recordTenancyExpertReview = tenancyWorkflow.step<CloudExpertReviewInput>('recordExpertReview', {
  note: (input) => input.conclusion,
  inputFacts: async (cmd, _t, input) => ({ expertReview: { quotaLines: (await quotaOf(cmd, input)).lines.length } }),
  check: async (cmd, _t, input) => [...(await quotaOf(cmd, input)).problems, ...reviewProblems(input, cmd.today)],
  async apply(cmd, t, input) {
    const quota = await quotaOf(cmd, input);
    t.expertReviewOn = input.reviewedOn;
    t.experts = panelNames(t.expertPanel);
    t.expertConclusion = input.conclusion.trim();
    const existing = new Map((await cmd.em.find(CloudTenancyResource, { tenancy: t })).map((r) => [r.item.id, r]));
    const fixed = new Map(quota.lines.map((l) => [l.item.id, l.quantity]));
    for (const r of existing.values()) r.quotaQuantity = fixed.get(r.item.id) ?? 0;
    for (const l of quota.lines) {
      if (!existing.has(l.item.id)) cmd.em.create(CloudTenancyResource, { tenancy: t, item: l.item, requestedQuantity: 0, quotaQuantity: l.quantity });
    }
  },
});

/** The documents an input signs, each with the field it came in. */
function signedDocuments(input: CloudTenancySignDocumentsInput) {
  return [
    { doc: input.responsibilityLetter, kind: CloudTenancyDocumentKind.RESPONSIBILITY_LETTER, field: 'responsibilityLetter' },
    { doc: input.confirmationForm, kind: CloudTenancyDocumentKind.PROVISIONING_CONFIRMATION, field: 'confirmationForm' },
  ].filter((d): d is { doc: CloudTenancyDocumentInput; kind: CloudTenancyDocumentKind; field: string } => Boolean(d.doc));
}

/**
 * CM-12: the user uploads the signed responsibility letter and the filled-in provisioning
 * confirmation form (POST /documents) and attaches them to the tenancy, each with its SM3 hash.
 */
export const signTenancyDocuments = tenancyWorkflow.step<CloudTenancySignDocumentsInput>('signDocuments', {
  validate: (input) =>
    signedDocuments(input).length
      ? []
      : [invalid('CM-12', undefined, { zh: '请上传已签署的《政务云使用责任书》或《开通情况确认表》', en: 'Attach the signed responsibility letter or confirmation form' })],
  check: async (cmd, _t, input) => {
    const problems: Problem[] = [];
    for (const { doc, field } of signedDocuments(input)) {
      if (doc.signedOn > cmd.today) problems.push(invalid('CM-12', `${field}.signedOn`, { zh: '签署日期不能晚于今天', en: 'The signing date cannot be in the future' }));
      if (!(await ownContent(cmd, doc.contentId))) {
        problems.push(invalid('CM-12', `${field}.contentId`, { zh: '未找到本单位上传的文件内容：请先上传已签署的文件', en: 'No content uploaded by your agency has this ID: upload the signed document first' }));
      }
    }
    return problems;
  },
  async apply(cmd, t, input) {
    for (const { doc, kind } of signedDocuments(input)) {
      const content = (await ownContent(cmd, doc.contentId))!;
      cmd.em.create(CloudTenancyDocument, {
        tenancy: t,
        kind,
        reference: doc.reference?.trim() || undefined,
        signedOn: doc.signedOn,
        content,
        sm3: content.sm3,
        size: content.size,
        fileName: content.fileName,
        submittedBy: cmd.currentUser(),
      });
    }
  },
});

/** CM-12: with both documents signed, BDC tells the provider, who provisions within 3 working days. */
export const notifyTenancyProvider = tenancyWorkflow.step<CloudTenancyStepInput>('notifyProvider', {
  note: (input) => input.note,
  async apply(cmd, t) {
    t.providerNotifiedOn = cmd.today;
    t.provisioningDueOn = (await workingCalendar(cmd.em)).addWorkingDays(cmd.today, workingDays.provisioning());
  },
});

/** CM-8, CM-12: the provider confirms provisioning; the quota is in force and the 30-working-day deployment deadline runs (CM-13). */
export const confirmTenancyProvisioning = tenancyWorkflow.step<CloudTenancyStepInput>('confirmProvisioning', {
  note: (input) => input.note,
  async apply(cmd, t) {
    t.provisionedOn = cmd.today;
    t.deploymentDueOn = (await workingCalendar(cmd.em)).addWorkingDays(cmd.today, workingDays.deployment());
    const resources = await cmd.em.find(CloudTenancyResource, { tenancy: t });
    await putQuotaInForce(cmd.em, t, new Map(resources.map((r) => [r.item.id, r.quotaQuantity ?? 0])), cmd.today);
  },
});

/** CM-7, CM-13: the user deployed, tested, pre-assessed the security risk and cut over, in time; a migrated system's old one is kept ≥ 3 months. */
export const recordTenancyDeployment = tenancyWorkflow.step<CloudTenancyDeploymentInput>('recordDeployment', {
  inputFacts: (_cmd, t, input): Partial<TenancyFacts> => ({
    deployment: {
      testedOn: input.testedOn,
      cutoverOn: input.cutoverOn,
      preassessmentRef: input.securityPreassessmentRef,
      retainedUntil: input.oldSystemRetainedUntil,
      minimumRetention: addMonths(input.cutoverOn, workingDays.oldSystemRetentionMonths()),
      provisionedOn: t.provisionedOn,
    },
  }),
  apply(cmd, t, input) {
    t.testedOn = input.testedOn;
    t.securityPreassessmentRef = input.securityPreassessmentRef.trim();
    t.cutoverOn = input.cutoverOn;
    t.oldSystemRetainedUntil = t.migration ? input.oldSystemRetainedUntil : undefined;
    t.deployedOn = cmd.today;
    // Deployed: a request for more time still pending has nothing left to decide.
    withdrawExtensionRequest(t);
    // CM-13, CM-4: its systems of the catalog are in service; a migration's old one is the fallback.
    return onTenancyCutOver(cmd, t);
  },
});

function withdrawExtensionRequest(t: CloudTenancy): void {
  t.deploymentExtensionRequestedOn = undefined;
  t.deploymentExtensionRequestedDays = undefined;
  t.deploymentExtensionReasons = undefined;
}

const positiveDays = (days: number | undefined | null, field: string, zh: string, en: string): Problem[] =>
  days !== undefined && days !== null && Number.isInteger(days) && days > 0 ? [] : [invalid('CM-13', field, { zh, en })];

/**
 * CM-13 原则上: before the due date, the user asks BDC, with reasons, for more working days to
 * deploy. The due date in force stays as it is until BDC grants some.
 */
export const requestDeploymentExtension = tenancyWorkflow.step<CloudTenancyDeploymentExtensionRequestInput>('requestDeploymentExtension', {
  note: (input) => input.reasons,
  validate: (input) => positiveDays(input.workingDays, 'workingDays', '请填写申请延长的工作日数（正整数）', 'Give the working days asked for (a positive whole number)'),
  inputFacts: (_cmd, _t, input) => ({ extensionRequest: { reasons: input.reasons } }),
  apply(cmd, t, input) {
    t.deploymentExtensionRequestedOn = cmd.today;
    t.deploymentExtensionRequestedDays = input.workingDays;
    t.deploymentExtensionReasons = input.reasons.trim();
  },
});

/**
 * CM-13: BDC grants the pending request, with the working days it gives (not necessarily those
 * asked), or refuses it. A grant moves the due date in force by that many working days after the
 * one it replaces; a refusal leaves it, and a tenancy past it is then exited by the job.
 */
export const decideDeploymentExtension = tenancyWorkflow.step<CloudTenancyDeploymentExtensionDecideInput>('decideDeploymentExtension', {
  note: (input) => input.note,
  validate: (input) =>
    input.decision === ExtensionDecision.GRANT
      ? positiveDays(input.workingDays, 'workingDays', '同意延长须写明给予的工作日数（正整数）', 'A grant gives the working days granted (a positive whole number)')
      : [],
  async inputFacts(cmd, t, input) {
    const granted = input.decision === ExtensionDecision.GRANT && t.deploymentDueOn && input.workingDays && input.workingDays > 0;
    const calendarGap = granted ? (dueAfter(await workingCalendar(cmd.em), t.deploymentDueOn!, input.workingDays!).missingYear ?? null) : null;
    return { extensionDecision: { decision: input.decision, calendarGap } };
  },
  async apply(cmd, t, input) {
    if (input.decision === ExtensionDecision.GRANT) {
      t.deploymentDueOn = (await workingCalendar(cmd.em)).addWorkingDays(t.deploymentDueOn!, input.workingDays!);
      t.deploymentExtendedDays += input.workingDays!;
    }
    withdrawExtensionRequest(t);
  },
});

/** CM-7, CM-13: the user records the old system of a migration retired, once kept the minimum after cut-over. */
export const retireOldSystem = tenancyWorkflow.step<CloudTenancyStepInput>('retireOldSystem', {
  note: (input) => input.note,
  apply(cmd, t) {
    t.oldSystemRetiredOn = cmd.today;
    t.oldSystemRetiredBy = cmd.currentUser();
    // CM-13: the replaced systems of the catalog are retired with it.
    return onOldSystemRetired(cmd, t);
  },
});

/** CM-15: the user applies to leave the cloud. */
export const applyTenancyExit = tenancyWorkflow.step<CloudTenancyExitApplyInput>('applyExit', {
  note: (input) => input.reason,
  inputFacts: (_cmd, _t, input) => ({ exit: { reason: input.reason } }),
  apply(cmd, t, input) {
    t.exitReason = ExitReason.REQUESTED;
    t.exitNote = input.reason.trim();
    t.exitRequestedOn = cmd.today;
  },
});

/** CM-15: BDC approves the exit; 20 working days of transition for data migration begin. */
export const approveTenancyExit = tenancyWorkflow.step<CloudTenancyStepInput>('approveExit', {
  note: (input) => input.note,
  async apply(cmd, t) {
    t.exitApprovedOn = cmd.today;
    t.exitTransitionDueOn = (await workingCalendar(cmd.em)).addWorkingDays(cmd.today, workingDays.exitTransition());
  },
});

/** CM-15: after the transition, the user confirms its data migrated and cleared. */
export const confirmTenancyDataCleared = tenancyWorkflow.step<CloudTenancyStepInput>('confirmDataCleared', {
  note: (input) => input.note,
  apply(cmd, t) {
    t.dataClearedOn = cmd.today;
    t.dataClearedBy = cmd.currentUser();
  },
});

/** CM-8, CM-15: after the transition, the provider confirms the resources reclaimed; no quota is in force from that day. */
export const confirmTenancyReclaimed = tenancyWorkflow.step<CloudTenancyStepInput>('confirmReclaimed', {
  note: (input) => input.note,
  async apply(cmd, t) {
    t.resourcesReclaimedOn = cmd.today;
    t.resourcesReclaimedBy = cmd.currentUser();
    await endQuota(cmd.em, t, cmd.today);
  },
});

/** CM-15: with both confirmations, BDC closes the tenancy. */
export const decommissionTenancy = tenancyWorkflow.step<CloudTenancyStepInput>('decommission', {
  note: (input) => input.note,
  apply(cmd, t) {
    t.decommissionedOn = cmd.today;
  },
});

type CreatingSpec<I, T> = Omit<StepSpec<CloudTenancy, CloudTenancyStatus, TenancyFacts, I>, 'apply' | 'id'> & {
  create(cmd: Command, t: CloudTenancy, input: I): Promise<T> | T;
};

/**
 * A step of the tenancy that leaves it as it is and files something on it (a change request, an
 * incident): the tenancy's policy and gates decide, and the mutation answers with what was filed.
 */
function filing<I extends { tenancyId: string }, T>(event: string, spec: CreatingSpec<I, T>): (ctx: RequestContext, input: I) => Promise<CommandResult<T>> {
  const filed = new WeakMap<I, T>();
  const step = tenancyWorkflow.step<I>(event, {
    ...spec,
    id: (input) => input.tenancyId,
    async apply(cmd, t, input) {
      filed.set(input, await spec.create(cmd, t, input));
    },
  });
  return async (ctx, input) => {
    const out = await step(ctx, input);
    return out.value ? { value: filed.get(input)!, errors: out.errors } : { value: null, errors: out.errors };
  };
}

function fileChange(cmd: Command, t: CloudTenancy, kind: CloudChangeKind, reason: string, pairs: { item: CloudChangeLine['item']; original: number; quantity: number }[], event: string) {
  const status = initialChangeState(kind);
  const complete = kind === CloudChangeKind.ADJUSTMENT;
  const cr = cmd.em.create(CloudChangeRequest, {
    tenancy: t,
    kind,
    status,
    tenant: t.tenant,
    filedBy: t.filedBy,
    userDepartment: t.userDepartment,
    provider: t.provider,
    division: t.division,
    requestedBy: cmd.currentUser(),
    requestedByAgency: cmd.currentAgency(),
    reason: reason.trim(),
    submittedOn: cmd.today,
    ...(complete ? { approvedOn: cmd.today, providerNotifiedOn: cmd.today, completedOn: cmd.today } : {}),
  });
  for (const p of pairs) {
    cmd.em.create(CloudChangeLine, {
      changeRequest: cr,
      item: p.item,
      originalQuantity: p.original,
      requestedQuantity: p.quantity,
      decidedQuantity: complete ? p.quantity : undefined,
    });
  }
  recordTransition(cmd, cr, event, NONE, status, reason);
  return cr;
}

/** CM-14: the user asks BDC to expand or reduce its resources (one change at a time). */
export const submitChange = filing<CloudChangeRequestSubmitInput, CloudChangeRequest>('requestChange', {
  validate(input) {
    const problems: Problem[] = [];
    if (input.kind === CloudChangeKind.ADJUSTMENT) {
      problems.push(invalid('CM-14', 'kind', { zh: '云使用部门只能申请扩容或减容；调整由市大数据中心进行', en: 'Users apply for expansions or reductions; adjustments are BDC’s' }));
    }
    if (!input.reason.trim()) problems.push(invalid('CM-14', 'reason', { zh: '请说明变更理由', en: 'Give the reason for the change' }));
    return problems;
  },
  check: async (cmd, t, input, facts) => [
    ...(await linesAgainstQuota(cmd.em, t, input.kind, input.lines)).problems,
    // CM-22: an uncertified zone takes no expansion (a reduction is always possible).
    ...(input.kind === CloudChangeKind.EXPANSION ? unmetGates([zoneCertified], facts) : []),
  ],
  async create(cmd, t, input) {
    const { pairs } = await linesAgainstQuota(cmd.em, t, input.kind, input.lines);
    return fileChange(cmd, t, input.kind, input.reason, pairs, 'requestChange');
  },
});

/**
 * CM-5, CM-14: BDC adjusts a tenancy's resources on its own from monitored utilisation. The new
 * quota is in force today, the provider is notified, and the tenant sees the adjustment among its
 * tenancy's changes.
 */
export const adjustTenancy = filing<CloudTenancyAdjustInput, CloudChangeRequest>('adjust', {
  validate: (input) => (input.utilisation.trim() ? [] : [invalid('CM-14', 'utilisation', { zh: '请说明监测到的资源使用情况', en: 'State the utilisation observed' })]),
  check: async (cmd, t, input, facts) => {
    const { pairs, problems } = await linesAgainstQuota(cmd.em, t, CloudChangeKind.ADJUSTMENT, input.lines);
    return [
      ...problems,
      // CM-22: an uncertified zone serves nothing more; an adjustment may still lower a quota.
      ...(pairs.some((p) => p.quantity > p.original) ? unmetGates([zoneCertified], facts) : []),
      // CM-14: the readings it rests on are the tenancy's own.
      ...(await readingsToCite(cmd.em, t, input.readingIds)).problems,
    ];
  },
  async create(cmd, t, input) {
    const { pairs } = await linesAgainstQuota(cmd.em, t, CloudChangeKind.ADJUSTMENT, input.lines);
    const cr = fileChange(cmd, t, CloudChangeKind.ADJUSTMENT, input.utilisation, pairs, 'adjust');
    await putQuotaInForce(cmd.em, t, new Map(pairs.map((p) => [p.item.id, p.quantity])), cmd.today, cr);
    citeReadings(cmd.em, cr, (await readingsToCite(cmd.em, t, input.readingIds)).readings);
    return cr;
  },
});

/** CM-19: BDC, the provider or the user records a fault on a tenancy. */
export const reportIncident = filing<CloudIncidentReportInput, CloudIncident>('reportIncident', {
  validate: (input) => (input.description.trim() ? [] : [invalid('CM-19', 'description', { zh: '请描述故障现象', en: 'Describe the fault' })]),
  check: (cmd, _t, input) =>
    input.occurredAt.getTime() > (cmd.ctx.services.clock?.now() ?? new Date()).getTime()
      ? [invalid('CM-19', 'occurredAt', { zh: '发生时间不能晚于现在', en: 'The fault cannot be in the future' })]
      : [],
  create: (cmd, t, input) =>
    cmd.em.create(CloudIncident, {
      tenancy: t,
      tenant: t.tenant,
      filedBy: t.filedBy,
      userDepartment: t.userDepartment,
      provider: t.provider,
      division: t.division,
      reportedByAgency: cmd.currentAgency(),
      reportedBy: cmd.currentUser(),
      occurredAt: input.occurredAt,
      description: input.description.trim(),
    }),
});
