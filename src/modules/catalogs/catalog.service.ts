import type { RequestContext } from '../../context';
import { NOTHING } from '../../authz/access-filter';
import { invalid, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { readFilter } from '../../graphql/loaders';
import { findReadable } from '../../graphql/query-helpers';
import type { Command } from '../../workflow/command';
import { Agency } from '../organizations/agency.entity';
import { Project } from '../projects/project.entity';
import { Catalog, CatalogEntry, CatalogUsage, type CatalogFinding } from './catalog.entity';
import { CatalogFileFormat, CatalogImportMode, CatalogUsageOutcome } from './catalog.enums';
import { clean, cleanList, validateEntry, type EntryData } from './catalog-entry.validation';
import { checkCatalogFile, MEDIA_TYPES, readCatalogFile, serializeCatalogFile, type FileEntry, type ImportResult, type ReadCatalogFile } from './catalog-file';
import { entryProblems, fileProblems, RULE, staleVersion } from './catalog.errors';
import { catalogMachine } from './catalog.machine';
import { catalogEntryWorkflow, catalogUsageWorkflow, catalogWorkflow } from './catalog.workflow';
import type {
  CatalogCreateInput,
  CatalogEntryAddInput,
  CatalogEntryInput,
  CatalogEntryRemoveInput,
  CatalogEntryUpdateInput,
  CatalogImportInput,
  CatalogPublishInput,
  CatalogReturnInput,
  CatalogSubmitInput,
  CatalogUsageRecordInput,
} from './catalog.types';

/** Largest catalog file accepted, in bytes (after base64 decoding). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The caller saw another version than the catalog's: a transition never acts on a catalog that changed under it. */
function versionProblems(catalog: Catalog, version: number | null | undefined): Problem[] {
  return version !== null && version !== undefined && version !== catalog.version ? [staleVersion()] : [];
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

function assign(cmd: Command, entry: CatalogEntry, data: EntryData): void {
  const { providerId, ...rest } = data;
  Object.assign(entry, rest);
  entry.provider = cmd.em.getReference(Agency, providerId);
}

/** The provider the input names (the construction unit when none), or null when it may not provide. */
function providerOf(catalog: Catalog, providerId: string | null | undefined): string | null {
  if (!providerId) return catalog.project.constructionUnit.id;
  const key = keyOf(providerId, 'Agency');
  return key && allowedProviderIds(catalog.project).includes(key) ? key : null;
}

/** What an entry says, checked without the database (the provider is resolved by `entryChecks`). */
function validateEntryInput(input: CatalogEntryInput): Problem[] {
  return entryProblems(validateEntry(entryData(input, '')));
}

/** The checks of an entry against its catalog: an allowed provider, a resource code not yet used. */
async function entryChecks(cmd: Command, catalog: Catalog, input: CatalogEntryInput, exceptId?: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (!providerOf(catalog, input.providerId)) {
    problems.push(
      invalid(RULE, 'entry.providerId', {
        zh: '信息资源提供方须为项目建设单位或共建单位（PM-9(3)、PM-9(6)）',
        en: 'The provider must be the construction unit or a co-builder of the project (PM-9(3), PM-9(6))',
      }),
    );
  }
  const code = clean(input.resourceCode) ?? '';
  const taken = await cmd.em.count(CatalogEntry, { catalog, resourceCode: code, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (taken) {
    problems.push(invalid(RULE, 'entry.resourceCode', { zh: `信息资源代码“${code}”在目录中重复（PM-9(3)）`, en: `Resource code "${code}" is already in the catalog (PM-9(3))` }));
  }
  return problems;
}

/** Adds an information resource to a draft or returned catalog (the construction unit's clerk). */
export async function addCatalogEntry(ctx: RequestContext, input: CatalogEntryAddInput) {
  let added: CatalogEntry | undefined;
  const result = await catalogWorkflow.step<CatalogEntryAddInput>('update', {
    id: (i) => i.catalogId,
    validate: (i) => validateEntryInput(i.entry),
    check: (cmd, catalog, i) => entryChecks(cmd, catalog, i.entry),
    apply: (cmd, catalog, i) => {
      const data = entryData(i.entry, providerOf(catalog, i.entry.providerId)!);
      added = cmd.em.create(CatalogEntry, { catalog, ...data, provider: cmd.em.getReference(Agency, data.providerId) });
      touch(catalog);
    },
  })(ctx, input);
  return { value: result.value ? added! : null, errors: result.errors };
}

/** Replaces the metadata of an entry of a draft or returned catalog. */
export const updateCatalogEntry = catalogEntryWorkflow.step<CatalogEntryUpdateInput>('update', {
  validate: (i) => validateEntryInput(i.entry),
  check: (cmd, entry, i) => entryChecks(cmd, entry.catalog, i.entry, entry.id),
  apply: (cmd, entry, i) => {
    assign(cmd, entry, entryData(i.entry, providerOf(entry.catalog, i.entry.providerId)!));
    touch(entry.catalog);
  },
});

const removeStep = catalogEntryWorkflow.step<CatalogEntryRemoveInput>('update', {
  apply: (cmd, entry) => {
    cmd.em.remove(entry);
    touch(entry.catalog);
  },
});

/** Removes an entry of a draft or returned catalog; returns the catalog. */
export async function removeCatalogEntry(ctx: RequestContext, input: CatalogEntryRemoveInput) {
  const result = await removeStep(ctx, input);
  return { value: result.value?.catalog ?? null, errors: result.errors };
}

// ---------------------------------------------------------------------------------------------
// Catalog life

/** PM-9(3): the construction unit starts its project's catalog (one per project). */
export const createCatalog = catalogWorkflow.create<CatalogCreateInput>('create', {
  build: async (cmd, input) => {
    const key = keyOf(input.projectId, 'Project');
    const project = key ? await cmd.em.findOne(Project, key) : null;
    // Who neither builds the project nor may see it learns nothing of it.
    if (!project || (project.constructionUnit.id !== cmd.ctx.principal!.user.agency.id && !cmd.canRead(project))) throw cmd.notFound('Project');
    return cmd.em.create(Catalog, { project }, { persist: false });
  },
  inputFacts: async (cmd, catalog) => ({ projectHasCatalog: (await cmd.em.count(Catalog, { project: catalog.project })) > 0 }),
});

/** PM-9(3): the construction unit submits its catalog (at least one entry) to BDC. */
export const submitCatalog = catalogWorkflow.step<CatalogSubmitInput>('submit', {
  check: (_cmd, catalog, i) => versionProblems(catalog, i.version),
  apply: (_cmd, catalog) => {
    catalog.submittedAt = new Date();
  },
  note: (i) => i.note,
});

/** PM-9(3): BDC publishes a submitted catalog; entries without a publish date get today's. */
export const publishCatalog = catalogWorkflow.step<CatalogPublishInput>('publish', {
  check: (_cmd, catalog, i) => versionProblems(catalog, i.version),
  apply: async (cmd, catalog) => {
    catalog.publishedAt = new Date();
    catalog.publishedBy = cmd.currentUser();
    for (const entry of await cmd.em.find(CatalogEntry, { catalog, publishDate: null })) entry.publishDate = cmd.today;
  },
  note: (i) => i.note,
});

const findingsOf = (input: CatalogReturnInput): CatalogFinding[] =>
  input.findings.map((f) => ({ resourceCode: clean(f.resourceCode), text: clean(f.text) ?? '' }));

/** PM-9(3): BDC returns a submitted catalog with findings; the unit edits and resubmits. */
export const returnCatalog = catalogWorkflow.step<CatalogReturnInput>('return', {
  validate: (i) => {
    const findings = findingsOf(i);
    if (findings.length === 0) return [invalid(RULE, 'findings', { zh: '退回须说明审查意见', en: 'A return states its findings' })];
    return findings.flatMap((f, n) => (f.text ? [] : [invalid(RULE, `findings[${n}].text`, { zh: '审查意见不能为空', en: 'A finding needs its text' })]));
  },
  check: async (cmd, catalog, i) => {
    const codes = new Set((await cmd.em.find(CatalogEntry, { catalog }, { fields: ['resourceCode'] })).map((e) => e.resourceCode));
    return [
      ...versionProblems(catalog, i.version),
      ...findingsOf(i).flatMap((f, n) =>
        f.resourceCode && !codes.has(f.resourceCode)
          ? [invalid(RULE, `findings[${n}].resourceCode`, { zh: `目录中没有信息资源“${f.resourceCode}”`, en: `The catalog has no resource ${f.resourceCode}` })]
          : [],
      ),
    ];
  },
  apply: (_cmd, catalog, i) => {
    catalog.returnedAt = new Date();
    catalog.findings = findingsOf(i);
  },
  note: (i) => findingsOf(i).map((f) => (f.resourceCode ? `${f.resourceCode}：${f.text}` : f.text)).join('\n'),
});

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
type Upload = { refusal: Problem[] } | { file: ReadCatalogFile };

/** Decodes and reads an uploaded file: CPU-bound, no database (XLSX archives are checked before they are inflated). */
async function readUpload(input: CatalogImportInput): Promise<Upload> {
  if (!BASE64.test(input.contentBase64)) return { refusal: [invalid(RULE, 'contentBase64', { zh: '文件内容须为 Base64 编码', en: 'The content must be base64' })] };
  const buffer = Buffer.from(input.contentBase64, 'base64');
  if (buffer.length === 0) return { refusal: [invalid(RULE, 'contentBase64', { zh: '文件为空', en: 'The file is empty' })] };
  if (buffer.length > MAX_FILE_BYTES) {
    const mb = MAX_FILE_BYTES / 1024 / 1024;
    return { refusal: [invalid(RULE, 'contentBase64', { zh: `文件不能超过 ${mb} MB`, en: `The file exceeds ${mb} MB` })] };
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
  const upload = (await mayImport(ctx, input.id)) ? await readUpload(input) : undefined;
  const replace = input.mode === CatalogImportMode.REPLACE;
  let existing: CatalogEntry[] = [];
  let parsed: ImportResult = { entries: [], problems: [] };
  const result = await catalogWorkflow.step<CatalogImportInput>('update', {
    check: async (cmd, catalog) => {
      // A catalog that may not be edited now is refused by the machine: its file is not read.
      if (!catalogMachine.transitionFor(catalog.status, 'update')) return [];
      const read = upload ?? (await readUpload(input)); // the catalog became editable in between: read it now
      if ('refusal' in read) return read.refusal;
      const providers = await cmd.em.find(Agency, { id: { $in: allowedProviderIds(catalog.project) } });
      const providerByName = new Map(providers.map((a) => [a.name, a.id]));
      existing = await cmd.em.find(CatalogEntry, { catalog });
      parsed = checkCatalogFile(read.file, {
        resolveProvider: (name) => providerByName.get(name) ?? null,
        existingCodes: replace ? new Set() : new Set(existing.map((e) => e.resourceCode)),
      });
      return fileProblems(parsed.problems);
    },
    apply: async (cmd, catalog) => {
      const byCodeExisting = new Map(existing.map((e) => [e.resourceCode, e]));
      const inFile = new Set(parsed.entries.map((e) => e.data.resourceCode));
      // Removals, updates and insertions are written in three stages (see `flushStage`).
      if (replace) {
        for (const e of existing) if (!inFile.has(e.resourceCode)) cmd.em.remove(e);
        await cmd.flushStage();
        for (const { data } of parsed.entries) {
          const current = byCodeExisting.get(data.resourceCode);
          if (current) assign(cmd, current, data);
        }
        await cmd.flushStage();
      }
      for (const { data } of parsed.entries) {
        if (replace && byCodeExisting.has(data.resourceCode)) continue;
        cmd.em.create(CatalogEntry, { catalog, ...data, provider: cmd.em.getReference(Agency, data.providerId) });
      }
      touch(catalog);
    },
  })(ctx, input);
  return {
    catalog: result.value,
    importedCount: result.value ? parsed.entries.length : 0,
    errors: result.errors,
  };
}

// ---------------------------------------------------------------------------------------------
// Usage feedback

/**
 * PM-9(3) 共享信息使用情况反馈: an agency that used a shared resource of a published catalog
 * records what for and how it went; the provider sees it. Not on one's own resources.
 */
export const recordCatalogUsage = catalogUsageWorkflow.create<CatalogUsageRecordInput>('record', {
  build: async (cmd, input) => {
    const key = keyOf(input.entryId, 'CatalogEntry');
    const entry = key ? await cmd.em.findOne(CatalogEntry, key, { populate: ['catalog', 'catalog.project'] }) : null;
    if (!entry || !cmd.canRead(entry)) throw cmd.notFound('CatalogEntry');
    return cmd.em.create(
      CatalogUsage,
      {
        entry,
        consumerAgency: cmd.currentAgency(),
        recordedBy: cmd.currentUser(),
        purpose: clean(input.purpose) ?? '',
        outcome: input.outcome,
        issue: clean(input.issue),
        usedOn: input.usedOn,
      },
      { persist: false },
    );
  },
  validate: (i) => [
    ...(clean(i.purpose) ? [] : [invalid(RULE, 'purpose', { zh: '请说明使用用途', en: 'State what the resource was used for' })]),
    ...(i.outcome !== CatalogUsageOutcome.EFFECTIVE && !clean(i.issue)
      ? [invalid(RULE, 'issue', { zh: '存在问题或未能获取时须说明具体情况', en: 'Describe the quality issue or why the data could not be obtained' })]
      : []),
  ],
  check: (cmd, _usage, i) => (i.usedOn > cmd.today ? [invalid(RULE, 'usedOn', { zh: '使用日期不能晚于今天', en: 'The date of use cannot be in the future' })] : []),
});
