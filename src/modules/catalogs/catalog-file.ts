import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Msg } from '../../graphql/errors';
import {
  CatalogFileFormat,
  InformationItemDataType,
  OpenType,
  ResourceFormatClass,
  SharingMethod,
  SharingType,
  UpdateCycle,
  dataTypeLabels,
  formatClassLabels,
  openTypeLabels,
  sharingMethodLabels,
  sharingTypeLabels,
  updateCycleLabels,
} from './catalog.enums';
import {
  ITEM_SEPARATOR,
  LIST_SEPARATOR,
  clean,
  cleanList,
  duplicateCodes,
  validateEntry,
  type EntryData,
  type EntryField,
  type InformationItem,
} from './catalog-entry.validation';
import { inspectZip } from './zip-guard';

/**
 * Catalog files in the columns of the national catalog template (政务信息资源目录编制指南, 2017),
 * headed in Chinese, as CSV (UTF-8 with BOM; GB18030 accepted on import) or XLSX (first sheet).
 * Pure: bytes in, entries and problems out, and back. A file imports exactly what it exports.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1 (or the row it is on, when
 * title rows precede it), the first entry row 2. Multi-valued cells separate values with `;`
 * (`；` accepted): information items are `名称:数据类型` (e.g. `姓名:字符型C;出生日期:日期型D`).
 */

/** An entry as the file holds it: the provider by name, resolved by the importer. */
export interface FileEntry extends Omit<EntryData, 'providerId'> {
  providerName: string;
}

export const COLUMNS = [
  '类',
  '项',
  '目',
  '细目',
  '信息资源名称',
  '信息资源代码',
  '信息资源提供方',
  '信息资源提供方代码',
  '信息资源摘要',
  '信息资源格式分类',
  '信息资源格式类型',
  '信息项',
  '共享类型',
  '共享条件',
  '不予共享依据',
  '共享方式分类',
  '共享方式类型',
  '仅向特定企业、社会组织开放',
  '开放类型',
  '开放条件',
  '更新周期',
  '发布日期',
  '关联资源代码',
  '是否已在共享交换平台注册',
] as const;

export type ColumnHeader = (typeof COLUMNS)[number];

/** Columns a template may carry that hold nothing to import. */
const IGNORED_COLUMNS = new Set(['序号']);

/** The column that holds each field (a problem with a field is reported on its column). */
export const FIELD_COLUMN: Record<EntryField, ColumnHeader> = {
  classCode: '类',
  itemCode: '项',
  categoryCode: '目',
  subcategoryCode: '细目',
  resourceName: '信息资源名称',
  resourceCode: '信息资源代码',
  providerId: '信息资源提供方',
  providerCode: '信息资源提供方代码',
  abstract: '信息资源摘要',
  formatClass: '信息资源格式分类',
  formatType: '信息资源格式类型',
  informationItems: '信息项',
  sharingType: '共享类型',
  sharingCondition: '共享条件',
  notSharedBasis: '不予共享依据',
  sharingMethod: '共享方式分类',
  restrictedToOrganizations: '仅向特定企业、社会组织开放',
  openType: '开放类型',
  openCondition: '开放条件',
  updateCycle: '更新周期',
  publishDate: '发布日期',
  relatedResourceCodes: '关联资源代码',
  registeredOnExchange: '是否已在共享交换平台注册',
};

/** Columns kept as text in the spreadsheet, so that leading zeros survive editing. */
const TEXT_COLUMNS: ColumnHeader[] = ['类', '项', '目', '细目', '信息资源代码', '信息资源提供方代码', '关联资源代码', '发布日期'];

export const MEDIA_TYPES: Record<CatalogFileFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** At most this many entry rows in one file. */
export const MAX_ROWS = 5000;
/** At most this many problems are reported; a last one says how many more there were. */
export const MAX_PROBLEMS = 100;

