import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths';

/**
 * The Node flags `npm start` serves with (package.json's start script), for the benchmarks to run
 * their servers with, every side alike.
 */
export function servingNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const command = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/src\/main\.js/.exec(pkg.scripts.start);
  if (!command) throw new Error(`package.json's start script does not run dist/src/main.js with node: ${pkg.scripts.start}`);
  return command[1].trim().split(/\s+/).filter(Boolean);
}
