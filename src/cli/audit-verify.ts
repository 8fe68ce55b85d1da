import 'reflect-metadata';
import { IsolationLevel } from '@mikro-orm/core';
import { boot } from '../app';
import { verifyAuditChain } from '../audit/audit-verifier';
import { loadConfig } from '../config';
import type { AppServices } from '../context';

/**
 * Verifies the audit chain against its signed checkpoints and prints the verdict; returns the exit
 * code: 0 when intact (with a warning when nothing anchors it yet), 1 on any tampering.
 */
export async function runAuditVerify(services: Pick<AppServices, 'config' | 'orm'>, print: (line: string) => void = console.log): Promise<number> {
  const checkpoints = services.config.auditCheckpoint;
  const report = await services.orm.em
    .fork()
    .transactional((em) => verifyAuditChain(em, { checkpoints }), { readOnly: true, isolationLevel: IsolationLevel.REPEATABLE_READ });
  for (const p of report.checkpointProblems) print(`checkpoint ${p.file} is BAD: ${p.reason.en}`);
  if (report.firstBadSeq !== undefined) {
    print(`audit chain BROKEN at event ${report.firstBadSeq}: ${report.reason!.en} (${report.checked} events verified in order)`);
  } else if (!report.ok) {
    print(`audit chain: ${report.checked} events verify, but the checkpoints show tampering`);
  } else if (report.anchored) {
    const c = report.checkpoint!;
    print(`audit chain ok: ${report.checked} events; anchored at checkpoint ${c.seq} signed ${c.signedAt}`);
  } else {
    print(`audit chain ok: ${report.checked} events; NOT anchored: no signed checkpoint in ${checkpoints.dir}`);
  }
  if (report.ok && report.anchored && report.checked > report.checkpoint!.seq) {
    print(`${report.checked - report.checkpoint!.seq} events after checkpoint ${report.checkpoint!.seq} are covered by the chain only, until the next checkpoint`);
  }
  return report.ok ? 0 : 1;
}

/** `npm run audit:verify`. */
async function main(): Promise<void> {
  const booted = await boot(loadConfig(), { seed: false, migrate: false, principals: false });
  try {
    process.exitCode = await runAuditVerify(booted.services);
  } finally {
    await booted.shutdown();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