export interface FileProblem {
  /** Spreadsheet row number; null for a problem of the whole file. */
  row: number | null;
  column: string | null;
  message: Msg;
}

/** `row 7, column 共享类型`: where a problem is, as the API reports it in `UserError.field`. */
export function problemLocation(p: FileProblem): string | null {
  if (p.row === null) return p.column ? `column ${p.column}` : null;
  return p.column ? `row ${p.row}, column ${p.column}` : `row ${p.row}`;
}

const YES = '是';
const NO = '否';

function labelOf<E extends string>(labels: Record<E, string>, value: E): string {
  return labels[value];
}

function byLabel<E extends string>(labels: Record<E, string>, text: string): E | undefined {
  for (const [key, label] of Object.entries(labels) as [E, string][]) {
    if (label === text || key === text) return key;
  }
  return undefined;
}

function dataTypeOf(text: string): InformationItemDataType | undefined {
  for (const [key, label] of Object.entries(dataTypeLabels) as [InformationItemDataType, string][]) {
    // 字符型C, 字符型, C or CHARACTER
    if (text === label || text === key || text === label.slice(0, -1) || text.toUpperCase() === label.slice(-1)) return key;
  }
  return undefined;
}

function sharingMethodOf(kind: string, type: string): SharingMethod | null | undefined {
  if (!kind && !type) return null;
  for (const [key, labels] of Object.entries(sharingMethodLabels) as [SharingMethod, { kind: string; type: string }][]) {
    if (labels.kind === kind && labels.type === type) return key;
  }
  return undefined;
}

/** One entry as the cells of a row, in the order of COLUMNS. */
export function toRow(e: FileEntry): string[] {
  const method = e.sharingMethod ? sharingMethodLabels[e.sharingMethod] : { kind: '', type: '' };
  const cells: Record<ColumnHeader, string> = {
    类: e.classCode,
    项: e.itemCode,
    目: e.categoryCode,
    细目: e.subcategoryCode ?? '',
    信息资源名称: e.resourceName,
    信息资源代码: e.resourceCode,
    信息资源提供方: e.providerName,
    信息资源提供方代码: e.providerCode,
    信息资源摘要: e.abstract,
    信息资源格式分类: labelOf(formatClassLabels, e.formatClass),
    信息资源格式类型: e.formatType,
    信息项: e.informationItems.map((i) => `${i.name}:${dataTypeLabels[i.dataType]}`).join(';'),
    共享类型: labelOf(sharingTypeLabels, e.sharingType),
    共享条件: e.sharingCondition ?? '',
    不予共享依据: e.notSharedBasis ?? '',
    共享方式分类: method.kind,
    共享方式类型: method.type,
    '仅向特定企业、社会组织开放': e.restrictedToOrganizations.join(';'),
    开放类型: labelOf(openTypeLabels, e.openType),
    开放条件: e.openCondition ?? '',
    更新周期: labelOf(updateCycleLabels, e.updateCycle),
    发布日期: e.publishDate ?? '',
    关联资源代码: e.relatedResourceCodes.join(';'),
    是否已在共享交换平台注册: e.registeredOnExchange ? YES : NO,
  };
  return COLUMNS.map((c) => cells[c]);
}

/**
 * The entry a row's cells describe, or the problems of its cells (those that cannot even be read:
 * an unknown label, a malformed list). What the entry means is checked afterwards by validateEntry.
 */
