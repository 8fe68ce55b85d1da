import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { sm2 } from 'sm-crypto-v2';
import { hashEvent } from '../../src/audit/audit-chain';
import { checkpointFileName, loadOrCreateCheckpointKey, signCheckpoint, type AuditCheckpoint } from '../../src/audit/audit-checkpoint';
import { writeAuditCheckpoint } from '../../src/audit/audit-checkpoint-writer';
import { AuditEvent, AuditOutcome } from '../../src/audit/audit-event.entity';
import { appendAuditEvent } from '../../src/audit/audit-log';
import { verifyAuditChain } from '../../src/audit/audit-verifier';
import { runAuditVerify } from '../../src/cli/audit-verify';
import { loadConfig, type AppConfig } from '../../src/config';
import { graphql } from '../gql';
import { captureLog, startTestApp } from '../support/app';
import { createLogger, type Logger } from '../../src/log/logger';
import { databaseUrl, openTestOrm, sqlAsAdmin, type TestOrm } from '../support/database';

let db: TestOrm;
let orm: MikroORM;
let scratch: string;
let config: AppConfig;
let services: { config: AppConfig; orm: MikroORM; logger: Logger };
let log: ReturnType<typeof captureLog>;

const dir = () => config.auditCheckpoint.dir;
const files = () => fs.readdirSync(dir()).sort();
const verify = () => verifyAuditChain(orm.em.fork(), { checkpoints: config.auditCheckpoint, pageSize: 3 });

async function append(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await orm.em.fork().transactional((tx) =>
      appendAuditEvent(tx, {
        requestId: `req-${Math.random()}`,
        actorUsername: 'drc.leader',
        action: 'approve',
        subjectType: 'Project',
        outcome: AuditOutcome.ALLOWED,
        rule: 'PM-8.3',
        changes: [{ entity: 'Project', before: { status: 'UNDER_DRC_REVIEW' }, after: { status: 'APPROVED' } }],
        policyVersion: 'test',
      }),
    );
  }
}

/** What someone with the database owner's rights can do: get past the trigger. */
async function asOwnerPastTheTrigger(sql: string, params: unknown[] = []): Promise<void> {
  await sqlAsAdmin(db.database, 'alter table audit_event disable trigger audit_event_no_change');
  try {
    await sqlAsAdmin(db.database, sql, params);
  } finally {
    await sqlAsAdmin(db.database, 'alter table audit_event enable trigger audit_event_no_change');
  }
}

/** Rewrites an event and recomputes its hash, so that the chain itself still verifies. */
async function rewriteWithHash(seq: number, rule: string): Promise<void> {
  const event = await orm.em.fork().findOneOrFail(AuditEvent, { seq });
  event.rule = rule;
  await asOwnerPastTheTrigger('update audit_event set rule = $1, hash = $2 where seq = $3', [rule, hashEvent(event), seq]);
}

async function written(): Promise<AuditCheckpoint> {
  const result = await writeAuditCheckpoint(services);
  if (result.status !== 'written') throw new Error(`expected a checkpoint, got ${JSON.stringify(result)}`);
  return result.checkpoint;
}

