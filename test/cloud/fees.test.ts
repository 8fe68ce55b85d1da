import { computeMonthlyFees, Exact, lineAmount, priceInForce } from '../../src/modules/cloud/fees';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { ChangeReview, ChangeSubmit, cloudIds, provisionTenancy, TenancyDetail, useClock, type CloudIds } from './support';

const PriceSet = graphql(`
  mutation CloudPriceSet($input: CloudServicePriceSetInput!) {
    cloudServicePriceSet(input: $input) {
      cloudServiceItem {
        code
        currentPrice {
          unitPrice
          effectiveFrom
        }
        prices {
          unitPrice
          effectiveFrom
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const Issue = graphql(`
  mutation FeeIssue($input: FeeStatementIssueInput!) {
    feeStatementIssue(input: $input) {
      feeStatement {
        id
        month
        total
        status
        periodStart
        periodEnd
        tenant {
          code
        }
        payer {
          code
        }
        lines {
          quantity
          unitPrice
          firstDay
          lastDay
          days
          daysInMonth
          amount
          item {
            code
          }
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const Settle = graphql(`
  mutation FeeSettle($input: FeeStatementSettleInput!) {
    feeStatementSettle(input: $input) {
      feeStatement {
        status
        settledOn
        settlementRef
      }
      errors {
        code
        rule
      }
    }
  }
`);

const Statements = graphql(`
  query FeeStatements($filter: FeeStatementFilter) {
    feeStatements(first: 50, filter: $filter) {
      totalCount
      nodes {
        month
        total
        status
        tenant {
          code
        }
        payer {
          code
        }
      }
    }
  }
`);

const StatementIds = graphql(`
  query FeeStatementIds($filter: FeeStatementFilter) {
    feeStatements(first: 5, filter: $filter) {
      nodes {
        id
        status
      }
    }
  }
`);

const Preview = graphql(`
  query FeePreview($tenant: ID!, $month: String!) {
    feeStatementPreview(tenantAgencyId: $tenant, month: $month) {
      total
      lines {
        quantity
        unitPrice
        firstDay
        lastDay
        days
        amount
        item {
          code
        }
      }
    }
  }
`);

type Line = { quantity: number; unitPrice: string; firstDay: string; lastDay: string; days: number; amount: string; item?: { code: string } | null };
const show = (lines: Line[]) => lines.map((l) => `${l.item?.code} ${l.quantity}×${l.unitPrice} ${l.firstDay}..${l.lastDay} (${l.days}d) = ${l.amount}`).sort();

describe('CM-6: fees are exact decimals, prorated by day, rounded once per line to the fen', () => {
  it('costs a full month exactly the monthly price × quantity, and a day price ÷ days of the month', () => {
    expect(lineAmount('60.00', 8, 31, 31)).toBe('480.00');
    expect(lineAmount('60.00', 8, 22, 31)).toBe('340.65'); // 10560 / 31 = 340.645…
    expect(lineAmount('0.15', 1, 1, 30)).toBe('0.01'); // 0.005: half a fen rounds up
    expect(lineAmount('0.15', 1, 1, 31)).toBe('0.00'); // 0.00483…
    expect(lineAmount('0.80', 500, 19, 30)).toBe('253.33');
  });

  it('CM-5: one price in force on a day, for fees and for the catalog alike: the latest effective on or before it', () => {
    const prices = [
      { id: 'b', unitPrice: '55.00', effectiveFrom: '2026-04-16' },
      { id: 'a', unitPrice: '60.00', effectiveFrom: '2021-02-27' },
    ];
    expect(priceInForce(prices, '2021-02-26')).toBeNull();
    expect(priceInForce(prices, '2026-04-15')?.id).toBe('a');
    expect(priceInForce(prices, '2026-04-16')?.id).toBe('b');
  });

  it('sums a month at today’s prices exactly, beyond the 20 digits of a default Decimal', () => {
    // 10^6 units at 9,999,999,999,999.99 = 9,999,999,999,999,990,000.00 (22 significant digits)
    expect(new Exact('9999999999999.99').times(1_000_000).plus('0.01').toFixed(2)).toBe('9999999999999990000.01');
  });

  it('splits a line at a price change and at a quota change, day by day (CM-5: the price in force that day)', () => {
    const fees = computeMonthlyFees(
      '2026-04',
      [
        { tenancyId: 't', tenancyCode: 'YZ-1', itemId: 'cpu', itemCode: 'ECS-VCPU', quantity: 8, from: '2026-03-10' },
        { tenancyId: 't', tenancyCode: 'YZ-1', itemId: 'ssd', itemCode: 'EVS-SSD', quantity: 500, from: '2026-03-10', to: '2026-04-20' },
        { tenancyId: 't', tenancyCode: 'YZ-1', itemId: 'ssd', itemCode: 'EVS-SSD', quantity: 300, from: '2026-04-20' },
      ],
      [
        { itemId: 'cpu', unitPrice: '60.00', effectiveFrom: '2021-02-27' },
        { itemId: 'cpu', unitPrice: '55.00', effectiveFrom: '2026-04-16' },
        { itemId: 'ssd', unitPrice: '0.80', effectiveFrom: '2021-02-27' },
      ],
    );
    expect(fees.lines.map((l) => [l.itemId, l.quantity, l.unitPrice, l.firstDay, l.lastDay, l.days, l.amount])).toEqual([
      ['cpu', 8, '60.00', '2026-04-01', '2026-04-15', 15, '240.00'],
      ['cpu', 8, '55.00', '2026-04-16', '2026-04-30', 15, '220.00'],
      ['ssd', 500, '0.80', '2026-04-01', '2026-04-19', 19, '253.33'],
      ['ssd', 300, '0.80', '2026-04-20', '2026-04-30', 11, '88.00'],
    ]);
    expect(fees.total).toBe('801.33');
    expect(fees.unpriced).toEqual([]);
  });
});

describe('CM-6: monthly statements per tenant agency, to the finance bureau of its level, reproducible from the data', () => {
  let app: TestApp;
  let ids: CloudIds;
  let jyj: string;
  let tenancy: string;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await cloudIds(app);
    useClock(app, '2026-03-10');
    tenancy = await provisionTenancy(app, ids, {
      as: 'jyj.clerk',
      systemName: '吉安市智慧教育云平台',
      resources: [['ECS-VCPU', 8], ['ECS-MEM', 16], ['EVS-SSD', 500], ['NET-EIP', 1]],
    });
    await provisionTenancy(app, ids, { as: 'taihe.egov', systemName: '泰和县政务服务一体化平台', resources: [['ECS-VCPU', 2]] });
    jyj = ids.agency('JYJ');
  });
  afterAll(() => app.stop());

  it('issues nothing for a month that has not ended (CM-6)', async () => {
    useClock(app, '2026-03-31');
    const res = await app.query(Issue, { input: { tenantAgencyId: jyj, month: '2026-03' } }, 'finance.clerk');
    expect(res.feeStatementIssue.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-6', field: null }]);
  });

  it('CM-5: only BDC’s leader sets a price, and only from a future date; the past is never rewritten', async () => {
    useClock(app, '2026-04-05');
    const input = { itemId: ids.item('ECS-VCPU'), unitPrice: '55.00', effectiveFrom: '2026-04-16' };
    for (const as of ['jyj.clerk', 'bdc.clerk', 'finance.leader']) {
      const res = await app.query(PriceSet, { input }, as);
      expect(res.cloudServicePriceSet.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-5', field: null }]);
    }
    const today = await app.query(PriceSet, { input: { ...input, effectiveFrom: '2026-04-05' } }, 'bdc.leader');
    expect(today.cloudServicePriceSet.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-5', field: 'effectiveFrom' }]);
    const past = await app.query(PriceSet, { input: { ...input, effectiveFrom: '2026-03-01' } }, 'bdc.leader');
    expect(past.cloudServicePriceSet.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'CM-5', field: 'effectiveFrom' }]);
    const set = await app.query(PriceSet, { input }, 'bdc.leader');
    expect(set.cloudServicePriceSet.errors).toEqual([]);
    expect(set.cloudServicePriceSet.cloudServiceItem).toEqual({
      code: 'ECS-VCPU',
      currentPrice: { unitPrice: '60.00', effectiveFrom: '2021-02-27' },
      prices: [
        { unitPrice: '60.00', effectiveFrom: '2021-02-27' },
        { unitPrice: '55.00', effectiveFrom: '2026-04-16' },
      ],
    });
    const again = await app.query(PriceSet, { input: { ...input, unitPrice: '50.00' } }, 'bdc.leader');
    expect(again.cloudServicePriceSet.errors).toEqual([{ code: 'CONFLICT', rule: 'CM-5', field: 'effectiveFrom' }]);
  });

  it('CM-6: the statement is the accounting (核算) of the Finance bureau that pays: not BDC, not Finance’s leader (who settles), not another level’s', async () => {
    for (const [as, tenant] of [['bdc.clerk', jyj], ['bdc.leader', jyj], ['finance.leader', jyj], ['jyj.clerk', jyj], ['finance.clerk', ids.agency('TAIHE-GOV')], ['taihe.finance', jyj]]) {
      const res = await app.query(Issue, { input: { tenantAgencyId: tenant, month: '2026-03' } }, as);
      expect([as, res.feeStatementIssue.errors]).toEqual([as, [{ code: 'FORBIDDEN', rule: 'CM-6', field: null }]]);
    }
  });

  it('issues March (provisioned on 3-10: 22 of 31 days) to the municipal Finance Bureau, checked to the fen', async () => {
    const res = await app.query(Issue, { input: { tenantAgencyId: jyj, month: '2026-03' } }, 'finance.clerk');
    expect(res.feeStatementIssue.errors).toEqual([]);
    const st = res.feeStatementIssue.feeStatement!;
    expect(st).toMatchObject({ month: '2026-03', periodStart: '2026-03-01', periodEnd: '2026-03-31', status: 'ISSUED', tenant: { code: 'JYJ' }, payer: { code: 'FINANCE' } });
    expect(show(st.lines)).toEqual([
      'ECS-MEM 16×25.00 2026-03-10..2026-03-31 (22d) = 283.87', // 8800 / 31 = 283.870…
      'ECS-VCPU 8×60.00 2026-03-10..2026-03-31 (22d) = 340.65', // 10560 / 31 = 340.645…
      'EVS-SSD 500×0.80 2026-03-10..2026-03-31 (22d) = 283.87', // 8800 / 31
      'NET-EIP 1×20.00 2026-03-10..2026-03-31 (22d) = 14.19', // 440 / 31 = 14.193…
    ]);
    expect(st.total).toBe('922.58');
  });

  it('issues April with a mid-month price change (vCPU 60 → 55 from 4-16) and a mid-month reduction (SSD 500 → 300 from 4-20)', async () => {
    useClock(app, '2026-04-20');
    const submitted = await app.query(
      ChangeSubmit,
      { input: { tenancyId: tenancy, kind: 'REDUCTION', reason: '历史课件迁至对象存储', lines: [{ itemId: ids.item('EVS-SSD'), quantity: 300 }] } },
      'jyj.clerk',
    );
    const reviewed = await app.query(ChangeReview, { input: { id: submitted.cloudChangeRequestSubmit.cloudChangeRequest!.id, decision: 'APPROVE' } }, 'bdc.leader');
    expect(reviewed.cloudChangeRequestReview.cloudChangeRequest).toMatchObject({ status: 'COMPLETED', completedOn: '2026-04-20' });
    // The monthly fee shown today uses today's prices and quota: 8×55 + 16×25 + 300×0.80 + 20.
    expect((await app.query(TenancyDetail, { id: tenancy }, 'jyj.clerk')).cloudTenancy.monthlyFee).toBe('1100.00');

    useClock(app, '2026-05-06');
    const res = await app.query(Issue, { input: { tenantAgencyId: jyj, month: '2026-04' } }, 'finance.clerk');
    expect(res.feeStatementIssue.errors).toEqual([]);
    const st = res.feeStatementIssue.feeStatement!;
    expect(show(st.lines)).toEqual([
      'ECS-MEM 16×25.00 2026-04-01..2026-04-30 (30d) = 400.00',
      'ECS-VCPU 8×55.00 2026-04-16..2026-04-30 (15d) = 220.00',
      'ECS-VCPU 8×60.00 2026-04-01..2026-04-15 (15d) = 240.00',
      'EVS-SSD 300×0.80 2026-04-20..2026-04-30 (11d) = 88.00',
      'EVS-SSD 500×0.80 2026-04-01..2026-04-19 (19d) = 253.33', // 7600 / 30 = 253.333…
      'NET-EIP 1×20.00 2026-04-01..2026-04-30 (30d) = 20.00',
    ]);
    expect(st.total).toBe('1221.33');
    const twice = await app.query(Issue, { input: { tenantAgencyId: jyj, month: '2026-04' } }, 'finance.clerk');
    expect(twice.feeStatementIssue.errors).toEqual([{ code: 'CONFLICT', rule: 'CM-6', field: 'month' }]);
  });

  it('recomputes both months from the data with the same figures (reproducible)', async () => {
    for (const [month, total] of [['2026-03', '922.58'], ['2026-04', '1221.33']]) {
      const preview = await app.query(Preview, { tenant: jyj, month }, 'finance.leader');
      expect(preview.feeStatementPreview.total).toBe(total);
      const issued = await app.query(Statements, { filter: { month, tenantAgencyId: jyj } }, 'finance.leader');
      expect(issued.feeStatements.nodes.map((n) => n.total)).toEqual([total]);
    }
  });

  it('goes to the Finance bureau of its level: the county’s statement to its finance bureau, which settles it', async () => {
    const county = await app.query(Issue, { input: { tenantAgencyId: ids.agency('TAIHE-GOV'), month: '2026-03' } }, 'taihe.finance');
    expect(county.feeStatementIssue.feeStatement).toMatchObject({ total: '85.16', tenant: { code: 'TAIHE-GOV' }, payer: { code: 'TAIHE-FIN' } }); // 2640 / 31
    const countyId = county.feeStatementIssue.feeStatement!.id;
    expect((await app.query(Statements, {}, 'taihe.finance')).feeStatements.nodes.map((n) => [n.tenant?.code, n.month])).toEqual([['TAIHE-GOV', '2026-03']]);
    expect((await app.query(Statements, {}, 'finance.leader')).feeStatements.nodes.map((n) => [n.tenant?.code, n.month])).toEqual([
      ['JYJ', '2026-04'],
      ['JYJ', '2026-03'],
    ]);
    const notTheirs = await app.request(Settle, { input: { id: countyId } }, { as: 'finance.leader' });
    expect(notTheirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const settled = await app.query(Settle, { input: { id: countyId, settlementRef: '泰财支〔2026〕88号' } }, 'taihe.finance');
    expect(settled.feeStatementSettle).toEqual({ feeStatement: { status: 'SETTLED', settledOn: '2026-05-06', settlementRef: '泰财支〔2026〕88号' }, errors: [] });
  });

  it('is settled by the municipal Finance Bureau’s leader only, once; BDC, the provider and other units cannot', async () => {
    const listed = await app.query(StatementIds, { filter: { month: '2026-04', tenantAgencyId: jyj } }, 'finance.leader');
    expect(listed.feeStatements.nodes.map((n) => n.status)).toEqual(['ISSUED']);
    const statementId = listed.feeStatements.nodes[0].id;
    for (const as of ['finance.clerk', 'bdc.leader']) {
      const res = await app.query(Settle, { input: { id: statementId } }, as);
      expect(res.feeStatementSettle.errors).toEqual([{ code: 'FORBIDDEN', rule: 'CM-6' }]);
    }
    for (const as of ['telecom.operator', 'gaj.clerk', 'taihe.finance']) {
      const res = await app.request(Settle, { input: { id: statementId } }, { as });
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await app.query(Statements, { filter: { tenantAgencyId: jyj } }, as)).feeStatements.totalCount).toBe(0);
    }
    expect((await app.query(Statements, {}, 'jyj.clerk')).feeStatements.totalCount).toBe(2);
    expect((await app.query(Statements, {}, 'audit.auditor')).feeStatements.totalCount).toBe(3);
    const settled = await app.query(Settle, { input: { id: statementId, settlementRef: '市财支〔2026〕1024号' } }, 'finance.leader');
    expect(settled.feeStatementSettle.feeStatement?.status).toBe('SETTLED');
    const twice = await app.query(Settle, { input: { id: statementId } }, 'finance.leader');
    expect(twice.feeStatementSettle.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-6' }]);
  });
});
