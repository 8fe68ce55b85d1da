import type { EntityManager } from '@mikro-orm/postgresql';
import { todayOf } from '../../calendar/clock';
import { addMonths } from '../../calendar/dates';
import { isIsoDate } from '../../graphql/scalars';
import type { RequestContext } from '../../context';
import { conflict, invalid, precondition, Refusal, type Msg, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { rulebook } from '../../rulebook/rulebook';
import { runCommand, type Command } from '../../workflow/command';
import { recordTransition } from '../../workflow/transition';
import { defineWorkflow } from '../../workflow/workflow';
import { Catalog } from '../catalogs/catalog.entity';
import { CloudTenancy } from '../cloud/tenancy.entity';
import { Agency } from '../organizations/agency.entity';
import { RectificationStatus } from '../organizations/rectification-order.entity';
import { Project } from '../projects/project.entity';
import { InformationSystem, InformationSystemProject, SystemDefect } from './information-system.entity';
import { systemMachine, SYSTEM_EVENTS, type SystemFacts } from './system.machine';
import { AssessmentResult, DATA_DEFECTS, DEFECTS_OF_REASON, InformationSystemStatus as S, PASSING_RESULTS, SystemDefectKind } from './system.enums';
import type {
  InformationSystemCryptoAssessmentInput,
  InformationSystemProjectInput,
  InformationSystemRegisterInput,
  InformationSystemRetireInput,
  InformationSystemSecurityTestInput,
  InformationSystemUpdateInput,
  SystemDefectClearInput,
} from './system.types';

/** PM-11: how long a 等保 test and a 密评 count as current (the rulebook's, in months). */
export const validity = {
  securityTestMonths: () => rulebook.deadline('securityTestValidityMonths').value,
  cryptoAssessmentMonths: () => rulebook.deadline('cryptoAssessmentValidityMonths').value,
};

/** The earliest date of a test or an assessment that is still current on `today`. */
export function currentSince(today: string, months: number): string {
  return addMonths(today, -months);
}

/** Whether a result recorded on `on` is current on `today` (PM-11, PM-17): a pass within the validity. */
export function isCurrent(result: AssessmentResult | undefined | null, on: string | undefined | null, today: string, months: number): boolean {
  return Boolean(result && on && PASSING_RESULTS.includes(result) && on >= currentSince(today, months));
}

async function systemFacts(em: EntityManager, system: InformationSystem, today: string): Promise<SystemFacts> {
  const facts: SystemFacts = { status: system.status, today };
  if (system.status === S.MIGRATING) {
    const replacement = await em.findOne(InformationSystem, { replaces: system.id, tenancy: { cutoverOn: { $ne: null } } }, { populate: ['tenancy'] });
    Object.assign(facts, retention(replacement?.tenancy?.cutoverOn));
  }
  return facts;
}

/** CM-13: the old system is kept at least the rulebook's months after its replacement cut over. */
function retention(cutoverOn: string | undefined): Partial<SystemFacts> {
  if (!cutoverOn) return {};
  return { replacementCutOverOn: cutoverOn, retentionEndsOn: addMonths(cutoverOn, rulebook.deadline('oldSystemRetentionMonths').value) };
}

/** The municipal catalog of information systems (PM-17): registered, kept, put in service, migrated, retired. */
export const systemWorkflow = defineWorkflow<InformationSystem, S, SystemFacts>({
  machine: systemMachine,
  subjectType: 'InformationSystem',
  load: (cmd, key) => cmd.em.findOne(InformationSystem, key, { populate: ['owner'] }),
  facts: (ctx, em, system) => systemFacts(em, system, todayOf(ctx.services.clock)),
  systemEvents: SYSTEM_EVENTS,
});

/**
 * A step the system takes as the consequence of another in the same command (an acceptance, a
 * cut-over, an old system's retirement): no policy is asked, the gates are, with the facts the
 * calling step knows (its changes are not yet written).
 */
async function move(cmd: Command, system: InformationSystem, event: string, known: Partial<SystemFacts>, note?: string): Promise<void> {
  const facts = { ...(await systemFacts(cmd.em, system, cmd.today)), ...known };
  const from = system.status;
  const outcome = systemMachine.decide(from, event, facts);
  if (!outcome.ok) throw new Refusal(outcome.problems);
  system.status = outcome.to as S;
  if (system.status === S.RETIRED) system.retiredOn = cmd.today;
  recordTransition(cmd, system, event, from, outcome.to, note);
}

// ---------------------------------------------------------------------------------------------
// Input checks

function textProblems(rule: string, field: string, value: string | undefined | null, required: boolean): Problem[] {
  if (value === undefined || value === null) return required ? [invalid(rule, field, { zh: '此项必填', en: 'Required' })] : [];
  return value.trim() ? [] : [invalid(rule, field, { zh: '不能为空', en: 'Cannot be blank' })];
}

function levelProblems(field: string, level: number | undefined | null, rule = 'CM-21'): Problem[] {
  if (level === undefined || level === null) return [];
  return Number.isInteger(level) && level >= 1 && level <= 5 ? [] : [invalid(rule, field, { zh: '等级保护级别为 1 至 5 级', en: 'The MLPS level is 1 to 5' })];
}

function dateProblems(field: string, date: string, today: string): Problem[] {
  if (!isIsoDate(date)) return [invalid('PM-11', field, { zh: '日期无效', en: 'Invalid date' })];
  return date > today ? [invalid('PM-11', field, { zh: '日期不能晚于今天', en: 'The date cannot be in the future' })] : [];
}

/** What a step's checks found to link, for its `apply` (written only once nothing refused). */
interface Links {
  projects: Project[];
  tenancy?: CloudTenancy;
  catalog?: Catalog;
  existing?: Set<string>;
}
const pendingLinks = new WeakMap<InformationSystem, Links>();

/** The projects, tenancy and catalog named for a system of `owner`: each must be the owner's. */
async function linkProblems(
  cmd: Command,
  owner: Agency,
  input: { projects?: InformationSystemProjectInput[] | null; tenancyId?: string | null; catalogId?: string | null },
  links: Links,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [i, p] of (input.projects ?? []).entries()) {
    const key = keyOf(p.projectId, 'Project');
    const project = key ? await cmd.em.findOne(Project, key) : null;
    const owned = project && cmd.canRead(project) && (project.constructionUnit.id === owner.id || project.participantAgencyIds.includes(owner.id));
    if (!owned) problems.push(invalid('PM-17', `projects.${i}.projectId`, { zh: '所填项目不是该系统所属单位的项目', en: 'The project is not one of the owning unit' }));
    else links.projects.push(project);
  }
  if (input.tenancyId) {
    const key = keyOf(input.tenancyId, 'CloudTenancy');
    const tenancy = key ? await cmd.em.findOne(CloudTenancy, key) : null;
    const owned = tenancy && cmd.canRead(tenancy) && (tenancy.tenant.id === owner.id || tenancy.userDepartment?.id === owner.id);
    if (!owned) problems.push(invalid('CM-7', 'tenancyId', { zh: '所填云资源不是该系统所属单位使用的', en: 'The tenancy is not one the owning unit uses' }));
    else links.tenancy = tenancy;
  }
  if (input.catalogId) {
    const key = keyOf(input.catalogId, 'Catalog');
    const catalog = key ? await cmd.em.findOne(Catalog, key, { populate: ['project'] }) : null;
    const owned = catalog && cmd.canRead(catalog) && catalog.project.constructionUnit.id === owner.id;
    if (!owned) problems.push(invalid('PM-9(3)', 'catalogId', { zh: '所填信息资源目录不是该系统所属单位的', en: 'The catalog is not one of the owning unit' }));
    else links.catalog = catalog;
  }
  return problems;
}

