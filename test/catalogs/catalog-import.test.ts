import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { graphql } from '../gql';
import type { CatalogFileFormat, CatalogImportMode } from '../gql/graphql';
import { COLUMNS, MAX_XLSX_UNCOMPRESSED_BYTES, serializeCatalogFile } from '../../src/modules/catalogs/catalog-file';
import { CatalogFileFormat as Format } from '../../src/modules/catalogs/catalog.enums';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { sampleFileEntries } from './fixtures';
import { createProject } from './support';
import { zip } from './zip';

const Create = graphql(`
  mutation ImportCatalogCreate($input: CatalogCreateInput!) {
    catalogCreate(input: $input) {
      catalog {
        id
      }
    }
  }
`);

const Import = graphql(`
  mutation CatalogImport($input: CatalogImportInput!) {
    catalogImport(input: $input) {
      importedCount
      catalog {
        id
        entryCount
        version
      }
      errors {
        code
        rule
        field
        message
      }
    }
  }
`);

const Export = graphql(`
  query CatalogExport($catalogId: ID!, $format: CatalogFileFormat!) {
    catalogExport(catalogId: $catalogId, format: $format) {
      fileName
      mediaType
      contentBase64
    }
  }
`);

const ImportSubmit = graphql(`
  mutation ImportCatalogSubmit($input: CatalogSubmitInput!) {
    catalogSubmit(input: $input) {
      catalog {
        status
      }
      errors {
        code
      }
    }
  }
`);

const ImportPublish = graphql(`
  mutation ImportCatalogPublish($input: CatalogPublishInput!) {
    catalogPublish(input: $input) {
      catalog {
        status
      }
      errors {
        code
      }
    }
  }
`);

const CatalogPage = graphql(`
  query CatalogPage($first: Int) {
    catalogs(first: $first) {
      totalCount
      nodes {
        id
        projectCode
        projectName
        entryCount
        constructionUnit {
          name
        }
        division {
          name
        }
        history {
          event
        }
        availableActions {
          action
          allowed
        }
        entries {
          resourceCode
          provider {
            name
          }
          usages {
            outcome
          }
        }
      }
    }
  }
`);

let app: TestApp;
const catalogs: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };

/** 200 entries in the order an export writes them (by resource code). */
const entries = sampleFileEntries(200).sort((x, y) => (x.resourceCode < y.resourceCode ? -1 : 1));
let originalCsv: Buffer;

const b64 = (b: Buffer) => b.toString('base64');
const importFile = (catalogId: string, format: CatalogFileFormat, content: Buffer, mode: CatalogImportMode = 'REPLACE', as = 'gaj.clerk') =>
  app.query(Import, { input: { id: catalogId, format, contentBase64: b64(content), mode } }, as);
const exportFile = async (catalogId: string, format: CatalogFileFormat, as = 'gaj.clerk') =>
  Buffer.from((await app.query(Export, { catalogId, format }, as)).catalogExport.contentBase64, 'base64');

/** Every stored column of a catalog's entries except keys and times, by resource code. */
const storedEntries = (catalogId: string) =>
  sqlAsAdmin(
    app.database,
    `select class_code, item_code, category_code, subcategory_code, resource_name, resource_code, provider_id, provider_code, abstract,
            format_class, format_type, information_items, sharing_type, sharing_condition, not_shared_basis, sharing_method,
            restricted_to_organizations, open_type, open_condition, update_cycle, publish_date::text, related_resource_codes, registered_on_exchange
       from catalog_entry where catalog_id = $1 order by resource_code collate "C"`,
    [Buffer.from(catalogId, 'base64url').toString().split(':')[1]],
  );
const entryIds = async (catalogId: string) =>
  (await sqlAsAdmin<{ id: string }>(app.database, 'select id from catalog_entry where catalog_id = $1 order by resource_code collate "C"', [
    Buffer.from(catalogId, 'base64url').toString().split(':')[1],
  ])).map((r) => r.id);

const csvCells = (buf: Buffer): string[][] => parse(buf.toString('utf8'), { bom: true });
const csvFrom = (rows: string[][]) => Buffer.from('\ufeff' + stringify(rows, { record_delimiter: 'windows' }), 'utf8');
const col = (name: string) => COLUMNS.indexOf(name as (typeof COLUMNS)[number]);
const lastEvent = async () =>
  (await sqlAsAdmin<{ outcome: string; rule: string; error_code: string | null; action: string }>(
    app.database,
    'select outcome, rule, error_code, action from audit_event order by seq desc limit 1',
  ))[0];

beforeAll(async () => {
  app = await startTestApp();
  for (const [key, code] of [['a', 'JA-2026-F0001'], ['b', 'JA-2026-F0002'], ['c', 'JA-2026-F0003'], ['d', 'JA-2026-F0004']] as const) {
    const project = await createProject(app.orm, { code, unit: 'GAJ' });
    catalogs[key] = (await app.query(Create, { input: { projectId: project.globalId } }, 'gaj.clerk')).catalogCreate.catalog!.id;
  }
  originalCsv = await serializeCatalogFile(Format.CSV, entries);
});
afterAll(() => app.stop());

