import { subject as caslSubject } from '@casl/ability';
import { todayOf } from '../../calendar/clock';
import type { RequestContext } from '../../context';
import { NOTHING } from '../../authz/access-filter';
import { Refusal, refuseIfAny, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { readFilter } from '../../graphql/loaders';
import { findReadable } from '../../graphql/query-helpers';
import { runCommand, type Command } from '../../workflow/command';
import { recordTransition } from '../../workflow/transition';
import { Agency } from '../organizations/agency.entity';
import { Project } from '../projects/project.entity';
import { Catalog, CatalogEntry, CatalogStatus, CatalogUsage, type CatalogFinding } from './catalog.entity';
import { CatalogFileFormat, CatalogImportMode, CatalogUsageOutcome, isShareable } from './catalog.enums';
import { clean, cleanList, validateEntry, type EntryData } from './catalog-entry.validation';
import { checkCatalogFile, MEDIA_TYPES, readCatalogFile, serializeCatalogFile, type FileEntry, type ReadCatalogFile } from './catalog-file';
import { entryRefusal, fileRefusal, invalid, invalidProblem, precondition, preconditionProblem, staleVersion } from './catalog.errors';
import { catalogMachine, type CatalogFacts } from './catalog.machine';
import type {
  CatalogCreateInput,
  CatalogEntryAddInput,
  CatalogEntryInput,
  CatalogEntryUpdateInput,
  CatalogImportInput,
  CatalogPublishInput,
  CatalogReturnInput,
  CatalogSubmitInput,
  CatalogUsageRecordInput,
} from './catalog.types';

/** Largest catalog file accepted, in bytes (after base64 decoding). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The attributes policies look at, as a CASL subject, for checks without loading the project. */
export function catalogSubject(c: { id: string; status: CatalogStatus }, owner: { projectId: string; constructionUnitId: string; divisionCode: string }) {
  return caslSubject('Catalog', {
    id: c.id,
    status: c.status,
    project: { id: owner.projectId, constructionUnit: { id: owner.constructionUnitId }, division: { code: owner.divisionCode } },
  });
}

// ---------------------------------------------------------------------------------------------
// Loading inside a command

async function loadCatalog(cmd: Command, globalId: string): Promise<Catalog> {
  const key = keyOf(globalId, 'Catalog');
  const catalog = key ? await cmd.em.findOne(Catalog, key, { populate: ['project'] }) : null;
  if (!catalog || !cmd.canRead(catalog)) throw cmd.notFound('Catalog');
  cmd.subjectId = catalog.id;
  return catalog;
}

async function loadEntry(cmd: Command, globalId: string): Promise<CatalogEntry> {
  const key = keyOf(globalId, 'CatalogEntry');
  const entry = key ? await cmd.em.findOne(CatalogEntry, key, { populate: ['catalog', 'catalog.project'] }) : null;
  if (!entry || !cmd.canRead(entry)) throw cmd.notFound('CatalogEntry');
  cmd.subjectId = entry.id;
  return entry;
}

async function factsOf(cmd: Command, catalog: Catalog): Promise<CatalogFacts> {
  return { entryCount: await cmd.em.count(CatalogEntry, { catalog }) };
}

function checkVersion(catalog: Catalog, version: number | null | undefined): void {
  if (version !== null && version !== undefined && version !== catalog.version) throw staleVersion();
}

/** Authorizes `event` on the catalog and checks the machine; throws every problem at once. */
function permit(cmd: Command, catalog: Catalog, event: string, facts: CatalogFacts): CatalogStatus {
  cmd.authorize(event, catalog);
  const outcome = catalogMachine.decide(catalog.status, event, facts);
  if (!outcome.ok) throw new Refusal(outcome.problems);
  return outcome.to;
}

/** Moves the catalog to `to` and records the step (who, agency, when, note). */
function transition(cmd: Command, catalog: Catalog, event: string, to: CatalogStatus, note?: string | null): void {
  const from = catalog.status;
  catalog.status = to;
  recordTransition(cmd, catalog, event, from, to, clean(note));
}

/** Entries changed: the catalog's version moves on, so a transition racing the edit loses. */
function touch(catalog: Catalog): void {
  catalog.updatedAt = new Date();
}

// ---------------------------------------------------------------------------------------------
// Entries

/** Agencies that may provide resources of the project: its construction unit and co-builders (PM-9(6)). */
export function allowedProviderIds(project: Project): string[] {
  return [project.constructionUnit.id, ...project.participantAgencyIds];
}

function entryData(input: CatalogEntryInput, providerId: string): EntryData {
  return {
    classCode: clean(input.classCode) ?? '',
    itemCode: clean(input.itemCode) ?? '',
    categoryCode: clean(input.categoryCode) ?? '',
    subcategoryCode: clean(input.subcategoryCode),
    resourceName: clean(input.resourceName) ?? '',
    resourceCode: clean(input.resourceCode) ?? '',
    providerId,
    providerCode: clean(input.providerCode) ?? '',
    abstract: clean(input.abstract) ?? '',
    formatClass: input.formatClass,
    formatType: clean(input.formatType) ?? '',
    informationItems: (input.informationItems ?? []).map((i) => ({ name: clean(i.name) ?? '', dataType: i.dataType })),
    sharingType: input.sharingType,
    sharingCondition: clean(input.sharingCondition),
    notSharedBasis: clean(input.notSharedBasis),
    sharingMethod: input.sharingMethod ?? null,
    restrictedToOrganizations: cleanList(input.restrictedToOrganizations),
    openType: input.openType,
    openCondition: clean(input.openCondition),
    updateCycle: input.updateCycle,
    publishDate: input.publishDate ?? null,
    relatedResourceCodes: cleanList(input.relatedResourceCodes),
    registeredOnExchange: input.registeredOnExchange ?? false,
  };
}

/** The stored entry as data (what export writes and validation reads). */
export function dataOf(e: CatalogEntry): EntryData {
  return {
    classCode: e.classCode,
    itemCode: e.itemCode,
    categoryCode: e.categoryCode,
    subcategoryCode: e.subcategoryCode ?? null,
    resourceName: e.resourceName,
    resourceCode: e.resourceCode,
    providerId: e.provider.id,
    providerCode: e.providerCode,
    abstract: e.abstract,
    formatClass: e.formatClass,
    formatType: e.formatType,
    informationItems: e.informationItems.map((i) => ({ name: i.name, dataType: i.dataType })),
    sharingType: e.sharingType,
    sharingCondition: e.sharingCondition ?? null,
    notSharedBasis: e.notSharedBasis ?? null,
    sharingMethod: e.sharingMethod ?? null,
    restrictedToOrganizations: [...e.restrictedToOrganizations],
    openType: e.openType,
    openCondition: e.openCondition ?? null,
    updateCycle: e.updateCycle,
    publishDate: e.publishDate ?? null,
    relatedResourceCodes: [...e.relatedResourceCodes],
    registeredOnExchange: e.registeredOnExchange,
  };
}

function apply(cmd: Command, entry: CatalogEntry, data: EntryData): void {
  const { providerId, ...rest } = data;
  Object.assign(entry, rest);
  entry.provider = cmd.em.getReference(Agency, providerId);
}

/** The provider named by the input (the construction unit when none), refused unless allowed. */
function providerOf(catalog: Catalog, providerId: string | null | undefined): string {
  if (!providerId) return catalog.project.constructionUnit.id;
  const key = keyOf(providerId, 'Agency');
  if (!key || !allowedProviderIds(catalog.project).includes(key)) {
    throw invalid(
      'entry.providerId',
      '信息资源提供方须为项目建设单位或共建单位（PM-9(3)、PM-9(6)）',
      'The provider must be the construction unit or a co-builder of the project (PM-9(3), PM-9(6))',
    );
  }
  return key;
}

async function checkEntry(cmd: Command, catalog: Catalog, data: EntryData, exceptId?: string): Promise<void> {
  const problems = validateEntry(data);
  if (problems.length) throw entryRefusal(problems);
  const taken = await cmd.em.count(CatalogEntry, { catalog, resourceCode: data.resourceCode, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (taken) {
    throw invalid('entry.resourceCode', `信息资源代码“${data.resourceCode}”在目录中重复（PM-9(3)）`, `Resource code "${data.resourceCode}" is already in the catalog (PM-9(3))`);
  }
}

/** Adds an information resource to a draft or returned catalog (the construction unit's clerk). */
export function addCatalogEntry(ctx: RequestContext, input: CatalogEntryAddInput) {
  return runCommand(ctx, { action: 'update', subjectType: 'Catalog', subjectId: keyOf(input.catalogId, 'Catalog') ?? undefined }, async (cmd) => {
    const catalog = await loadCatalog(cmd, input.catalogId);
    permit(cmd, catalog, 'update', await factsOf(cmd, catalog));
    const data = entryData(input.entry, providerOf(catalog, input.entry.providerId));
    await checkEntry(cmd, catalog, data);
    const entry = cmd.em.create(CatalogEntry, { catalog, ...data, provider: cmd.em.getReference(Agency, data.providerId) });
    touch(catalog);
    return entry;
  });
}

/** Replaces the metadata of an entry of a draft or returned catalog. */
export function updateCatalogEntry(ctx: RequestContext, input: CatalogEntryUpdateInput) {
  return runCommand(ctx, { action: 'update', subjectType: 'Catalog' }, async (cmd) => {
    const entry = await loadEntry(cmd, input.id);
    const catalog = entry.catalog;
    cmd.subjectId = catalog.id;
    permit(cmd, catalog, 'update', await factsOf(cmd, catalog));
    const data = entryData(input.entry, providerOf(catalog, input.entry.providerId));
    await checkEntry(cmd, catalog, data, entry.id);
    apply(cmd, entry, data);
    touch(catalog);
    return entry;
  });
}

/** Removes an entry of a draft or returned catalog; returns the catalog. */
export function removeCatalogEntry(ctx: RequestContext, id: string) {
  return runCommand(ctx, { action: 'update', subjectType: 'Catalog' }, async (cmd) => {
    const entry = await loadEntry(cmd, id);
    const catalog = entry.catalog;
    cmd.subjectId = catalog.id;
    permit(cmd, catalog, 'update', await factsOf(cmd, catalog));
    cmd.em.remove(entry);
    touch(catalog);
    return catalog;
  });
}

// ---------------------------------------------------------------------------------------------
// Catalog life

/** PM-9(3): the construction unit starts its project's catalog (one per project). */
export function createCatalog(ctx: RequestContext, input: CatalogCreateInput) {
  return runCommand(ctx, { action: 'create', subjectType: 'Catalog' }, async (cmd) => {
    const key = keyOf(input.projectId, 'Project');
    const project = key ? await cmd.em.findOne(Project, key) : null;
    if (!project) throw cmd.notFound('Project');
    // Who neither builds the project nor may see it learns nothing of it.
    const own = project.constructionUnit.id === ctx.principal!.user.agency.id;
    if (!own && !cmd.canRead(project)) throw cmd.notFound('Project');
    const exists = (await cmd.em.count(Catalog, { project })) > 0;
    const catalog = cmd.em.create(Catalog, { project });
    cmd.subjectId = catalog.id;
    cmd.authorize('create', catalog);
    if (exists) throw precondition('该项目已有信息资源目录', 'The project already has a catalog', 'projectId');
    return catalog;
  });
}

/** PM-9(3): the construction unit submits its catalog (at least one entry) to BDC. */
export function submitCatalog(ctx: RequestContext, input: CatalogSubmitInput) {
  return runCommand(ctx, { action: 'submit', subjectType: 'Catalog' }, async (cmd) => {
    const catalog = await loadCatalog(cmd, input.id);
    const to = permit(cmd, catalog, 'submit', await factsOf(cmd, catalog));
    checkVersion(catalog, input.version);
    transition(cmd, catalog, 'submit', to, input.note);
    catalog.submittedAt = new Date();
    return catalog;
  });
}

/** PM-9(3): BDC publishes a submitted catalog; entries without a publish date get today's. */
export function publishCatalog(ctx: RequestContext, input: CatalogPublishInput) {
  return runCommand(ctx, { action: 'publish', subjectType: 'Catalog' }, async (cmd) => {
    const catalog = await loadCatalog(cmd, input.id);
    const to = permit(cmd, catalog, 'publish', await factsOf(cmd, catalog));
    checkVersion(catalog, input.version);
    transition(cmd, catalog, 'publish', to, input.note);
    catalog.publishedAt = new Date();
    catalog.publishedBy = cmd.currentUser();
    const today = todayOf(ctx.services.clock);
    for (const entry of await cmd.em.find(CatalogEntry, { catalog, publishDate: null })) entry.publishDate = today;
    return catalog;
  });
}

/** PM-9(3): BDC returns a submitted catalog with findings; the unit edits and resubmits. */
export function returnCatalog(ctx: RequestContext, input: CatalogReturnInput) {
  return runCommand(ctx, { action: 'return', subjectType: 'Catalog' }, async (cmd) => {
    const catalog = await loadCatalog(cmd, input.id);
    const to = permit(cmd, catalog, 'return', await factsOf(cmd, catalog));
    checkVersion(catalog, input.version);
    const findings: CatalogFinding[] = input.findings.map((f) => ({ resourceCode: clean(f.resourceCode), text: clean(f.text) ?? '' }));
    if (findings.length === 0) throw invalid('findings', '退回须说明审查意见', 'A return states its findings');
    const codes = new Set((await cmd.em.find(CatalogEntry, { catalog }, { fields: ['resourceCode'] })).map((e) => e.resourceCode));
    // Every finding's problem at once.
    refuseIfAny(
      findings.flatMap((f, i) => [
        ...(f.text ? [] : [invalidProblem(`findings[${i}].text`, '审查意见不能为空', 'A finding needs its text')]),
        ...(f.resourceCode && !codes.has(f.resourceCode)
          ? [invalidProblem(`findings[${i}].resourceCode`, `目录中没有信息资源“${f.resourceCode}”`, `The catalog has no resource ${f.resourceCode}`)]
          : []),
      ]),
    );
    transition(cmd, catalog, 'return', to, findings.map((f) => (f.resourceCode ? `${f.resourceCode}：${f.text}` : f.text)).join('\n'));
    catalog.returnedAt = new Date();
    catalog.findings = findings;
    return catalog;
  });
}

// ---------------------------------------------------------------------------------------------
// Files

function fileEntryOf(e: CatalogEntry, providerName: string): FileEntry {
  const { providerId: _p, ...rest } = dataOf(e);
  return { ...rest, providerName };
}

/** Code-unit order of resource codes: stable, whatever the database's collation. */
const byCode = (a: { resourceCode: string }, b: { resourceCode: string }) => (a.resourceCode < b.resourceCode ? -1 : a.resourceCode > b.resourceCode ? 1 : 0);

/** The catalog's entries as a file in the national template, ordered by resource code. */
export async function exportCatalog(ctx: RequestContext, catalogId: string, format: CatalogFileFormat) {
  const catalog = await findReadable(ctx, Catalog, catalogId);
  const filter = readFilter(ctx, CatalogEntry);
  const entries = filter === NOTHING ? [] : await ctx.em.find(CatalogEntry, { $and: [{ catalog: catalog.id }, filter] });
  entries.sort(byCode);
  const providers = await ctx.loaders.byKey(Agency).loadMany([...new Set(entries.map((e) => e.provider.id))]);
  const names = new Map(providers.filter((p): p is Agency => p instanceof Agency).map((p) => [p.id, p.name]));
  const rows = entries.map((e) => fileEntryOf(e, names.get(e.provider.id) ?? ''));
  const [owner] = await ctx.em.execute<{ code: string }[]>('select code from project where id = ?', [catalog.project.id]);
  const content = await serializeCatalogFile(format, rows);
  return {
    fileName: `信息资源目录_${owner?.code ?? catalog.id}.${format === CatalogFileFormat.CSV ? 'csv' : 'xlsx'}`,
    mediaType: MEDIA_TYPES[format],
    contentBase64: content.toString('base64'),
  };
}

const BASE64 = /^[A-Za-z0-9+/\-_\s]*={0,2}\s*$/;

/** An uploaded catalog file, decoded and read (or why it cannot be). */
type Upload = { refusal: Refusal } | { file: ReadCatalogFile };

/** Decodes and reads an uploaded file: CPU-bound, no database (XLSX archives are checked before they are inflated). */
async function readUpload(input: CatalogImportInput): Promise<Upload> {
  if (!BASE64.test(input.contentBase64)) return { refusal: invalid('contentBase64', '文件内容须为 Base64 编码', 'The content must be base64') };
  const buffer = Buffer.from(input.contentBase64, 'base64');
  if (buffer.length === 0) return { refusal: invalid('contentBase64', '文件为空', 'The file is empty') };
  if (buffer.length > MAX_FILE_BYTES) {
    const mb = MAX_FILE_BYTES / 1024 / 1024;
    return { refusal: invalid('contentBase64', `文件不能超过 ${mb} MB`, `The file exceeds ${mb} MB`) };
  }
  return { file: await readCatalogFile(input.format, buffer) };
}

/** Whether the caller may import into the catalog as it stands: only then is a file worth reading. */
async function mayImport(ctx: RequestContext, catalogId: string): Promise<boolean> {
  const key = keyOf(catalogId, 'Catalog');
  if (!key || ctx.readOnly) return false;
  const catalog = await ctx.em.fork().findOne(Catalog, key, { populate: ['project'] });
  return Boolean(catalog && ctx.ability.can('update', catalog) && catalogMachine.transitionFor(catalog.status, 'update'));
}

/**
 * Imports a file in the national template into a draft or returned catalog, all or nothing.
 * REPLACE makes the catalog's entries exactly the file's: entries whose code is in the file are
 * updated in place (their IDs and usage history kept), others removed, new ones added. APPEND adds
 * the file's entries; a code the catalog already has is refused. Every problem is reported at once
 * by row and column, and nothing is imported.
 *
 * The file is decoded, inflated and read before the command's transaction, and only for a caller
 * who may edit the catalog: the transaction holds its connection to check providers and codes and
 * to write, not while a workbook is parsed. The command checks everything again as usual.
 */
export async function importCatalog(ctx: RequestContext, input: CatalogImportInput) {
  const upload = (await mayImport(ctx, input.catalogId)) ? await readUpload(input) : undefined;
  const result = await runCommand(ctx, { action: 'update', subjectType: 'Catalog', subjectId: keyOf(input.catalogId, 'Catalog') ?? undefined }, async (cmd) => {
    const catalog = await loadCatalog(cmd, input.catalogId);
    permit(cmd, catalog, 'update', await factsOf(cmd, catalog));
    const read = upload ?? (await readUpload(input)); // the catalog became editable in between: read it now
    if ('refusal' in read) throw read.refusal;
    const providers = await cmd.em.find(Agency, { id: { $in: allowedProviderIds(catalog.project) } });
    const providerByName = new Map(providers.map((a) => [a.name, a.id]));
    const existing = await cmd.em.find(CatalogEntry, { catalog });
    const replace = input.mode === CatalogImportMode.REPLACE;
    const parsed = checkCatalogFile(read.file, {
      resolveProvider: (name) => providerByName.get(name) ?? null,
      existingCodes: replace ? new Set() : new Set(existing.map((e) => e.resourceCode)),
    });
    if (parsed.problems.length) throw fileRefusal(parsed.problems);

    const byCodeExisting = new Map(existing.map((e) => [e.resourceCode, e]));
    const inFile = new Set(parsed.entries.map((e) => e.data.resourceCode));
    if (replace) for (const e of existing) if (!inFile.has(e.resourceCode)) cmd.em.remove(e);
    for (const { data } of parsed.entries) {
      const current = replace ? byCodeExisting.get(data.resourceCode) : undefined;
      if (current) apply(cmd, current, data);
      else cmd.em.create(CatalogEntry, { catalog, ...data, provider: cmd.em.getReference(Agency, data.providerId) });
    }
    touch(catalog);
    return { catalog, importedCount: parsed.entries.length };
  });
  return {
    catalog: result.value?.catalog ?? null,
    importedCount: result.value?.importedCount ?? 0,
    errors: result.errors,
  };
}

// ---------------------------------------------------------------------------------------------
// Usage feedback

/**
 * PM-9(3) 共享信息使用情况反馈: an agency that used a shared resource of a published catalog
 * records what for and how it went; the provider sees it. Not on one's own resources.
 */
export function recordCatalogUsage(ctx: RequestContext, input: CatalogUsageRecordInput) {
  return runCommand(ctx, { action: 'record', subjectType: 'CatalogUsage' }, async (cmd) => {
    const entry = await loadEntry(cmd, input.entryId);
    const usage = cmd.em.create(CatalogUsage, {
      entry,
      consumerAgency: cmd.currentAgency(),
      recordedBy: cmd.currentUser(),
      purpose: clean(input.purpose) ?? '',
      outcome: input.outcome,
      issue: clean(input.issue),
      usedOn: input.usedOn,
    });
    cmd.subjectId = usage.id;
    cmd.authorize('record', usage);
    // Every problem at once.
    const problems: Problem[] = [];
    if (entry.catalog.status !== CatalogStatus.PUBLISHED) {
      problems.push(preconditionProblem('只能对已发布目录中的信息资源反馈使用情况', 'Usage is recorded on resources of published catalogs only', 'entryId'));
    }
    if (!isShareable(entry.sharingType)) {
      problems.push(preconditionProblem('该信息资源不予共享，无使用情况可反馈', 'The resource is not shared; there is no use to record', 'entryId'));
    }
    const own = cmd.ctx.principal!.user.agency.id;
    if (own === entry.provider.id || own === entry.catalog.project.constructionUnit.id) {
      problems.push(invalidProblem('entryId', '使用情况由使用部门反馈，提供方不能反馈本单位的信息资源', 'Usage is recorded by the consuming agency, not by the provider'));
    }
    if (!usage.purpose) problems.push(invalidProblem('purpose', '请说明使用用途', 'State what the resource was used for'));
    if (input.outcome !== CatalogUsageOutcome.EFFECTIVE && !usage.issue) {
      problems.push(invalidProblem('issue', '存在问题或未能获取时须说明具体情况', 'Describe the quality issue or why the data could not be obtained'));
    }
    if (input.usedOn > todayOf(ctx.services.clock)) problems.push(invalidProblem('usedOn', '使用日期不能晚于今天', 'The date of use cannot be in the future'));
    refuseIfAny(problems);
    return usage;
  });
}
