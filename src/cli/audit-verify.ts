import 'reflect-metadata';
import { boot } from '../app';
import { verifyAuditChain } from '../audit/audit-verifier';
import { loadConfig } from '../config';

/** `npm run audit:verify`: re-hashes the audit chain; exit 1 names the first bad event. */
async function main(): Promise<void> {
  const booted = await boot(loadConfig(), { seed: false, migrate: false });
  try {
    const report = await verifyAuditChain(booted.services.orm.em.fork());
    if (report.ok) console.log(`audit chain ok: ${report.checked} events`);
    else console.log(`audit chain BROKEN at event ${report.firstBadSeq}: ${report.reason} (${report.checked} verified before it)`);
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await booted.shutdown();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
