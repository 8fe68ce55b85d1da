import { MAX_LIST_ITEMS, STRING_KINDS } from '../../src/graphql/input-bounds';
import { startTestApp, type TestApp, type GraphQLResponse } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { cloudIds, type CloudIds } from '../cloud/support';

let app: TestApp;
let ids: CloudIds;
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
});
afterAll(() => app.stop());

const CREATE = `mutation ($input: ProjectCreateInput!) { projectCreate(input: $input) { project { id name description investment } errors { code field } } }`;
const project = (over: Record<string, unknown> = {}) => ({
  name: '公安视频共享平台',
  category: 'BUSINESS_SYSTEM',
  buildType: 'NEW',
  network: 'EGOV_EXTRANET',
  investment: '800000.00',
  classified: false,
  ...over,
});

const projectCount = async () => Number((await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from project'))[0].n);

function refusal(res: GraphQLResponse<unknown>) {
  expect(res.status).toBe(400);
  expect(res.data ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  // Every error carries its request ID; the refusal itself is the rest.
  const { requestId, ...refused } = res.errors![0].extensions as { code: string; field: string; reason: string; requestId: string };
  expect(requestId).toEqual(expect.any(String));
  return refused;
}

describe('bounded inputs: one pass over every argument before anything runs', () => {
  it.each([
    ['NUL', 'a\u0000b', 'CONTROL_CHARACTER'],
    ['a lone high surrogate', 'ab\ud800', 'INVALID_UNICODE'],
    ['a lone low surrogate', '\udc00ab', 'INVALID_UNICODE'],
    ['a line break in a one-line name', 'line one\nline two', 'CONTROL_CHARACTER'],
    ['a tab in a one-line name', 'a\tb', 'CONTROL_CHARACTER'],
    ['a C1 control character', 'a\u0085b', 'CONTROL_CHARACTER'],
    ['a name over 200 characters', '名'.repeat(201), 'TOO_LONG'],
  ])('refuses %s in a project name with INVALID_INPUT naming input.name, creating nothing', async (_what, name, reason) => {
    const before = await projectCount();
    const res = await app.request(CREATE, { input: project({ name }) }, { as: 'gaj.clerk', lang: 'en' });
    expect(refusal(res)).toEqual({ code: 'INVALID_INPUT', field: 'input.name', reason });
    expect(res.errors![0].message).toMatch(/^input\.name /);
    expect(await projectCount()).toBe(before);
  });

  it('refuses the same in a literal as in a variable, and answers in Chinese by default', async () => {
    const res = await app.request(
      `mutation { projectCreate(input: { name: "a\\u0000b", category: BUSINESS_SYSTEM, buildType: NEW, network: EGOV_EXTRANET, investment: "1.00", classified: false }) { errors { code } } }`,
      {},
      { as: 'gaj.clerk' },
    );
    expect(refusal(res)).toEqual({ code: 'INVALID_INPUT', field: 'input.name', reason: 'CONTROL_CHARACTER' });
    expect(res.errors![0].message).toMatch(/控制字符/);
  });

  it('names the path of a nested field and of a list item', async () => {
    const budgetLines = [
      { kind: 'SOFTWARE', description: '软件开发', amount: '400000.00' },
      { kind: 'HARDWARE', description: 'x'.repeat(201), amount: '400000.00' },
    ];
    const res = await app.request(CREATE, { input: project({ budgetLines }) }, { as: 'gaj.clerk' });
    expect(refusal(res)).toEqual({ code: 'INVALID_INPUT', field: 'input.budgetLines[1].description', reason: 'TOO_LONG' });
  });

  it('allows tab and line breaks in free text, up to its limit, and refuses it one character longer', async () => {
    const description = '第一段\r\n\t第二段\n' + '文'.repeat(STRING_KINDS.text.maxLength - 10);
    const ok = await app.request(CREATE, { input: project({ name: '多行说明的项目', description }) }, { as: 'gaj.clerk' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toMatchObject({ projectCreate: { errors: [], project: { description } } });
    const long = await app.request(CREATE, { input: project({ name: '说明过长的项目', description: description + 'x' }) }, { as: 'gaj.clerk' });
    expect(refusal(long)).toMatchObject({ field: 'input.description', reason: 'TOO_LONG' });
  });

  it('refuses a lone surrogate in a tenancy contact and NUL in filter text', async () => {
    const apply = `mutation ($input: CloudTenancyApplyInput!) { cloudTenancyApply(input: $input) { errors { code } } }`;
    const input = {
      systemName: '视频平台',
      zoneId: ids.zone('CT-JIAN-EXTRANET'),
      classified: false,
      migration: false,
      mlpsLevel: 2,
      contactName: '张\udfff',
      contactPhone: '0796-8888888',
      resources: [{ itemId: ids.item('ECS-VCPU'), quantity: 4 }],
    };
    expect(refusal(await app.request(apply, { input }, { as: 'gaj.clerk' }))).toMatchObject({ field: 'input.contactName', reason: 'INVALID_UNICODE' });
    const filter = await app.request(`query ($t: String) { projects(filter: { text: $t }) { totalCount } }`, { t: '平台\u0000' }, { as: 'drc.leader' });
    expect(refusal(filter)).toMatchObject({ field: 'filter.text', reason: 'CONTROL_CHARACTER' });
  });

  it('checks arguments inside fragments and variables’ default values', async () => {
    const inFragment = await app.request(
      `query { ...P } fragment P on Query { projects(filter: { text: "${'x'.repeat(201)}" }) { totalCount } }`,
      {},
      { as: 'drc.leader' },
    );
    expect(refusal(inFragment)).toMatchObject({ field: 'filter.text', reason: 'TOO_LONG' });
    const byDefault = await app.request(`query ($t: String = "a\\u0001") { projects(filter: { text: $t }) { totalCount } }`, {}, { as: 'drc.leader' });
    expect(refusal(byDefault)).toMatchObject({ field: 'filter.text', reason: 'CONTROL_CHARACTER' });
  });

  it(`refuses a list of more than ${MAX_LIST_ITEMS} items, literal or variable`, async () => {
    const q = `query ($s: [ProjectStatus!]) { projects(filter: { statuses: $s }) { totalCount } }`;
    expect((await app.request(q, { s: Array(MAX_LIST_ITEMS).fill('DRAFT') }, { as: 'drc.leader' })).errors).toBeUndefined();
    expect(refusal(await app.request(q, { s: Array(MAX_LIST_ITEMS + 1).fill('DRAFT') }, { as: 'drc.leader' }))).toMatchObject({
      field: 'filter.statuses',
      reason: 'TOO_MANY_ITEMS',
    });
    const experts = Array(MAX_LIST_ITEMS + 1).fill('"专家"').join(',');
    const literal = await app.request(
      `mutation { cloudTenancyNameExpertPanel(input: { id: "x", expertIds: [${experts}] }) { errors { code } } }`,
      {},
      { as: 'bdc.leader' },
    );
    expect(refusal(literal)).toMatchObject({ field: 'input.expertIds', reason: 'TOO_MANY_ITEMS' });
  });

  it('refuses a 1,000,000-character filter text and a 600,000-item list fast, while another user is answered', async () => {
    const text = `%${'x'.repeat(1_000_000)}%`;
    const statuses = Array(600_000).fill('DRAFT');
    const started = Date.now();
    const hostile = [
      ...Array.from({ length: 12 }, () => app.request(`query ($t: String) { projects(filter: { text: $t }) { totalCount } }`, { t: text }, { as: 'drc.leader' })),
      app.request(`query ($s: [ProjectStatus!]) { projects(filter: { statuses: $s }) { totalCount } }`, { s: statuses }, { as: 'drc.leader' }),
    ];
    const meStarted = Date.now();
    const me = await app.request(`{ me { username } }`, {}, { as: 'gaj.clerk' });
    const meMs = Date.now() - meStarted;
    const refused = await Promise.all(hostile);
    const allMs = Date.now() - started;
    expect(me.data).toEqual({ me: { username: 'gaj.clerk' } });
    for (const res of refused.slice(0, 12)) expect(refusal(res)).toMatchObject({ field: 'filter.text', reason: 'TOO_LONG' });
    expect(refusal(refused[12])).toMatchObject({ field: 'filter.statuses', reason: 'TOO_MANY_ITEMS' });
    // Generous bounds: unbounded, these requests held the pool for minutes.
    expect(meMs).toBeLessThan(5_000);
    expect(allMs).toBeLessThan(15_000);
  });
});

describe('money in one format', () => {
  const filter = `query ($min: Decimal) { projects(filter: { investmentMin: $min }) { totalCount } }`;

  it.each(['0', '1', '0.5', '1.5', '10000000', '10000000.5', '10000000.00', '9999999999999.99'])('accepts %j', async (min) => {
    const res = await app.request(filter, { min }, { as: 'drc.leader' });
    expect(res.errors).toBeUndefined();
  });

  it.each([' 1 ', '1 ', '00001', '01.00', '10000000.001', '1e7', '-1', '-0.01', '+1', '1.', '.5', '1,000', '１００', '', 'NaN', '10000000000000'])(
    'refuses %j with INVALID_INPUT naming the field',
    async (min) => {
      expect(refusal(await app.request(filter, { min }, { as: 'drc.leader' }))).toEqual({ code: 'INVALID_INPUT', field: 'filter.investmentMin', reason: 'MONEY_FORMAT' });
    },
  );

  it.each([10000000, 1e7, true])('refuses the JSON value %j (not a string)', async (min) => {
    expect(refusal(await app.request(filter, { min }, { as: 'drc.leader' }))).toMatchObject({ field: 'filter.investmentMin', reason: 'MONEY_FORMAT' });
  });

  it.each(['1e7', '10000000', '"10000000.001"', '" 1 "', '"00001"', 'MONEY', '["1.00"]'])('refuses the literal investment: %s as it refuses the variable', async (literal) => {
    const before = await projectCount();
    const res = await app.request(
      `mutation { projectCreate(input: { name: "金额格式", category: BUSINESS_SYSTEM, buildType: NEW, network: EGOV_EXTRANET, investment: ${literal}, classified: false }) { errors { code } } }`,
      {},
      { as: 'gaj.clerk' },
    );
    expect(refusal(res)).toEqual({ code: 'INVALID_INPUT', field: 'input.investment', reason: 'MONEY_FORMAT' });
    expect(await projectCount()).toBe(before);
  });

  it('stores an accepted amount with two decimals, literal or variable', async () => {
    const literal = await app.request(
      `mutation { projectCreate(input: { name: "金额字面量", category: BUSINESS_SYSTEM, buildType: NEW, network: EGOV_EXTRANET, investment: "10000000.5", classified: false }) { project { investment } errors { code } } }`,
      {},
      { as: 'gaj.clerk' },
    );
    expect(literal.data).toEqual({ projectCreate: { project: { investment: '10000000.50' }, errors: [] } });
    const variable = await app.request(CREATE, { input: project({ name: '金额变量', investment: '800000' }) }, { as: 'gaj.clerk' });
    expect(variable.data).toMatchObject({ projectCreate: { project: { investment: '800000.00' }, errors: [] } });
  });

  it('bounds a unit price by its column (10 integer digits)', async () => {
    const q = `mutation ($p: Decimal!) { cloudServicePriceSet(input: { itemId: "${ids.item('ECS-VCPU')}", unitPrice: $p, effectiveFrom: "2199-01-01" }) { errors { code field } } }`;
    expect(refusal(await app.request(q, { p: '12345678901.00' }, { as: 'bdc.leader' }))).toMatchObject({ field: 'input.unitPrice', reason: 'MONEY_FORMAT' });
    const ok = await app.request(q, { p: '1234567890.00' }, { as: 'bdc.leader' });
    expect(ok.errors).toBeUndefined();
  });
});

describe('dates within the calendar’s range', () => {
  const deadline = `query ($start: Date!) { workingDeadline(start: $start, workingDays: 1) }`;

  it.each(['9999-12-31', '2200-01-01', '1899-12-31', '0000-01-01', '2026-02-30', '2026-1-5', '20260105', '2026-01-05T00:00:00Z'])(
    'refuses %j with INVALID_INPUT naming the argument, literal or variable',
    async (start) => {
      expect(refusal(await app.request(deadline, { start }, { as: 'jyj.clerk' }))).toEqual({ code: 'INVALID_INPUT', field: 'start', reason: 'DATE_FORMAT' });
      const literal = await app.request(`{ workingDeadline(start: ${JSON.stringify(start)}, workingDays: 1) }`, {}, { as: 'jyj.clerk' });
      expect(refusal(literal)).toEqual({ code: 'INVALID_INPUT', field: 'start', reason: 'DATE_FORMAT' });
    },
  );

  it('answers the last supported day and the first with INVALID_INPUT (no calendar), never a fault', async () => {
    for (const start of ['2199-12-31', '1900-01-01']) {
      const res = await app.request(deadline, { start }, { as: 'jyj.clerk', lang: 'en' });
      expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^No official holiday calendar for (2200|1900)/), extensions: { code: 'INVALID_INPUT', field: 'start' } });
    }
  });
});