function linkProjects(cmd: Command, system: InformationSystem, projects: Project[], input: InformationSystemProjectInput[] | null | undefined, existing: Set<string>): void {
  projects.forEach((project, i) => {
    if (existing.has(project.id)) return;
    existing.add(project.id);
    cmd.em.persist(cmd.em.create(InformationSystemProject, { system, project, role: input![i].role }, { persist: false }));
  });
}

async function duplicateName(cmd: Command, owner: Agency, name: string, except?: string): Promise<Problem[]> {
  const same = await cmd.em.count(InformationSystem, { owner, name, ...(except ? { id: { $ne: except } } : {}) });
  return same ? [conflict('PM-17', { zh: '该单位目录中已有同名系统', en: 'The unit already has a system of this name in the catalog' }, 'name')] : [];
}

// ---------------------------------------------------------------------------------------------
// Steps

/**
 * PM-17: a unit registers its system in the municipal catalog (BDC, which keeps the catalog, may
 * register one for any unit). An existing system enters IN_SERVICE, one still being built or
 * migrated PLANNED; a migration names the system it replaces (CM-4).
 */
export const registerSystem = systemWorkflow.create<InformationSystemRegisterInput>('register', {
  async build(cmd, input) {
    const ownerKey = input.ownerId ? keyOf(input.ownerId, 'Agency') : cmd.ctx.principal!.user.agency.id;
    const owner = ownerKey ? await cmd.em.findOne(Agency, ownerKey) : null;
    if (!owner || (input.ownerId && !cmd.canRead(owner))) throw new Refusal([invalid('PM-17', 'ownerId', { zh: '所填单位不存在', en: 'No such unit' })]);
    return cmd.em.create(
      InformationSystem,
      {
        name: input.name.trim(),
        description: input.description?.trim() || undefined,
        owner,
        mlpsLevel: input.mlpsLevel ?? undefined,
        registeredBy: cmd.currentUser(),
        registeredByAgency: cmd.currentAgency(),
      },
      { persist: false },
    );
  },
  validate: (input) => [...textProblems('PM-17', 'name', input.name, true), ...levelProblems('mlpsLevel', input.mlpsLevel)],
  async inputFacts(cmd, system, input) {
    if (!input.replacesId) return { inService: input.inService, replaces: null };
    const key = keyOf(input.replacesId, 'InformationSystem');
    const old = key ? await cmd.em.findOne(InformationSystem, key) : null;
    const replaces = old && cmd.canRead(old) ? { sameOwner: old.owner.id === system.owner.id, status: old.status } : { sameOwner: false, status: S.RETIRED };
    if (old && cmd.canRead(old)) system.replaces = old;
    return { inService: input.inService, replaces };
  },
  async check(cmd, system, input) {
    const links: Links = { projects: [] };
    const problems = [...(await linkProblems(cmd, system.owner, input, links)), ...(await duplicateName(cmd, system.owner, system.name))];
    pendingLinks.set(system, links);
    return problems;
  },
  apply(cmd, system, input) {
    const links = pendingLinks.get(system)!;
    system.tenancy = links.tenancy;
    system.catalog = links.catalog;
    linkProjects(cmd, system, links.projects, input.projects, new Set());
  },
});