describe('audit checkpoints (anchoring the chain outside the database)', () => {
  // Each test tampers: a database and a checkpoint directory of its own.
  beforeEach(async () => {
    db = await openTestOrm();
    orm = db.orm;
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jian-checkpoint-'));
    config = loadConfig({
      DATABASE_URL: databaseUrl(db.database),
      AUDIT_CHECKPOINT_DIR: path.join(scratch, 'checkpoints'),
      AUDIT_CHECKPOINT_KEY_FILE: path.join(scratch, 'keys', 'audit-checkpoint-sm2.key'),
    });
    log = captureLog();
    services = { config, orm, logger: createLogger(config.log, { destination: log.stream }) };
  });
  afterEach(async () => {
    await db.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('signs the head with an SM2 key kept in a 0600 file, one sortable file per head, only when the head moved', async () => {
    await append(3);
    const first = await written();
    expect(first).toMatchObject({ seq: 3, format: 'jian-audit-checkpoint/1' });
    expect(fs.statSync(config.auditCheckpoint.keyFile).mode & 0o777).toBe(0o600);

    const key = loadOrCreateCheckpointKey(config.auditCheckpoint.keyFile);
    expect(fs.readFileSync(`${config.auditCheckpoint.keyFile}.pub`, 'utf8').trim()).toBe(key.publicKey);
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir(), files()[0]), 'utf8')) as AuditCheckpoint;
    expect(onDisk).toEqual(first);
    const { signature, ...signed } = onDisk;
    const text = JSON.stringify(Object.fromEntries(Object.entries(signed).sort(([a], [b]) => (a < b ? -1 : 1))));
    // Any SM2 implementation checks it with the public key and the standard default user ID.
    expect(sm2.doVerifySignature(text, signature, key.publicKey, { hash: true, der: true, userId: '1234567812345678' })).toBe(true);

    expect(await writeAuditCheckpoint(services)).toMatchObject({ status: 'unchanged' });
    expect(files()).toHaveLength(1);

    await append(9);
    expect((await written()).seq).toBe(12);
    expect(files()).toEqual([checkpointFileName(3, first.hash), expect.stringMatching(/^0000000000000012-[0-9a-f]{64}\.json$/)]);
    expect(fs.readdirSync(dir()).filter((f) => f.startsWith('.'))).toEqual([]);

    expect(await verify()).toMatchObject({ ok: true, anchored: true, checked: 12, checkpoint: { seq: 12 }, checkpointProblems: [] });
  });

  it('processes racing for the same head write one file', async () => {
    await append(4);
    // Distinct service objects do not take turns, like separate processes sharing the directory.
    const results = await Promise.all(Array.from({ length: 6 }, () => writeAuditCheckpoint({ ...services })));
    expect(results.filter((r) => r.status === 'written')).toHaveLength(1);
    expect(results.every((r) => r.status === 'written' || r.status === 'unchanged')).toBe(true);
    expect(files()).toHaveLength(1);
    expect(await verify()).toMatchObject({ ok: true, anchored: true, checkpoint: { seq: 4 } });
  });

  it('detects the newest event rewritten with its hash recomputed, which the chain alone does not', async () => {
    await append(5);
    await written();
    await rewriteWithHash(5, 'PM-4');

    // Without the checkpoint the rewrite is invisible: that is the gap checkpoints close.
    expect(await verifyAuditChain(orm.em.fork())).toMatchObject({ ok: true, checked: 5 });
    expect(await verify()).toMatchObject({
      ok: false,
      anchored: false,
      firstBadSeq: 5,
      reason: { en: 'event 5 is not the one signed in checkpoint 5' },
      checkpoint: { seq: 5 },
    });
    // And the writer refuses to sign over it.
    await append(1);
    expect(await writeAuditCheckpoint(services)).toMatchObject({ status: 'refused', reason: { en: 'event 5 no longer matches its checkpoint' } });
    expect(files()).toHaveLength(1);
    // The operator learns of it from the log.
    expect(log.lines()).toContainEqual(expect.objectContaining({ level: 'error', msg: 'audit checkpoint refused', reason: 'event 5 no longer matches its checkpoint' }));
  });

  it('detects the newest events deleted', async () => {
    await append(6);
    await written();
    await asOwnerPastTheTrigger('delete from audit_event where seq > 3');

    expect(await verifyAuditChain(orm.em.fork())).toMatchObject({ ok: true, checked: 3 });
    expect(await verify()).toMatchObject({
      ok: false,
      anchored: false,
      checked: 3,
      firstBadSeq: 4,
      reason: { en: 'events 4 to 6 are missing: checkpoint 6 was signed when the chain reached event 6' },
    });
    // Appending new events on the shortened chain does not get them signed.
    await append(5);
    expect(await writeAuditCheckpoint(services)).toMatchObject({ status: 'refused' });
    expect(await verify()).toMatchObject({ ok: false, firstBadSeq: 6, reason: { en: 'event 6 is not the one signed in checkpoint 6' } });
  });

  it('reports a forged checkpoint file as tampering and still anchors on the newest valid one', async () => {
    await append(4);
    const genuine = await written();
    await append(2);
    const [head] = await sqlAsAdmin<{ hash: string }>(db.database, 'select hash from audit_event where seq = 6');

    // Signed with another key, under the genuine key's ID.
    const impostor = sm2.generateKeyPairHex();
    const forged = signCheckpoint(
      { seq: 6, hash: head.hash, occurredAt: genuine.occurredAt, signedAt: new Date().toISOString() },
      { ...impostor, keyId: genuine.keyId },
    );
    fs.writeFileSync(path.join(dir(), checkpointFileName(6, head.hash)), JSON.stringify(forged));
    // A genuine checkpoint with its hash changed to what a rewritten chain would need.
    const altered = { ...genuine, seq: 9, hash: 'ab'.repeat(32) };
    fs.writeFileSync(path.join(dir(), checkpointFileName(9, altered.hash)), JSON.stringify(altered));

    const report = await verify();
    expect(report).toMatchObject({
      ok: false,
      checked: 6,
      anchored: true,
      checkpoint: { seq: 4, hash: genuine.hash },
      reason: { en: `checkpoint ${checkpointFileName(9, altered.hash)}: its signature does not verify (forged or altered)` },
    });
    expect(report.firstBadSeq).toBeUndefined();
    expect(report.checkpointProblems.map((p) => [p.seq, p.reason.en])).toEqual([
      [9, 'its signature does not verify (forged or altered)'],
      [6, 'its signature does not verify (forged or altered)'],
    ]);
  });

  it('reports a checkpoint signed by a key it does not trust, and one whose name was changed', async () => {
    await append(2);
    const genuine = await written();
    const stranger = sm2.generateKeyPairHex();
    const foreign = signCheckpoint({ seq: 2, hash: genuine.hash, occurredAt: genuine.occurredAt, signedAt: genuine.signedAt }, { ...stranger, keyId: 'f'.repeat(16) });
    fs.writeFileSync(path.join(dir(), checkpointFileName(3, genuine.hash)), JSON.stringify(foreign));

    const report = await verify();
    expect(report).toMatchObject({ ok: false, anchored: true, checkpoint: { seq: 2 } });
    expect(report.checkpointProblems).toEqual([{ file: checkpointFileName(3, genuine.hash), seq: 3, reason: expect.objectContaining({ en: 'the file name does not match its content' }) }]);

    fs.rmSync(path.join(dir(), checkpointFileName(3, genuine.hash)));
    fs.writeFileSync(path.join(dir(), checkpointFileName(2, 'cd'.repeat(32))), JSON.stringify({ ...foreign, hash: 'cd'.repeat(32) }));
    expect((await verify()).checkpointProblems).toEqual([
      { file: checkpointFileName(2, 'cd'.repeat(32)), seq: 2, reason: expect.objectContaining({ en: `signed by an unknown key ${'f'.repeat(16)}` }) },
    ]);
  });

  it('compares older checkpoints too, so a chain signed after a rewrite is still caught', async () => {
    await append(3);
    await written();
    await append(3);
    // Events 3 to 6 rewritten with every hash recomputed, then signed with the real key (by a
    // process that skipped the checks): the newest checkpoint agrees, the older one does not.
    const em = orm.em.fork();
    const events = await em.find(AuditEvent, { seq: { $gte: 3 } }, { orderBy: { seq: 'asc' } });
    let prev = (await em.findOneOrFail(AuditEvent, { seq: 2 })).hash;
    for (const event of events) {
      event.rule = 'PM-4';
      event.prevHash = prev;
      event.hash = prev = hashEvent(event);
      await asOwnerPastTheTrigger('update audit_event set rule = $1, prev_hash = $2, hash = $3 where seq = $4', [event.rule, event.prevHash, event.hash, event.seq]);
    }
    const head = events[events.length - 1];
    const key = loadOrCreateCheckpointKey(config.auditCheckpoint.keyFile);
    const laundered = signCheckpoint({ seq: 6, hash: head.hash, occurredAt: head.occurredAt.toISOString(), signedAt: new Date().toISOString() }, key);
    fs.writeFileSync(path.join(dir(), checkpointFileName(6, head.hash)), JSON.stringify(laundered));

    expect(await verify()).toMatchObject({ ok: false, anchored: true, firstBadSeq: 3, reason: { en: 'event 3 is not the one signed in checkpoint 3' } });
  });

  it('refuses to sign a tail that does not verify', async () => {
    await append(2);
    await written();
    await append(2);
    await asOwnerPastTheTrigger("update audit_event set rule = 'PM-4' where seq = 4");
    expect(await writeAuditCheckpoint(services)).toMatchObject({ status: 'refused', reason: { en: 'event 4: content does not match its hash' } });
    expect(files()).toHaveLength(1);
  });

  it('npm run audit:verify exits 0 on an anchored chain and 1 on tampering', async () => {
    const lines: string[] = [];
    await append(3);
    expect(await runAuditVerify(services, (l) => lines.push(l))).toBe(0);
    expect(lines.pop()).toMatch(/ok: 3 events; NOT anchored/);

    await written();
    await append(1);
    expect(await runAuditVerify(services, (l) => lines.push(l))).toBe(0);
    expect(lines.splice(0)).toEqual([
      expect.stringMatching(/^audit chain ok: 4 events; anchored at checkpoint 3 signed /),
      '1 events after checkpoint 3 are covered by the chain only, until the next checkpoint',
    ]);

    await rewriteWithHash(3, 'PM-4');
    expect(await runAuditVerify(services, (l) => lines.push(l))).toBe(1);
    expect(lines).toEqual(['audit chain BROKEN at event 3: event 3 is not the one signed in checkpoint 3 (3 events verified in order)']);
  });
});

