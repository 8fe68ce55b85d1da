// Removes compiled files in dist/ whose TypeScript source is gone (renamed or deleted), so that,
// for instance, a removed migration is not applied from its stale output. The incremental build
// only writes what changed and never deletes dist/, which a running server may be using.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');

function prune(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      prune(file);
      continue;
    }
    const m = /^(.*)\.js(\.map)?$/.exec(entry.name);
    if (!m) continue;
    const source = path.join(root, path.relative(dist, dir), `${m[1]}.ts`);
    if (!fs.existsSync(source)) fs.rmSync(file, { force: true });
  }
}

for (const top of ['src', 'migrations', 'bench']) prune(path.join(dist, top));