describe('catalog import and export in the national template (PM-9(3))', () => {
  it('imports 200 entries from CSV and exports them back byte for byte', async () => {
    const res = await importFile(catalogs.a, 'CSV', originalCsv);
    expect(res.catalogImport.errors).toEqual([]);
    expect(res.catalogImport).toMatchObject({ importedCount: 200, catalog: { entryCount: 200 } });
    const out = await app.query(Export, { catalogId: catalogs.a, format: 'CSV' }, 'gaj.clerk');
    expect(out.catalogExport.fileName).toBe('信息资源目录_JA-2026-F0001.csv');
    expect(out.catalogExport.mediaType).toBe('text/csv; charset=utf-8');
    expect(Buffer.from(out.catalogExport.contentBase64, 'base64').equals(originalCsv)).toBe(true);
  });

  it('exports XLSX, imports it into another catalog, and both hold the identical 200 entries', async () => {
    const xlsx = await exportFile(catalogs.a, 'XLSX');
    const res = await importFile(catalogs.b, 'XLSX', xlsx);
    expect(res.catalogImport.errors).toEqual([]);
    expect(res.catalogImport.importedCount).toBe(200);
    expect(await storedEntries(catalogs.b)).toEqual(await storedEntries(catalogs.a));
    expect((await exportFile(catalogs.b, 'CSV')).equals(originalCsv)).toBe(true);
    // and the XLSX of the copy reads exactly as the XLSX of the original
    const cells = async (buf: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      wb.worksheets[0].eachRow((r) => rows.push(r.values as unknown[]));
      return rows;
    };
    const copy = await cells(await exportFile(catalogs.b, 'XLSX'));
    expect(copy).toEqual(await cells(xlsx));
    expect(copy).toHaveLength(201);
  });

  it('REPLACE with the same file changes nothing and keeps every entry (and its ID)', async () => {
    const ids = await entryIds(catalogs.a);
    const res = await importFile(catalogs.a, 'CSV', originalCsv);
    expect(res.catalogImport.errors).toEqual([]);
    expect(await entryIds(catalogs.a)).toEqual(ids);
  });

  it('REPLACE removes, updates and adds in one import, and its audit event records each change', async () => {
    const rows = csvCells(originalCsv);
    const [header, ...body] = rows;
    const code = col('信息资源代码');
    const name = col('信息资源名称');
    const kept = body.slice(0, 150).map((r, i) => (i < 10 ? r.map((c, k) => (k === name ? c + '（修订）' : c)) : r));
    const added = body.slice(0, 5).map((r) => r.map((c, k) => (k === code ? c.replace(/\/\d+$/, (m) => `/9${m.slice(2)}`) : c)));
    const idsBefore = await entryIds(catalogs.d);
    expect(idsBefore).toEqual([]);
    expect((await importFile(catalogs.d, 'CSV', originalCsv)).catalogImport.errors).toEqual([]);
    const ids = new Set(await entryIds(catalogs.d));
    const res = await importFile(catalogs.d, 'CSV', csvFrom([header, ...kept, ...added]));
    expect(res.catalogImport.errors).toEqual([]);
    expect(res.catalogImport).toMatchObject({ importedCount: 155, catalog: { entryCount: 155 } });
    const after = await entryIds(catalogs.d);
    expect(after.filter((id) => ids.has(id))).toHaveLength(150); // updated in place, IDs kept
    const [event] = await sqlAsAdmin<{ action: string; changes: { entity: string; type: string }[] }>(
      app.database,
      'select action, changes from audit_event order by seq desc limit 1',
    );
    const count = (type: string) => event.changes.filter((c) => c.entity === 'CatalogEntry' && c.type === type).length;
    expect(event.action).toBe('update');
    expect({ removed: count('delete'), updated: count('update'), added: count('create') }).toEqual({ removed: 50, updated: 10, added: 5 });
    expect((await storedEntries(catalogs.d)).filter((e) => String(e.resource_name).endsWith('（修订）'))).toHaveLength(10);
  });

  it('refuses a CSV with one bad cell: imports nothing and names the cell (PM-9(3))', async () => {
    const rows = csvCells(originalCsv);
    rows[6][col('共享类型')] = '部分共享'; // spreadsheet row 7
    const before = await storedEntries(catalogs.a);
    for (const target of [catalogs.a, catalogs.c]) {
      const res = await importFile(target, 'CSV', csvFrom(rows));
      expect(res.catalogImport.importedCount).toBe(0);
      expect(res.catalogImport.catalog).toBeNull();
      expect(res.catalogImport.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'row 7, column 共享类型', message: expect.stringContaining('不是有效值') }]);
      expect(await lastEvent()).toEqual({ outcome: 'REFUSED', rule: 'PM-9(3)', error_code: 'INVALID_INPUT', action: 'update' });
    }
    expect(await storedEntries(catalogs.a)).toEqual(before);
    expect(await storedEntries(catalogs.c)).toEqual([]);
  });

  it('refuses an XLSX with one bad cell in row 150: imports nothing and names the cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportFile(catalogs.a, 'XLSX')) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    // an entry that is conditionally shared loses its condition: PM-9(3)
    let row = 0;
    sheet.eachRow((r, n) => {
      if (!row && n >= 150 && r.getCell(col('共享类型') + 1).value === '有条件共享') row = n;
    });
    sheet.getCell(row, col('共享条件') + 1).value = '';
    const res = await importFile(catalogs.c, 'XLSX', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.catalogImport.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-9(3)', field: `row ${row}, column 共享条件` })]);
    expect(await storedEntries(catalogs.c)).toEqual([]);
  });

  it('APPEND adds new entries and refuses codes the catalog already has, by row', async () => {
    const rows = csvCells(originalCsv);
    const dup = [rows[0], rows[3]];
    const res = await importFile(catalogs.a, 'CSV', csvFrom(dup), 'APPEND');
    expect(res.catalogImport.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'row 2, column 信息资源代码' })]);
    const fresh = [rows[0], rows[3].map((c, i) => (i === col('信息资源代码') ? c.replace(/\/\d+$/, '/99999') : c))];
    const ok = await importFile(catalogs.a, 'CSV', csvFrom(fresh), 'APPEND');
    expect(ok.catalogImport.errors).toEqual([]);
    expect(ok.catalogImport.catalog?.entryCount).toBe(201);
    const back = await importFile(catalogs.a, 'CSV', originalCsv, 'REPLACE');
    expect(back.catalogImport.catalog?.entryCount).toBe(200);
  });

  it('refuses what is not a file, and imports only where the unit may edit', async () => {
    const junk = await app.query(Import, { input: { id: catalogs.c, format: 'CSV', contentBase64: '***', mode: 'REPLACE' } }, 'gaj.clerk');
    expect(junk.catalogImport.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'contentBase64' })]);
    const notXlsx = await importFile(catalogs.c, 'XLSX', Buffer.from('hello'));
    expect(notXlsx.catalogImport.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'contentBase64' })]);
    const stranger = await app.request(Import, { input: { id: catalogs.c, format: 'CSV', contentBase64: b64(originalCsv), mode: 'REPLACE' } }, { as: 'jyj.clerk' });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const audit = await importFile(catalogs.c, 'CSV', originalCsv, 'REPLACE', 'audit.auditor');
    expect(audit.catalogImport.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-18' })]);
    expect(await storedEntries(catalogs.c)).toEqual([]);
  });

  it('PM-9(3): refuses an XLSX that would expand beyond 50 MB (a zip bomb) before inflating it; imports nothing', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(MAX_XLSX_UNCOMPRESSED_BYTES + 1024, 0x20) }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await app.request(Import, { input: { id: catalogs.c, format: 'XLSX', contentBase64: b64(bomb), mode: 'REPLACE' } }, { as: 'gaj.clerk', lang: 'en' });
    expect(res.data?.catalogImport.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'contentBase64', message: expect.stringContaining('expands beyond 50 MB') },
    ]);
    expect(await storedEntries(catalogs.c)).toEqual([]);
    expect(await lastEvent()).toMatchObject({ outcome: 'REFUSED', error_code: 'INVALID_INPUT', action: 'update' });
  });

  it('refuses to import into a submitted catalog (PM-9(3)); anyone in government exports a published one', async () => {
    await importFile(catalogs.d, 'CSV', csvFrom(csvCells(originalCsv).slice(0, 5)));
    expect((await app.query(ImportSubmit, { input: { id: catalogs.d } }, 'gaj.clerk')).catalogSubmit.errors).toEqual([]);
    const res = await importFile(catalogs.d, 'CSV', originalCsv);
    expect(res.catalogImport.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-9(3)' })]);
    const draft = await app.request(Export, { catalogId: catalogs.a, format: 'CSV' }, { as: 'jyj.clerk' });
    expect(draft.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await exportFile(catalogs.a, 'CSV', 'audit.auditor')).equals(originalCsv)).toBe(true); // PM-18 reads all
    expect((await app.query(ImportPublish, { input: { id: catalogs.d } }, 'bdc.leader')).catalogPublish.errors).toEqual([]);
    const published = csvCells(await exportFile(catalogs.d, 'CSV', 'taihe.dept'));
    expect(published).toHaveLength(5);
    expect(published.slice(1).every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[col('发布日期')]))).toBe(true);
  });
});

describe('read paths cost SQL statements by depth, not by rows', () => {
  it('a page of catalogs with entries, providers, usages, history and actions', async () => {
    // Queries sent (a level's keyed reads go as one), the user's lookup included.
    const statements = async (first: number) => {
      app.statements.reset();
      const res = await app.query(CatalogPage, { first }, 'bdc.leader');
      expect(res.catalogs.nodes).toHaveLength(first);
      return app.statements.count;
    };
    const one = await statements(1);
    const four = await statements(4);
    expect(one).toBeGreaterThan(2);
    expect(four).toBe(one);
  });
});