/** PM-17: the unit (or BDC) corrects its catalog entry: name, MLPS level, tenancy, catalog, projects. */
export const updateSystem = systemWorkflow.step<InformationSystemUpdateInput>('update', {
  validate: (input) => [...textProblems('PM-17', 'name', input.name, false), ...levelProblems('mlpsLevel', input.mlpsLevel)],
  async check(cmd, system, input) {
    const links: Links = { projects: [] };
    const problems = await linkProblems(cmd, system.owner, { projects: input.addProjects, tenancyId: input.tenancyId, catalogId: input.catalogId }, links);
    if (input.name?.trim()) problems.push(...(await duplicateName(cmd, system.owner, input.name.trim(), system.id)));
    links.existing = new Set((await cmd.em.find(InformationSystemProject, { system })).map((l) => l.project.id));
    pendingLinks.set(system, links);
    return problems;
  },
  async apply(cmd, system, input) {
    const links = pendingLinks.get(system)!;
    linkProjects(cmd, system, links.projects, input.addProjects, links.existing!);
    if (links.tenancy) system.tenancy = links.tenancy;
    if (links.catalog) system.catalog = links.catalog;
    if (input.name?.trim()) system.name = input.name.trim();
    if (input.description !== undefined && input.description !== null) system.description = input.description.trim() || undefined;
    if (input.mlpsLevel !== undefined && input.mlpsLevel !== null) system.mlpsLevel = input.mlpsLevel;
    if (system.catalog) await clearDataDefects(cmd, system, SystemDefectKind.NO_RESOURCE_CATALOG, '已编制信息资源目录');
  },
});