export function fromRow(cell: (c: ColumnHeader) => string): { entry: FileEntry | null; problems: { column: ColumnHeader; message: Msg }[] } {
  const problems: { column: ColumnHeader; message: Msg }[] = [];
  const bad = (column: ColumnHeader, zh: string, en: string) => problems.push({ column, message: { zh, en } });
  const text = (c: ColumnHeader) => clean(cell(c));
  const choice = <E extends string>(c: ColumnHeader, labels: Record<E, string>): E | undefined => {
    const t = text(c) ?? '';
    const v = byLabel(labels, t);
    if (!v) {
      const allowed = Object.values<string>(labels).join('、');
      bad(c, t ? `“${t}”不是有效值，可选：${allowed}` : `请填写，可选：${allowed}`, t ? `"${t}" is not a valid value; one of: ${allowed}` : `Required; one of: ${allowed}`);
    }
    return v;
  };

  const items: InformationItem[] = [];
  for (const part of cleanList((text('信息项') ?? '').split(LIST_SEPARATOR))) {
    const m = /^(.*)[:：]([^:：]*)$/.exec(part);
    const type = m ? dataTypeOf(m[2].trim()) : undefined;
    if (!m || !type || ITEM_SEPARATOR.test(m[1])) {
      bad('信息项', `信息项“${part}”须写作“名称:数据类型”（如 姓名:字符型C）`, `Information item "${part}" must read "name:data type" (e.g. 姓名:字符型C)`);
      break;
    }
    items.push({ name: m[1].trim(), dataType: type });
  }

  const formatClass = choice('信息资源格式分类', formatClassLabels);
  const sharingType = choice('共享类型', sharingTypeLabels);
  const openType = choice('开放类型', openTypeLabels);
  const updateCycle = choice('更新周期', updateCycleLabels);
  const methodKind = text('共享方式分类') ?? '';
  const methodType = text('共享方式类型') ?? '';
  const sharingMethod = sharingMethodOf(methodKind, methodType);
  if (sharingMethod === undefined) {
    const platform = sharingMethodLabels.PLATFORM_INTERFACE.kind;
    const medium = sharingMethodLabels.MEDIUM.kind;
    const column: ColumnHeader = methodKind === platform || methodKind === medium ? '共享方式类型' : '共享方式分类';
    bad(
      column,
      `共享方式须为“${platform}”加类型（接口、数据库、文件），或“${medium}”（类型留空）`,
      `The sharing method is "${platform}" with a type (接口, 数据库, 文件), or "${medium}" with no type`,
    );
  }
  const registered = text('是否已在共享交换平台注册') ?? NO;
  if (registered !== YES && registered !== NO) bad('是否已在共享交换平台注册', '请填“是”或“否”', 'Write 是 (yes) or 否 (no)');

  if (problems.length) return { entry: null, problems };
  return {
    entry: {
      classCode: text('类') ?? '',
      itemCode: text('项') ?? '',
      categoryCode: text('目') ?? '',
      subcategoryCode: text('细目'),
      resourceName: text('信息资源名称') ?? '',
      resourceCode: text('信息资源代码') ?? '',
      providerName: text('信息资源提供方') ?? '',
      providerCode: text('信息资源提供方代码') ?? '',
      abstract: text('信息资源摘要') ?? '',
      formatClass: formatClass as ResourceFormatClass,
      formatType: text('信息资源格式类型') ?? '',
      informationItems: items,
      sharingType: sharingType as SharingType,
      sharingCondition: text('共享条件'),
      notSharedBasis: text('不予共享依据'),
      sharingMethod: sharingMethod as SharingMethod | null,
      restrictedToOrganizations: cleanList((text('仅向特定企业、社会组织开放') ?? '').split(LIST_SEPARATOR)),
      openType: openType as OpenType,
      openCondition: text('开放条件'),
      updateCycle: updateCycle as UpdateCycle,
      publishDate: text('发布日期'),
      relatedResourceCodes: cleanList((text('关联资源代码') ?? '').split(LIST_SEPARATOR)),
      registeredOnExchange: registered === YES,
    },
    problems: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

const SHEET_NAME = '信息资源目录';

/**
 * CSV cells a spreadsheet would run as a formula (those starting with = + - @ or a tab or carriage
 * return) are written with a leading `'`, the spreadsheets' own "this is text" mark, so an
 * export opened in Excel or WPS runs nothing a unit typed into its catalog. A cell that starts with
 * `'` gets one too, so that reading strips exactly one leading `'` before any of these characters
 * and a file imports exactly what it exported. (XLSX cells are written as text and need none.)
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r']/;

export function escapeCsvCell(value: string): string {
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}

export function unescapeCsvCell(value: string): string {
  return ESCAPED.test(value) ? value.slice(1) : value;
}

/** The file of a catalog's entries, in the order given. An empty list gives a blank template. */
export async function serializeCatalogFile(format: CatalogFileFormat, entries: readonly FileEntry[]): Promise<Buffer> {
  const rows = [COLUMNS as readonly string[], ...entries.map(toRow)];
  if (format === CatalogFileFormat.CSV) {
    return Buffer.from('\ufeff' + stringify(rows.map((r) => r.map(escapeCsvCell)), { record_delimiter: 'windows' }), 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ji'an e-gov API";
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((header) => ({
    key: header,
    width: Math.max(8, Math.min(40, header.length * 2 + 4)),
    style: TEXT_COLUMNS.includes(header) ? { numFmt: '@' } : {},
  }));
  for (const row of rows) {
    const added = sheet.addRow(row);
    // Every value is text: the file says exactly what it holds, whatever a spreadsheet would guess.
    added.eachCell({ includeEmpty: false }, (c) => {
      c.value = String(c.value ?? '');
    });
  }
  sheet.getRow(1).font = { bold: true };
  const lastRow = Math.max(rows.length, 2) + 500;
  const list = (values: string[]) => ({ type: 'list' as const, allowBlank: true, formulae: [`"${values.join(',')}"`] });
  const validations: [ColumnHeader, string[]][] = [
    ['信息资源格式分类', Object.values(formatClassLabels)],
    ['共享类型', Object.values(sharingTypeLabels)],
    ['共享方式分类', [...new Set(Object.values(sharingMethodLabels).map((m) => m.kind))]],
    ['共享方式类型', Object.values(sharingMethodLabels).map((m) => m.type).filter(Boolean)],
    ['开放类型', Object.values(openTypeLabels)],
    ['更新周期', Object.values(updateCycleLabels)],
    ['是否已在共享交换平台注册', [YES, NO]],
  ];
  for (const [header, values] of validations) {
    const letter = sheet.getColumn(COLUMNS.indexOf(header) + 1).letter;
    (sheet as unknown as { dataValidations: { add(range: string, v: unknown): void } }).dataValidations.add(`${letter}2:${letter}${lastRow}`, list(values));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// Reading

interface RawRow {
  row: number;
  cells: string[];
}

const fileProblem = (zh: string, en: string): FileProblem => ({ row: null, column: null, message: { zh, en } });

function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // Spreadsheets on Chinese Windows save CSV in GB18030 (GBK).
    return new TextDecoder('gb18030').decode(buffer);
  }
}

function readCsv(buffer: Buffer): RawRow[] {
  const records = parse(decodeText(buffer), {
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: false,
    skip_empty_lines: false,
  }) as unknown as { record: string[]; info: { records: number } }[];
  return records.map((r) => ({ row: r.info.records, cells: r.record.map(unescapeCsvCell) }));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? YES : NO;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    if ('error' in value) return '';
  }
  return String(value);
}

function sheetRows(sheet: ExcelJS.Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      cells[col - 1] = cellText(c.value);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

/** At most this many bytes once the workbook is inflated (the XML of MAX_ROWS full rows is far less). */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** At most this many parts in a workbook (one sheet has about a dozen). */
export const MAX_XLSX_ENTRIES = 1000;

/** An XLSX refused before it is inflated (see zip-guard.ts). */
class UnsafeArchive extends Error {}

/** The rows of the first sheet that has the template's header (a workbook may open with instructions). */
async function readXlsx(buffer: Buffer): Promise<RawRow[]> {
  const verdict = inspectZip(buffer, { maxEntries: MAX_XLSX_ENTRIES, maxUncompressedBytes: MAX_XLSX_UNCOMPRESSED_BYTES });
  if (!verdict.ok && verdict.reason !== 'NOT_A_ZIP') throw new UnsafeArchive(verdict.reason);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map(sheetRows);
  return sheets.find((rows) => headerIndex(rows) >= 0) ?? sheets[0] ?? [];
}

/** Where the header is: the first of the first ten rows that names 信息资源名称. */
function headerIndex(rows: RawRow[]): number {
  return rows.slice(0, 10).findIndex((r) => r.cells.some((c) => c.trim() === '信息资源名称'));
}

export interface ImportOptions {
  /** The database key of the agency of that name allowed to provide, or null when none is. */
  resolveProvider(name: string): string | null;
  /** Resource codes the catalog keeps besides the file's (APPEND); none for REPLACE. */
  existingCodes: ReadonlySet<string>;
}

export interface ImportResult {
  entries: { row: number; data: EntryData }[];
  /** Everything wrong with the file; when not empty, nothing of it may be imported. */
  problems: FileProblem[];
}

/**
 * A file read and checked as far as it can be without the database: decoded, inflated, its rows
 * read and validated. This is the CPU-bound part of an import; it runs before the transaction.
 */
export interface ReadCatalogFile {
  entries: { row: number; entry: FileEntry }[];
  problems: FileProblem[];
  /** Resource codes on more than one row of the file (each such row has its problem already). */
  repeatedCodes: ReadonlySet<string>;
  /** The file as a whole is unusable (not a file of the format, no header, too many rows…): nothing else is checked. */
  unusable: boolean;
}

function capped(problems: FileProblem[]): FileProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), fileProblem(`另有 ${more} 处问题未列出`, `${more} more problems not listed`)];
}

const unusable = (problems: FileProblem[]): ReadCatalogFile => ({ entries: [], problems, repeatedCodes: new Set(), unusable: true });

/**
 * Reads a catalog file and checks every row as an entry would be checked when added one by one
 * (validateEntry), and resource codes repeated in the file. The provider of each row and the codes
 * the catalog already has are checked by `checkCatalogFile`, which needs the database.
 */
export async function readCatalogFile(format: CatalogFileFormat, buffer: Buffer): Promise<ReadCatalogFile> {
  let raw: RawRow[];
  try {
    raw = format === CatalogFileFormat.CSV ? readCsv(buffer) : await readXlsx(buffer);
  } catch (e) {
    if (e instanceof UnsafeArchive) {
      const mb = MAX_XLSX_UNCOMPRESSED_BYTES / 1024 / 1024;
      return unusable([
        fileProblem(`XLSX 文件解压后过大（超过 ${mb} MB 或 ${MAX_XLSX_ENTRIES} 个部件）`, `The XLSX file expands beyond ${mb} MB or ${MAX_XLSX_ENTRIES} parts`),
      ]);
    }
    const what = format === CatalogFileFormat.CSV ? 'CSV' : 'XLSX';
    return unusable([fileProblem(`文件不是有效的 ${what} 文件`, `The file is not a valid ${what} file`)]);
  }
  const isBlank = (r: RawRow) => r.cells.every((c) => c.trim() === '');
  const headerAt = headerIndex(raw);
  if (headerAt < 0) {
    return unusable([{ row: 1, column: null, message: { zh: '找不到表头（须含“信息资源名称”等模板列）', en: 'No header row (the template columns, such as 信息资源名称)' } }]);
  }
  const header = raw[headerAt];
  const problems: FileProblem[] = [];
  const index = new Map<string, number>();
  header.cells.forEach((c, i) => {
    const name = c.trim();
    if (name === '' || IGNORED_COLUMNS.has(name)) return;
    if (!(COLUMNS as readonly string[]).includes(name)) {
      problems.push({ row: header.row, column: name, message: { zh: '不是模板中的列', en: 'Not a column of the template' } });
    } else if (index.has(name)) {
      problems.push({ row: header.row, column: name, message: { zh: '列重复', en: 'Column repeated' } });
    } else index.set(name, i);
  });
  for (const c of COLUMNS) {
    if (!index.has(c)) problems.push({ row: header.row, column: c, message: { zh: '缺少模板列', en: 'Template column missing' } });
  }
  if (problems.length) return unusable(problems);

  const body = raw.slice(headerAt + 1).filter((r) => !isBlank(r));
  if (body.length > MAX_ROWS) {
    return unusable([fileProblem(`一个文件最多 ${MAX_ROWS} 条信息资源`, `A file holds at most ${MAX_ROWS} resources`)]);
  }

  const entries: { row: number; entry: FileEntry }[] = [];
  for (const r of body) {
    const read = fromRow((c) => r.cells[index.get(c)!] ?? '');
    for (const p of read.problems) problems.push({ row: r.row, ...p });
    if (!read.entry) continue;
    const { providerName: _name, ...rest } = read.entry;
    for (const p of validateEntry({ ...rest, providerId: '' })) {
      if (p.field === 'providerId') continue; // the provider is resolved by name, in checkCatalogFile
      problems.push({ row: r.row, column: FIELD_COLUMN[p.field], message: p.message });
    }
    entries.push({ row: r.row, entry: read.entry });
  }

  const dup = duplicateCodes(entries.map((e) => e.entry.resourceCode));
  for (const e of entries) {
    const code = e.entry.resourceCode;
    if (dup.has(code)) {
      problems.push({
        row: e.row,
        column: FIELD_COLUMN.resourceCode,
        message: { zh: `信息资源代码“${code}”在文件中重复（PM-9(3)）`, en: `Resource code "${code}" is repeated in the file (PM-9(3))` },
      });
    }
  }
  return { entries, problems, repeatedCodes: dup, unusable: false };
}

/**
 * The rest of the checks, against the catalog: each row's provider (the construction unit or a
 * co-builder, by name) and, for APPEND, codes the catalog already has. Returns every problem,
 * located by row and column; the caller imports nothing when there is one.
 */
export function checkCatalogFile(file: ReadCatalogFile, options: ImportOptions): ImportResult {
  if (file.unusable) return { entries: [], problems: file.problems };
  const problems = [...file.problems];
  const entries: { row: number; data: EntryData }[] = [];
  for (const { row, entry } of file.entries) {
    const { providerName, ...rest } = entry;
    const providerId = providerName ? options.resolveProvider(providerName) : null;
    if (!providerId) {
      problems.push({
        row,
        column: FIELD_COLUMN.providerId,
        message: providerName
          ? { zh: `“${providerName}”不是本项目的建设单位或共建单位`, en: `"${providerName}" is not the construction unit or a co-builder of the project` }
          : { zh: '请填写信息资源提供方', en: 'The provider is required' },
      });
    }
    if (options.existingCodes.has(rest.resourceCode) && !file.repeatedCodes.has(rest.resourceCode)) {
      problems.push({
        row,
        column: FIELD_COLUMN.resourceCode,
        message: { zh: `信息资源代码“${rest.resourceCode}”已在目录中（PM-9(3)）`, en: `Resource code "${rest.resourceCode}" is already in the catalog (PM-9(3))` },
      });
    }
    entries.push({ row, data: { ...rest, providerId: providerId ?? '' } });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || COLUMNS.indexOf(a.column as ColumnHeader) - COLUMNS.indexOf(b.column as ColumnHeader));
  return { entries: problems.length ? [] : entries, problems: capped(problems) };
}

/** readCatalogFile then checkCatalogFile: every problem of a file, or its entries. */
export async function parseCatalogFile(format: CatalogFileFormat, buffer: Buffer, options: ImportOptions): Promise<ImportResult> {
  return checkCatalogFile(await readCatalogFile(format, buffer), options);
}
