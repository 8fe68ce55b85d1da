import { CatalogFileFormat } from '../../src/modules/catalogs/catalog.enums';
import { serializeCatalogFile, type FileEntry } from '../../src/modules/catalogs/catalog-file';
import { describeDisagreements, type ActionCall, type AgreementSpec } from '../support/agreement';
import { startTestApp, type TestApp } from '../support/app';
import { graphql } from '../gql';
import type { CatalogEntryInput } from '../gql/graphql';
import { sampleFileEntries } from '../catalogs/fixtures';
import { checkAgreementOverReadable, createProject } from '../catalogs/support';

const Create = graphql(`
  mutation AgreementCatalogCreate($input: CatalogCreateInput!) {
    catalogCreate(input: $input) {
      catalog {
        id
      }
      errors {
        code
      }
    }
  }
`);

const Import = graphql(`
  mutation AgreementCatalogImport($input: CatalogImportInput!) {
    catalogImport(input: $input) {
      importedCount
      errors {
        code
        field
      }
    }
  }
`);

const Entries = graphql(`
  query AgreementCatalogEntries($id: ID!) {
    catalog(id: $id) {
      entries {
        id
      }
    }
  }
`);

const Submit = graphql(`
  mutation AgreementCatalogSubmit($input: CatalogSubmitInput!) {
    catalogSubmit(input: $input) {
      errors {
        code
      }
    }
  }
`);

const Publish = graphql(`
  mutation AgreementCatalogPublish($input: CatalogPublishInput!) {
    catalogPublish(input: $input) {
      errors {
        code
      }
    }
  }
`);

const Return = graphql(`
  mutation AgreementCatalogReturn($input: CatalogReturnInput!) {
    catalogReturn(input: $input) {
      errors {
        code
      }
    }
  }
`);

/** Every kind of user a catalog's steps concern (PM-9(3), PM-8.3, PM-18). */
const USERS = [
  'gaj.clerk', // the owning construction unit's clerk: creates, edits, submits
  'gaj.leader', // its leader, who does not prepare the catalog
  'jyj.clerk', // another unit
  'bdc.clerk', // BDC, which reads every catalog
  'bdc.reviewer', // BDC's reviewer returns
  'bdc.leader', // BDC's leader publishes or returns
  'drc.clerk', // DRC reads catalogs once submitted
  'drc.leader',
  'audit.auditor', // reads everything, changes nothing (PM-18)
  'taihe.gov', // a county government: its county's catalogs, and published ones
  'taihe.dept', // a county department, owner of the county catalog
];

const b64 = (buf: Buffer) => buf.toString('base64');

