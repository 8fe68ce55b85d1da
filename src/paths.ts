import fs from 'node:fs';
import path from 'node:path';

/** The checkout's root (where package.json is), from both `src/` and the compiled `dist/src/`. */
export const projectRoot: string = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
})();

export const policiesDir = path.join(projectRoot, 'policies');
export const schemaFile = path.join(projectRoot, 'schema', 'schema.graphql');
