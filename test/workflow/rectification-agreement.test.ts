import { describeDisagreements } from '../support/agreement';
import { startTestApp, type TestApp } from '../support/app';
import { graphql } from '../gql';
import { agencyGlobalId, checkAgreementOverReadable } from '../catalogs/support';

const Issue = graphql(`
  mutation AgreementRectificationIssue($input: RectificationOrderIssueInput!) {
    rectificationOrderIssue(input: $input) {
      rectificationOrder {
        id
      }
      errors {
        code
      }
    }
  }
`);

const Close = graphql(`
  mutation AgreementRectificationClose($input: RectificationOrderCloseInput!) {
    rectificationOrderClose(input: $input) {
      errors {
        code
      }
    }
  }
`);

/** Who orders, who is ordered, who watches (PM-17, PM-18). */
const USERS = [
  'bdc.leader', // orders sharing and catalog rectification, and closes its own orders
  'bdc.reviewer',
  'nsc.leader', // orders security rectification
  'drc.leader', // orders any
  'drc.clerk',
  'gaj.clerk', // a unit under orders
  'jyj.clerk', // another unit
  'taihe.gov', // a county government: its county's orders
  'taihe.egov',
  'audit.auditor', // reads everything, changes nothing
];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

// Hundreds of rehearsed mutations: minutes on a loaded two-core machine, not a speed check.
jest.setTimeout(600_000);

describe('a rectification order’s availableActions agree with its mutations (PM-17)', () => {
  const orders: string[] = [];

  async function issue(as: string, unit: string, reason: 'SHARING_FAILURE' | 'DUPLICATE_COLLECTION' | 'NOT_IN_SYSTEM_CATALOG' | 'CRYPTO_OR_SECURITY'): Promise<string> {
    const res = await app.query(Issue, { input: { unitId: await agencyGlobalId(app.orm, unit), reason, description: '限期整改' } }, as);
    expect(res.rectificationOrderIssue.errors).toEqual([]);
    return res.rectificationOrderIssue.rectificationOrder!.id;
  }

  beforeAll(async () => {
    orders.push(await issue('bdc.leader', 'GAJ', 'SHARING_FAILURE'));
    orders.push(await issue('nsc.leader', 'GAJ', 'CRYPTO_OR_SECURITY'));
    orders.push(await issue('drc.leader', 'TAIHE-DEPT', 'NOT_IN_SYSTEM_CATALOG'));
    const closed = await issue('bdc.leader', 'JYJ', 'DUPLICATE_COLLECTION');
    expect((await app.query(Close, { input: { id: closed, note: '已停止重复采集' } }, 'bdc.leader')).rectificationOrderClose.errors).toEqual([]);
    orders.push(closed);
  });

  it('close, for every user and order, open or closed', async () => {
    const { compared, disagreements } = await checkAgreementOverReadable(app, {
      users: USERS,
      subjects: orders,
      calls: { close: { mutation: 'rectificationOrderClose', input: (id) => ({ id, note: '已完成整改' }) } },
    });
    expect(describeDisagreements(disagreements)).toBe('');
    expect(compared).toBeGreaterThanOrEqual(25);
  });
});