/** An entry of the sample as the mutations' input: provided by the construction unit. */
function entryInput(e: FileEntry): CatalogEntryInput {
  const { providerName: _name, ...rest } = e;
  return rest as unknown as CatalogEntryInput;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

// Hundreds of rehearsed mutations: minutes on a loaded two-core machine, not a speed check.
jest.setTimeout(600_000);

describe('a catalog’s availableActions agree with its mutations (PM-9(3))', () => {
  type Unit = 'GAJ' | 'TAIHE-DEPT';
  /** Each unit's sample entries, provided by the unit itself: three in its catalogs, one to add. */
  const sample = {} as Record<Unit, FileEntry[]>;
  /** The catalog's file of its three entries (what an import brings again). */
  const file = {} as Record<Unit, string>;
  /** The catalogs, by state. */
  const catalogs: Record<string, string> = {};
  /** One entry of each catalog that has entries, and each catalog's unit. */
  const entryOf: Record<string, string> = {};
  const unitOf: Record<string, Unit> = {};
  let n = 0;

  async function catalog(unit: Unit, steps: ('fill' | 'submit' | 'return' | 'publish')[]): Promise<string> {
    n += 1;
    const owner = unit === 'GAJ' ? 'gaj.clerk' : 'taihe.dept';
    const project = await createProject(app.orm, { code: `JA-2026-A${String(n).padStart(4, '0')}`, unit, division: unit === 'GAJ' ? '360800' : '360826' });
    const created = await app.query(Create, { input: { projectId: project.globalId } }, owner);
    expect(created.catalogCreate.errors).toEqual([]);
    const id = created.catalogCreate.catalog!.id;
    unitOf[id] = unit;
    for (const step of steps) {
      if (step === 'fill') {
        const res = await app.query(Import, { input: { id, format: 'CSV', contentBase64: file[unit], mode: 'REPLACE' } }, owner);
        expect(res.catalogImport.errors).toEqual([]);
        entryOf[id] = (await app.query(Entries, { id }, owner)).catalog.entries[0].id;
      }
      if (step === 'submit') expect((await app.query(Submit, { input: { id } }, owner)).catalogSubmit.errors).toEqual([]);
      if (step === 'return') expect((await app.query(Return, { input: { id, findings: [{ text: '请补充共享条件' }] } }, 'bdc.reviewer')).catalogReturn.errors).toEqual([]);
      if (step === 'publish') expect((await app.query(Publish, { input: { id } }, 'bdc.leader')).catalogPublish.errors).toEqual([]);
    }
    return id;
  }

  beforeAll(async () => {
    for (const unit of ['GAJ', 'TAIHE-DEPT'] as const) {
      const [agency] = await app.orm.em.fork().getConnection().execute<{ name: string }[]>('select name from agency where code = ?', [unit]);
      sample[unit] = sampleFileEntries(4, agency.name);
      file[unit] = b64(await serializeCatalogFile(CatalogFileFormat.CSV, sample[unit].slice(0, 3)));
    }
    catalogs.draftEmpty = await catalog('GAJ', []);
    catalogs.draft = await catalog('GAJ', ['fill']);
    catalogs.submitted = await catalog('GAJ', ['fill', 'submit']);
    catalogs.returned = await catalog('GAJ', ['fill', 'submit', 'return']);
    catalogs.published = await catalog('GAJ', ['fill', 'submit', 'publish']);
    catalogs.countyDraft = await catalog('TAIHE-DEPT', ['fill']);
    catalogs.countySubmitted = await catalog('TAIHE-DEPT', ['fill', 'submit']);
  });

  const steps: Record<string, ActionCall> = {
    submit: { mutation: 'catalogSubmit', input: (id) => ({ id }) },
    publish: { mutation: 'catalogPublish', input: (id) => ({ id }) },
    return: { mutation: 'catalogReturn', input: (id) => ({ id, findings: [{ text: '请补充更新周期说明' }] }) },
  };

  /** Editing the entries is one action, `update`, that four mutations take: each is checked as it. */
  const edits: Record<string, ActionCall> = {
    catalogEntryAdd: { mutation: 'catalogEntryAdd', input: (id) => ({ catalogId: id, entry: entryInput(sample[unitOf[id]][3]) }) },
    catalogEntryUpdate: { mutation: 'catalogEntryUpdate', input: (id) => ({ id: entryOf[id], entry: entryInput(sample[unitOf[id]][0]) }) },
    catalogEntryRemove: { mutation: 'catalogEntryRemove', input: (id) => ({ id: entryOf[id] }) },
    catalogImport: { mutation: 'catalogImport', input: (id) => ({ id, format: 'CSV', contentBase64: file[unitOf[id]], mode: 'REPLACE' }) },
  };

  it.each(Object.keys(edits))('update as %s, submit, publish and return, for every user and state', async (edit) => {
    // An entry's own mutations need an entry: the empty draft has none.
    const needsEntry = edit === 'catalogEntryUpdate' || edit === 'catalogEntryRemove';
    const subjects = Object.entries(catalogs)
      .filter(([state]) => !(needsEntry && state === 'draftEmpty'))
      .map(([, id]) => id);
    const spec: AgreementSpec = { users: USERS, subjects, calls: { update: edits[edit], ...steps } };
    const { compared, disagreements } = await checkAgreementOverReadable(app, spec);
    expect(describeDisagreements(disagreements)).toBe('');
    // users × the catalogs each may read × (update, submit, publish, return)
    expect(compared).toBeGreaterThanOrEqual(needsEntry ? 180 : 200);
  });
});
