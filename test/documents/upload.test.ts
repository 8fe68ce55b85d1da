import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { MAX_UPLOAD_BYTES: '1024' } });
});
afterAll(() => app.stop());

describe('document upload (POST /documents)', () => {
  it('stores the bytes with their SM3 hash and answers a global ID', async () => {
    const bytes = Buffer.from('可行性研究报告 第一章 集约化建设');
    const res = await fetch(`${app.url}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await app.token('gaj.clerk')}`, 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('可研报告.pdf') },
      body: bytes,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; sm3: string; size: number; fileName: string };
    expect(body).toMatchObject({ sm3: createHash('sm3').update(bytes).digest('hex'), size: bytes.length, fileName: '可研报告.pdf' });
    const [row] = await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from document_content where sm3 = $1', [body.sm3]);
    expect(row.n).toBe('1');
  });

  it('returns the bytes to the uploader\'s agency, and 404 to others', async () => {
    const id = await app.upload('gaj.clerk', '监理合同正文', '合同.pdf');
    const own = await fetch(`${app.url}/documents/${id}`, { headers: { authorization: `Bearer ${await app.token('gaj.leader')}` } });
    expect(own.status).toBe(200);
    expect(await own.text()).toBe('监理合同正文');
    expect(own.headers.get('x-content-sm3')).toBe(createHash('sm3').update('监理合同正文').digest('hex'));
    const other = await fetch(`${app.url}/documents/${id}`, { headers: { authorization: `Bearer ${await app.token('jyj.clerk')}` } });
    expect(other.status).toBe(404);
    const anonymous = await fetch(`${app.url}/documents/${id}`);
    expect(anonymous.status).toBe(401);
  });

  it('records each upload in the audit trail and refuses the Audit Bureau (PM-18)', async () => {
    const [before] = await sqlAsAdmin<{ n: string }>(app.database, "select count(*) n from audit_event where action = 'upload'");
    await app.upload('jyj.clerk', 'x');
    const res = await fetch(`${app.url}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await app.token('audit.auditor')}`, 'content-type': 'text/plain' },
      body: 'audit',
    });
    expect(res.status).toBe(403);
    const refused = (await res.json()) as { errors: { extensions: { code: string; rule: string } }[] };
    expect(refused.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'PM-18' });
    const events = await sqlAsAdmin<{ outcome: string; actor_username: string }>(
      app.database,
      "select outcome, actor_username from audit_event where action = 'upload' order by seq",
    );
    expect(events.slice(Number(before.n))).toEqual([
      { outcome: 'ALLOWED', actor_username: 'jyj.clerk' },
      { outcome: 'REFUSED', actor_username: 'audit.auditor' },
    ]);
  });

  it('refuses an upload without a valid token', async () => {
    const res = await fetch(`${app.url}/documents`, { method: 'POST', body: Buffer.from('x') });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses content over the size limit', async () => {
    const res = await fetch(`${app.url}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await app.token('gaj.clerk')}`, 'content-type': 'application/pdf' },
      body: Buffer.alloc(2048, 1),
    });
    expect(res.status).toBe(413);
  });
});