/** PM-11: the latest 等保 test; a current pass clears the NO_SECURITY_TEST defects of open orders (PM-17). */
export const recordSystemSecurityTest = systemWorkflow.step<InformationSystemSecurityTestInput>('recordSecurityTest', {
  validate: (input) => [...levelProblems('level', input.level, 'PM-11'), ...textProblems('PM-11', 'body', input.body, true)],
  check: (cmd, _system, input) => dateProblems('testedOn', input.testedOn, cmd.today),
  async apply(cmd, system, input) {
    Object.assign(system, { securityTestLevel: input.level, securityTestResult: input.result, securityTestOn: input.testedOn, securityTestBody: input.body.trim() });
    if (isCurrent(input.result, input.testedOn, cmd.today, validity.securityTestMonths())) {
      await clearDataDefects(cmd, system, SystemDefectKind.NO_SECURITY_TEST, `等保测评 ${input.result} ${input.testedOn}（${input.body.trim()}）`);
    }
  },
  note: (input) => `${input.result} ${input.testedOn}`,
});

/** PM-11: the latest 密评; a current pass clears the NO_CRYPTO_ASSESSMENT defects of open orders (PM-17). */
export const recordSystemCryptoAssessment = systemWorkflow.step<InformationSystemCryptoAssessmentInput>('recordCryptoAssessment', {
  validate: (input) => textProblems('PM-11', 'body', input.body, true),
  check: (cmd, _system, input) => dateProblems('assessedOn', input.assessedOn, cmd.today),
  async apply(cmd, system, input) {
    Object.assign(system, { cryptoAssessmentResult: input.result, cryptoAssessmentOn: input.assessedOn, cryptoAssessmentBody: input.body.trim() });
    if (isCurrent(input.result, input.assessedOn, cmd.today, validity.cryptoAssessmentMonths())) {
      await clearDataDefects(cmd, system, SystemDefectKind.NO_CRYPTO_ASSESSMENT, `密评 ${input.result} ${input.assessedOn}（${input.body.trim()}）`);
    }
  },
  note: (input) => `${input.result} ${input.assessedOn}`,
});

/** PM-17: the unit (or BDC) records a system stopped; a migration's old system only after 3 months (CM-13). */
export const retireSystem = systemWorkflow.step<InformationSystemRetireInput>('retire', {
  apply(cmd, system) {
    system.retiredOn = cmd.today;
  },
  note: (input) => input.note,
});

// ---------------------------------------------------------------------------------------------
// Lifecycle hooks: steps of other workflows move the systems, in their transaction

/** PM-16.3: a passed acceptance puts the systems its project built or changed, still PLANNED, in service. */
export async function onProjectAccepted(cmd: Command, project: Project): Promise<void> {
  const links = await cmd.em.find(InformationSystemProject, { project }, { populate: ['system'] });
  for (const link of links) {
    if (link.system.status === S.PLANNED) await move(cmd, link.system, 'accept', { projectAccepted: true }, `项目 ${project.code} 通过验收`);
  }
}

