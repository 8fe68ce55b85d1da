import fs from 'node:fs';

/**
 * Whether a process runs, checked independently of src/db/embedded.ts (which has its own): the
 * detached postmaster's parent is init, which may reap it late, and a zombie has exited.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}
