import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Msg } from '../../graphql/errors';
import {
  CatalogFileFormat,
  InformationItemDataType,
  SharingMethod,
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

/** What a column's reader is given: the row's cells by header, and where to report a cell it cannot read. */
interface RowReader {
  text(header: string): string | null;
  bad(header: string, zh: string, en: string): void;
}

/**
 * One column of the template: its header, the entry field it holds (a problem with the field is
 * reported on the first column that holds it), how it is written and how it is read back. The one
 * table the writer, the template's drop-downs, the reader and the problems' locations all use.
 */
interface Column {
  header: string;
  field: EntryField;
  /** Kept as text in the spreadsheet, so that leading zeros survive editing. */
  text?: boolean;
  /** The values the template offers in a drop-down. */
  choices?: readonly string[];
  write(e: FileEntry): string;
  /** The fields the column gives the entry; a column whose field another column reads gives none. */
  read(row: RowReader): Partial<FileEntry>;
}

type TextField = Exclude<{ [K in keyof FileEntry]: FileEntry[K] extends string ? K : never }[keyof FileEntry], 'providerName'>;
type OptionalTextField = { [K in keyof FileEntry]: FileEntry[K] extends string | null ? (null extends FileEntry[K] ? K : never) : never }[keyof FileEntry];
type ListField = 'restrictedToOrganizations' | 'relatedResourceCodes';
type ChoiceField = 'formatClass' | 'sharingType' | 'openType' | 'updateCycle';

const YES = '是';
const NO = '否';

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

/** A required text: blank reads as ''. */
const required = (header: string, field: TextField, text = false): Column => ({
  header,
  field,
  text,
  write: (e) => e[field],
  read: (row) => ({ [field]: row.text(header) ?? '' }),
});

/** An optional text: blank reads as null. */
const optional = (header: string, field: OptionalTextField, text = false): Column => ({
  header,
  field,
  text,
  write: (e) => e[field] ?? '',
  read: (row) => ({ [field]: row.text(header) }),
});

/** Several values in one cell, separated by `;`. */
const list = (header: string, field: ListField, text = false): Column => ({
  header,
  field,
  text,
  write: (e) => e[field].join(';'),
  read: (row) => ({ [field]: cleanList((row.text(header) ?? '').split(LIST_SEPARATOR)) }),
});

/** One of a vocabulary, by its Chinese label (or its API name). */
function choice<E extends string>(header: string, field: ChoiceField, labels: Record<E, string>): Column {
  const allowed = Object.values<string>(labels);
  return {
    header,
    field,
    choices: allowed,
    write: (e) => labels[e[field] as E],
    read: (row) => {
      const t = row.text(header) ?? '';
      const value = byLabel(labels, t);
      if (!value) {
        const all = allowed.join('、');
        row.bad(header, t ? `“${t}”不是有效值，可选：${all}` : `请填写，可选：${all}`, t ? `"${t}" is not a valid value; one of: ${all}` : `Required; one of: ${all}`);
      }
      return { [field]: value };
    },
  };
}

const PLATFORM = sharingMethodLabels.PLATFORM_INTERFACE.kind;
const MEDIUM = sharingMethodLabels.MEDIUM.kind;

const COLUMN_TABLE: readonly Column[] = [
  required('类', 'classCode', true),
  required('项', 'itemCode', true),
  required('目', 'categoryCode', true),
  optional('细目', 'subcategoryCode', true),
  required('信息资源名称', 'resourceName'),
  required('信息资源代码', 'resourceCode', true),
  {
    header: '信息资源提供方',
    field: 'providerId',
    write: (e) => e.providerName,
    read: (row) => ({ providerName: row.text('信息资源提供方') ?? '' }),
  },
  required('信息资源提供方代码', 'providerCode', true),
  required('信息资源摘要', 'abstract'),
  choice('信息资源格式分类', 'formatClass', formatClassLabels),
  required('信息资源格式类型', 'formatType'),
  {
    header: '信息项',
    field: 'informationItems',
    write: (e) => e.informationItems.map((i) => `${i.name}:${dataTypeLabels[i.dataType]}`).join(';'),
    read: (row) => {
      const items: InformationItem[] = [];
      for (const part of cleanList((row.text('信息项') ?? '').split(LIST_SEPARATOR))) {
        const m = /^(.*)[:：]([^:：]*)$/.exec(part);
        const type = m ? dataTypeOf(m[2].trim()) : undefined;
        if (!m || !type || ITEM_SEPARATOR.test(m[1])) {
          row.bad('信息项', `信息项“${part}”须写作“名称:数据类型”（如 姓名:字符型C）`, `Information item "${part}" must read "name:data type" (e.g. 姓名:字符型C)`);
          break;
        }
        items.push({ name: m[1].trim(), dataType: type });
      }
      return { informationItems: items };
    },
  },
  choice('共享类型', 'sharingType', sharingTypeLabels),
  optional('共享条件', 'sharingCondition'),
  optional('不予共享依据', 'notSharedBasis'),
  {
    // The sharing method takes two columns: its kind here, its type in the next; read together.
    header: '共享方式分类',
    field: 'sharingMethod',
    choices: [...new Set(Object.values(sharingMethodLabels).map((m) => m.kind))],
    write: (e) => (e.sharingMethod ? sharingMethodLabels[e.sharingMethod].kind : ''),
    read: (row) => {
      const kind = row.text('共享方式分类') ?? '';
      const sharingMethod = sharingMethodOf(kind, row.text('共享方式类型') ?? '');
      if (sharingMethod === undefined) {
        row.bad(
          kind === PLATFORM || kind === MEDIUM ? '共享方式类型' : '共享方式分类',
          `共享方式须为“${PLATFORM}”加类型（接口、数据库、文件），或“${MEDIUM}”（类型留空）`,
          `The sharing method is "${PLATFORM}" with a type (接口, 数据库, 文件), or "${MEDIUM}" with no type`,
        );
      }
      return { sharingMethod };
    },
  },
  {
    header: '共享方式类型',
    field: 'sharingMethod',
    choices: Object.values(sharingMethodLabels).map((m) => m.type).filter(Boolean),
    write: (e) => (e.sharingMethod ? sharingMethodLabels[e.sharingMethod].type : ''),
    read: () => ({}),
  },
  list('仅向特定企业、社会组织开放', 'restrictedToOrganizations'),
  choice('开放类型', 'openType', openTypeLabels),
  optional('开放条件', 'openCondition'),
  choice('更新周期', 'updateCycle', updateCycleLabels),
  optional('发布日期', 'publishDate', true),
  list('关联资源代码', 'relatedResourceCodes', true),
  {
    header: '是否已在共享交换平台注册',
    field: 'registeredOnExchange',
    choices: [YES, NO],
    write: (e) => (e.registeredOnExchange ? YES : NO),
    read: (row) => {
      const registered = row.text('是否已在共享交换平台注册') ?? NO;
      if (registered !== YES && registered !== NO) row.bad('是否已在共享交换平台注册', '请填“是”或“否”', 'Write 是 (yes) or 否 (no)');
      return { registeredOnExchange: registered === YES };
    },
  },
];

/** The template's headers, in order. */
export const COLUMNS: readonly string[] = COLUMN_TABLE.map((c) => c.header);

export type ColumnHeader = string;

/** Columns a template may carry that hold nothing to import. */
const IGNORED_COLUMNS = new Set(['序号']);

/** The column that holds each field (a problem with a field is reported on its column). */
export const FIELD_COLUMN = Object.fromEntries(
  [...COLUMN_TABLE].reverse().map((c) => [c.field, c.header]),
) as Record<EntryField, ColumnHeader>;

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

/** One entry as the cells of a row, in the order of COLUMNS. */
export function toRow(e: FileEntry): string[] {
  return COLUMN_TABLE.map((c) => c.write(e));
}

/**
 * The entry a row's cells describe, or the problems of its cells (those that cannot even be read:
 * an unknown label, a malformed list). What the entry means is checked afterwards by validateEntry.
 */
export function fromRow(cell: (c: ColumnHeader) => string): { entry: FileEntry | null; problems: { column: ColumnHeader; message: Msg }[] } {
  const problems: { column: ColumnHeader; message: Msg }[] = [];
  const row: RowReader = {
    text: (header) => clean(cell(header)),
    bad: (column, zh, en) => problems.push({ column, message: { zh, en } }),
  };
  const entry = Object.assign({}, ...COLUMN_TABLE.map((c) => c.read(row))) as FileEntry;
  return problems.length ? { entry: null, problems } : { entry, problems: [] };
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
  sheet.columns = COLUMN_TABLE.map(({ header, text }) => ({
    key: header,
    width: Math.max(8, Math.min(40, header.length * 2 + 4)),
    style: text ? { numFmt: '@' } : {},
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
  COLUMN_TABLE.forEach(({ choices }, i) => {
    if (!choices) return;
    const letter = sheet.getColumn(i + 1).letter;
    (sheet as unknown as { dataValidations: { add(range: string, v: unknown): void } }).dataValidations.add(`${letter}2:${letter}${lastRow}`, list([...choices]));
  });
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
    if (!COLUMNS.includes(name)) {
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
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || COLUMNS.indexOf(a.column ?? '') - COLUMNS.indexOf(b.column ?? ''));
  return { entries: problems.length ? [] : entries, problems: capped(problems) };
}

/** readCatalogFile then checkCatalogFile: every problem of a file, or its entries. */
export async function parseCatalogFile(format: CatalogFileFormat, buffer: Buffer, options: ImportOptions): Promise<ImportResult> {
  return checkCatalogFile(await readCatalogFile(format, buffer), options);
}
