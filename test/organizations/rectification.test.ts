import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';

const Issue = graphql(`
  mutation IssueOrder($input: RectificationOrderIssueInput!) {
    rectificationOrderIssue(input: $input) {
      rectificationOrder {
        id
        reason
        status
        unit {
          code
        }
        issuedByAgency {
          code
        }
      }
      errors {
        code
        rule
        message
        field
      }
    }
  }
`);

const Close = graphql(`
  mutation CloseOrder($input: RectificationOrderCloseInput!) {
    rectificationOrderClose(input: $input) {
      rectificationOrder {
        status
        closingNote
      }
      errors {
        code
        rule
      }
    }
  }
`);

const Orders = graphql(`
  query Orders {
    rectificationOrders(first: 50) {
      totalCount
      nodes {
        id
        reason
        unit {
          code
        }
      }
    }
  }
`);

let app: TestApp;
let gaj: string;
beforeAll(async () => {
  app = await startTestApp();
  const [row] = await sqlAsAdmin<{ id: string }>(app.database, "select id from agency where code = 'GAJ'");
  gaj = Buffer.from(`Agency:${row.id}`).toString('base64url');
});
afterAll(() => app.stop());

const count = async () => Number((await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from rectification_order'))[0].n);
const lastEvent = async () =>
  (await sqlAsAdmin<{ outcome: string; rule: string; error_code: string | null; action: string }>(
    app.database,
    'select outcome, rule, error_code, action from audit_event order by seq desc limit 1',
  ))[0];

describe('rectification orders (PM-17): who may order a unit to rectify, and for what', () => {
  it('lets BDC order a unit to rectify its data sharing, and records it in the audit chain', async () => {
    const res = await app.query(Issue, { input: { unitId: gaj, reason: 'SHARING_FAILURE', description: '人口基础信息未按目录共享' } }, 'bdc.leader');
    expect(res.rectificationOrderIssue.errors).toEqual([]);
    expect(res.rectificationOrderIssue.rectificationOrder).toMatchObject({ reason: 'SHARING_FAILURE', status: 'OPEN', unit: { code: 'GAJ' }, issuedByAgency: { code: 'BDC' } });
    expect(await lastEvent()).toEqual({ outcome: 'ALLOWED', rule: 'PM-17', error_code: null, action: 'issue' });
  });

  it('refuses BDC a security order, a BDC reviewer any order, and changes nothing but the audit chain (PM-17)', async () => {
    const before = await count();
    for (const [as, reason] of [['bdc.leader', 'CRYPTO_OR_SECURITY'], ['bdc.reviewer', 'SHARING_FAILURE'], ['nsc.leader', 'SHARING_FAILURE'], ['gaj.leader', 'SHARING_FAILURE']] as const) {
      const res = await app.query(Issue, { input: { unitId: gaj, reason, description: 'x' } }, as);
      expect(res.rectificationOrderIssue.rectificationOrder).toBeNull();
      expect(res.rectificationOrderIssue.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-17' })]);
      expect(await lastEvent()).toEqual({ outcome: 'REFUSED', rule: 'PM-17', error_code: 'FORBIDDEN', action: 'issue' });
    }
    expect(await count()).toBe(before);
  });

  it('lets NSC order security rectification and DRC any', async () => {
    const nsc = await app.query(Issue, { input: { unitId: gaj, reason: 'CRYPTO_OR_SECURITY', description: '未开展密码应用安全性评估' } }, 'nsc.leader');
    expect(nsc.rectificationOrderIssue.errors).toEqual([]);
    const drc = await app.query(Issue, { input: { unitId: gaj, reason: 'NOT_IN_SYSTEM_CATALOG', description: '系统未纳入目录' } }, 'drc.leader');
    expect(drc.rectificationOrderIssue.errors).toEqual([]);
  });

  it('refuses the Audit Bureau any change (PM-18)', async () => {
    const res = await app.query(Issue, { input: { unitId: gaj, reason: 'SHARING_FAILURE', description: 'x' } }, 'audit.auditor');
    expect(res.rectificationOrderIssue.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-18' })]);
  });

  it('refuses an order without a description (INVALID_INPUT, PM-17)', async () => {
    const res = await app.query(Issue, { input: { unitId: gaj, reason: 'SHARING_FAILURE', description: '  ' } }, 'bdc.leader');
    expect(res.rectificationOrderIssue.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-17', field: 'description' })]);
  });

  it('shows a unit its own orders only', async () => {
    const own = await app.query(Orders, {}, 'gaj.clerk');
    expect(own.rectificationOrders.totalCount).toBe(3);
    const other = await app.query(Orders, {}, 'jyj.clerk');
    expect(other.rectificationOrders.totalCount).toBe(0);
    const audit = await app.query(Orders, {}, 'audit.auditor');
    expect(audit.rectificationOrders.totalCount).toBe(3);
  });

  it('closes an order with a note; closing twice is refused; a stranger gets NOT_FOUND', async () => {
    const list = await app.query(Orders, {}, 'bdc.leader');
    const sharing = list.rectificationOrders.nodes.find((n) => n.reason === 'SHARING_FAILURE')!;
    const stranger = await app.request(Close, { input: { id: sharing.id, note: 'done' } }, { as: 'jyj.clerk' });
    // Only the agency that ordered it confirms the rectification: not DRC, which sees every order.
    const notIssuer = await app.query(Close, { input: { id: sharing.id, note: 'done' } }, 'drc.leader');
    expect(notIssuer.rectificationOrderClose.errors).toEqual([{ code: 'FORBIDDEN', rule: 'PM-17' }]);
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const closed = await app.query(Close, { input: { id: sharing.id, note: '已接入共享交换平台并发布目录' } }, 'bdc.leader');
    expect(closed.rectificationOrderClose).toEqual({ rectificationOrder: { status: 'CLOSED', closingNote: '已接入共享交换平台并发布目录' }, errors: [] });
    const again = await app.query(Close, { input: { id: sharing.id, note: 'again' } }, 'bdc.leader');
    expect(again.rectificationOrderClose.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'PM-17' }]);
  });
});