/** CM-13: a tenancy's cut-over puts its PLANNED systems in service; a migration's old system becomes the fallback (CM-4). */
export async function onTenancyCutOver(cmd: Command, tenancy: CloudTenancy): Promise<void> {
  const systems = await cmd.em.find(InformationSystem, { tenancy }, { populate: ['replaces'] });
  for (const system of systems) {
    if (system.status === S.PLANNED) await move(cmd, system, 'cutOver', { tenancyCutOver: true }, `${tenancy.code} 割接上线 ${tenancy.cutoverOn}`);
    const old = system.replaces;
    if (old && old.status === S.IN_SERVICE) await move(cmd, old, 'startMigration', retention(tenancy.cutoverOn), `由「${system.name}」替代，原系统保留`);
  }
}

/** CM-13: the tenancy's record of the old system retired retires the systems its migrated systems replace. */
export async function onOldSystemRetired(cmd: Command, tenancy: CloudTenancy): Promise<void> {
  const systems = await cmd.em.find(InformationSystem, { tenancy, replaces: { $ne: null } }, { populate: ['replaces'] });
  for (const system of systems) {
    const old = system.replaces!;
    if (old.status === S.MIGRATING) await move(cmd, old, 'retire', retention(tenancy.cutoverOn), `${tenancy.code} 原系统下线`);
  }
}

// ---------------------------------------------------------------------------------------------
// Rectification orders (PM-17)

/** Marks the open orders' defects of `kind` on the system cleared: the data that was missing is now recorded. */
async function clearDataDefects(cmd: Command, system: InformationSystem, kind: SystemDefectKind, note: string): Promise<void> {
  const open = await cmd.em.find(SystemDefect, { system, kind, clearedOn: null, order: { status: RectificationStatus.OPEN } });
  for (const d of open) Object.assign(d, { clearedOn: cmd.today, clearedBy: cmd.currentUser(), clearingNote: note });
}

/** A data defect the system does not have (the order would name something already in order). */
function alreadyMet(system: InformationSystem, kind: SystemDefectKind, today: string): boolean {
  if (kind === SystemDefectKind.NO_CRYPTO_ASSESSMENT) return isCurrent(system.cryptoAssessmentResult, system.cryptoAssessmentOn, today, validity.cryptoAssessmentMonths());
  if (kind === SystemDefectKind.NO_SECURITY_TEST) return isCurrent(system.securityTestResult, system.securityTestOn, today, validity.securityTestMonths());
  if (kind === SystemDefectKind.NO_RESOURCE_CATALOG) return Boolean(system.catalog);
  return false;
}


/**
 * PM-17: the systems an order being issued names, each with its defect: the unit's own systems in
 * the catalog, not retired, a defect of the order's reason, that the system has. The defects are
 * staged with the order (written once nothing refused).
 */
export async function nameSystemDefects(
  cmd: Command,
  order: { unit: { id: string }; reason: string },
  systems: { systemId: string; defect: SystemDefectKind }[] | null | undefined,
): Promise<{ problems: Problem[]; defects: { system: InformationSystem; kind: SystemDefectKind }[] }> {
  const problems: Problem[] = [];
  const defects: { system: InformationSystem; kind: SystemDefectKind }[] = [];
  const seen = new Set<string>();
  for (const [i, s] of (systems ?? []).entries()) {
    const key = keyOf(s.systemId, 'InformationSystem');
    const system = key ? await cmd.em.findOne(InformationSystem, key) : null;
    const field = `systems.${i}`;
    if (!system || !cmd.canRead(system) || system.owner.id !== order.unit.id || system.status === S.RETIRED) {
      problems.push(invalid('PM-17', `${field}.systemId`, { zh: '所填系统不是被整改单位目录中的在册系统', en: 'The system is not one of the unit’s systems in the catalog' }));
    } else if (!(DEFECTS_OF_REASON[order.reason] ?? []).includes(s.defect)) {
      problems.push(invalid('PM-17', `${field}.defect`, { zh: '该问题不属于本整改通知的事由', en: 'The defect is not one of the order’s reason' }));
    } else if (alreadyMet(system, s.defect, cmd.today)) {
      problems.push(invalid('PM-17', `${field}.defect`, { zh: `系统「${system.name}」没有该问题`, en: `The system “${system.name}” has no such defect` }));
    } else if (seen.has(`${system.id}/${s.defect}`)) {
      problems.push(invalid('PM-17', `${field}.defect`, { zh: '同一系统的同一问题只列一次', en: 'A system’s defect is named once' }));
    } else {
      seen.add(`${system.id}/${s.defect}`);
      defects.push({ system, kind: s.defect });
    }
  }
  return { problems, defects };
}

