import { MAX_XLSX_UNCOMPRESSED_BYTES, readCatalogFile, serializeCatalogFile } from '../../src/modules/catalogs/catalog-file';
import { CatalogFileFormat } from '../../src/modules/catalogs/catalog.enums';
import { inspectZip } from '../../src/modules/catalogs/zip-guard';
import { sampleFileEntries } from './fixtures';
import { zip } from './zip';

const limits = { maxEntries: 1000, maxUncompressedBytes: 50 * 1024 * 1024 };
const MB = 1024 * 1024;

describe('catalog XLSX archives are measured before they are inflated (zip bombs)', () => {
  it('passes a workbook the service itself exports, with its true sizes', async () => {
    const xlsx = await serializeCatalogFile(CatalogFileFormat.XLSX, sampleFileEntries(50));
    const verdict = inspectZip(xlsx, limits);
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.ok && verdict.entries).toBeGreaterThan(5);
    expect(verdict.ok && verdict.uncompressedBytes).toBeGreaterThan(xlsx.length);
  });

  it('refuses an archive whose entries declare more than the cap altogether, without inflating them', () => {
    const bomb = zip([
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * MB, 0x20) },
      { name: 'xl/worksheets/sheet2.xml', data: Buffer.alloc(30 * MB, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(MB);
    expect(inspectZip(bomb, limits)).toEqual({ ok: false, reason: 'TOO_LARGE' });
  });

  it('refuses an entry that inflates to more than it declares', () => {
    const liar = zip([{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(20 * MB, 0x41), declaredSize: 1024 }]);
    expect(inspectZip(liar, limits)).toEqual({ ok: false, reason: 'TOO_LARGE' });
  });

  it('refuses too many entries, and what is not an archive', () => {
    const many = zip(Array.from({ length: 1001 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<x/>') })));
    expect(inspectZip(many, limits)).toEqual({ ok: false, reason: 'TOO_MANY_ENTRIES' });
    expect(inspectZip(Buffer.from('not a zip at all, just some text'), limits)).toEqual({ ok: false, reason: 'NOT_A_ZIP' });
  });

  it('PM-9(3) imports: reading such an XLSX reports the file too large, as a problem of the whole file', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(MAX_XLSX_UNCOMPRESSED_BYTES + 1, 0x20) }]);
    const read = await readCatalogFile(CatalogFileFormat.XLSX, bomb);
    expect(read).toMatchObject({ unusable: true, entries: [] });
    expect(read.problems).toEqual([{ row: null, column: null, message: expect.objectContaining({ en: expect.stringContaining('expands beyond 50 MB') }) }]);
  });
});