const AnchoredStatus = graphql(`
  query AuditAnchoredStatus {
    auditChainStatus {
      ok
      anchored
      checked
      firstBadSeq
      reason
      checkpoint {
        seq
        hash
        signedAt
        file
      }
      checkpointProblems {
        file
        seq
        reason
      }
    }
  }
`);

describe('auditChainStatus', () => {
  it('tells the Audit Bureau whether the chain is anchored and names the bad checkpoint, in both languages', async () => {
    const app = await startTestApp();
    try {
      await app.orm.em.fork().transactional((tx) =>
        appendAuditEvent(tx, { requestId: 'req-status', action: 'approve', subjectType: 'Project', outcome: AuditOutcome.ALLOWED, policyVersion: 'test' }),
      );
      const unanchored = await app.query(AnchoredStatus, {}, 'audit.auditor');
      expect(unanchored.auditChainStatus).toMatchObject({ ok: true, anchored: false, checkpoint: null, checkpointProblems: [] });

      const { checkpoint } = (await writeAuditCheckpoint(app.services)) as { checkpoint: AuditCheckpoint };
      const anchored = await app.query(AnchoredStatus, {}, 'audit.auditor');
      expect(anchored.auditChainStatus).toMatchObject({
        ok: true,
        anchored: true,
        checkpoint: { seq: checkpoint.seq, hash: checkpoint.hash, signedAt: checkpoint.signedAt, file: checkpointFileName(checkpoint.seq, checkpoint.hash) },
      });

      const file = checkpointFileName(checkpoint.seq + 1, 'ef'.repeat(32));
      fs.writeFileSync(path.join(app.config.auditCheckpoint.dir, file), JSON.stringify({ ...checkpoint, seq: checkpoint.seq + 1, hash: 'ef'.repeat(32) }));
      const zh = await app.request(AnchoredStatus, {}, { as: 'audit.auditor' });
      expect(zh.data!.auditChainStatus).toMatchObject({ ok: false, anchored: true, checkpointProblems: [{ file, seq: checkpoint.seq + 1, reason: '检查点签名验证失败（伪造或被改动）' }] });
      const en = await app.request(AnchoredStatus, {}, { as: 'audit.auditor', lang: 'en' });
      expect(en.data!.auditChainStatus.reason).toBe(`checkpoint ${file}: its signature does not verify (forged or altered)`);
    } finally {
      await app.stop();
    }
  });
});