/** Writes the defects an issued order names. */
export function stageSystemDefects(cmd: Command, order: { id: string }, defects: { system: InformationSystem; kind: SystemDefectKind }[]): void {
  for (const d of defects) cmd.em.persist(cmd.em.create(SystemDefect, { order: order as never, system: d.system, kind: d.kind }, { persist: false }));
}

const DEFECT_NAMES: Record<SystemDefectKind, { zh: string; en: string }> = {
  NOT_SHARING: { zh: '未按要求共享数据资源', en: 'does not share as required' },
  DUPLICATE_COLLECTION: { zh: '重复采集数据', en: 'collects data twice' },
  MISSING_FROM_CATALOG: { zh: '未纳入市级政务信息系统目录', en: 'missing from the municipal system catalog' },
  NO_CRYPTO_ASSESSMENT: { zh: '无有效的密码应用安全性评估', en: 'no current cryptography assessment' },
  NO_SECURITY_TEST: { zh: '无有效的等级保护测评', en: 'no current MLPS test' },
  NO_RESOURCE_CATALOG: { zh: '未编制信息资源目录', en: 'no information-resource catalog' },
};

/** The defects an order names that remain, oldest first. */
export async function remainingDefects(em: EntityManager, orderId: string): Promise<SystemDefect[]> {
  return em.find(SystemDefect, { order: orderId, clearedOn: null }, { populate: ['system'], orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** PM-17: each defect that remains, naming the system and the defect. */
export function describeDefects(remaining: SystemDefect[]): Msg[] {
  return remaining.map((d) => ({ zh: `「${d.system.name}」${DEFECT_NAMES[d.kind].zh}`, en: `“${d.system.name}”: ${DEFECT_NAMES[d.kind].en}` }));
}

/**
 * PM-17: the agency that ordered the rectification records a judged defect (sharing, duplicate
 * collection, missing from the catalog) cleared. A data defect is cleared by recording the data.
 */
export function clearSystemDefect(ctx: RequestContext, input: SystemDefectClearInput) {
  const key = keyOf(input.id, 'SystemDefect');
  return runCommand(ctx, { action: 'clear', subjectType: 'SystemDefect', subjectId: key ?? undefined }, async (cmd) => {
    const defect = key ? await cmd.em.findOne(SystemDefect, key, { populate: ['order', 'system'] }) : null;
    if (!defect || !cmd.canRead(defect.order)) throw cmd.notFound('SystemDefect');
    cmd.authorize('clear', defect);
    const problems: Problem[] = [...textProblems('PM-17', 'note', input.note, true)];
    if (DATA_DEFECTS.includes(defect.kind)) {
      problems.push(
        invalid('PM-17', 'id', {
          zh: '该问题在登记相应数据（有效的密评、等保测评结果或信息资源目录）时自动消除',
          en: 'This defect clears when the missing data (a current 密评 or 等保 result, a resource catalog) is recorded',
        }),
      );
    }
    if (defect.clearedOn) problems.push(precondition('PM-17', { zh: '该问题已消除', en: 'The defect is already cleared' }));
    if (defect.order.status !== RectificationStatus.OPEN) problems.push(precondition('PM-17', { zh: '整改通知已关闭', en: 'The order is closed' }));
    if (problems.length) throw new Refusal(problems);
    Object.assign(defect, { clearedOn: cmd.today, clearedBy: cmd.currentUser(), clearingNote: input.note.trim() });
    return defect;
  });
}
