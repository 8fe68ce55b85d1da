import { MikroORM } from '@mikro-orm/postgresql';
import { appendAuditEvent } from '../../src/audit/audit-log';
import { AuditOutcome } from '../../src/audit/audit-event.entity';
import { verifyAuditChain } from '../../src/audit/audit-verifier';
import { openTestOrm, sqlAsAdmin, type TestOrm } from '../support/database';

let orm: MikroORM;
let database: string;
let db: TestOrm;
beforeAll(async () => {
  db = await openTestOrm();
  ({ orm, database } = db);
});
afterAll(() => db.close());

const entry = (i: number) => ({
  requestId: `req-${i}`,
  actorUsername: 'drc.leader',
  action: 'approve',
  subjectType: 'Project',
  outcome: i % 2 ? AuditOutcome.REFUSED : AuditOutcome.ALLOWED,
  rule: 'PM-9(3)',
  changes: [{ entity: 'Project', before: { status: 'UNDER_DRC_REVIEW' }, after: { status: 'APPROVED', amount: '5000000.00' } }],
  policyVersion: 'test',
});

describe('audit chain (PM-18)', () => {
  it('chains concurrent appends in order, each covering its predecessor', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => orm.em.fork().transactional((tx) => appendAuditEvent(tx, entry(i)))));
    const report = await verifyAuditChain(orm.em.fork(), { pageSize: 7 });
    expect(report).toEqual({ ok: true, checked: 20, anchored: false, checkpointProblems: [] });
  });

  it('refuses UPDATE and DELETE of an event in the database itself', async () => {
    await expect(sqlAsAdmin(database, "update audit_event set rule = 'PM-4' where seq = 3")).rejects.toThrow(/append-only/);
    await expect(sqlAsAdmin(database, 'delete from audit_event where seq = 3')).rejects.toThrow(/append-only/);
  });

  it('names the first edited event when someone gets past the trigger', async () => {
    await sqlAsAdmin(
      database,
      `alter table audit_event disable trigger audit_event_no_change;
       update audit_event set changes = jsonb_set(changes, '{0,after,amount}', '"500.00"') where seq = 5;
       alter table audit_event enable trigger audit_event_no_change;`,
    );
    const report = await verifyAuditChain(orm.em.fork(), { pageSize: 4 });
    expect(report).toMatchObject({ ok: false, firstBadSeq: 5, checked: 4, reason: { en: 'content does not match its hash' } });
  });

  it('names a removed event', async () => {
    await sqlAsAdmin(
      database,
      `alter table audit_event disable trigger audit_event_no_change;
       delete from audit_event where seq = 2;
       alter table audit_event enable trigger audit_event_no_change;`,
    );
    const report = await verifyAuditChain(orm.em.fork());
    expect(report).toMatchObject({ ok: false, firstBadSeq: 2, reason: { en: 'event 2 is missing' } });
  });
});
