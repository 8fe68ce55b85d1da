import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';

// The README's configuration table is the operator's only list of settings: it must name every
// variable the service reads, no variable it does not, and defaults that are the real ones.

const root = path.resolve(__dirname, '..', '..');

interface Row {
  names: string[];
  defaults: string[];
}

/** The rows of the table under `## Configuration`: variables of the first cell, defaults of the second. */
function readmeTable(): Row[] {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = /^## Configuration\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [first, second] = line.split(/(?<!\\)\|/).slice(1).map((cell) => cell.trim());
      return {
        names: [...first.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]),
        defaults: second.split(' / ').map((d) => d.trim()),
      };
    });
}

/** Every environment variable the source reads: `env.X` in the configuration, `process.env.X` anywhere. */
function variablesRead(): Set<string> {
  const names = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (file.endsWith('.ts')) {
        const source = fs.readFileSync(file, 'utf8');
        const pattern = file === path.join(root, 'src', 'config.ts') ? /\benv(?:\.|\[['"])([A-Z][A-Z0-9_]*)/g : /\bprocess\.env(?:\.|\[['"])([A-Z][A-Z0-9_]*)/g;
        for (const m of source.matchAll(pattern)) names.add(m[1]);
      }
    }
  };
  visit(path.join(root, 'src'));
  return names;
}

/** Set by npm for the scripts it runs, not by an operator: named under the table, not in it. */
const SET_BY_NPM = ['INIT_CWD'];

describe('configuration', () => {
  const rows = readmeTable();
  const documented = rows.flatMap((r) => r.names);

  it('the README lists every variable the service reads, and only those', () => {
    const read = [...variablesRead()].filter((name) => !SET_BY_NPM.includes(name)).sort();
    expect(read).toContain('DATABASE_URL'); // the scan itself works
    expect(read.filter((name) => !documented.includes(name))).toEqual([]);
    expect(documented.filter((name) => !read.includes(name))).toEqual([]);
    expect(documented.filter((name, i) => documented.indexOf(name) !== i)).toEqual([]);
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const name of SET_BY_NPM) expect(readme).toContain(`\`${name}\``);
  });

  it("the README's literal defaults are the defaults: setting one changes nothing", () => {
    const names = new Set(documented);
    const baseline = loadConfig({});
    const checked: string[] = [];
    for (const row of rows) {
      if (row.defaults.length !== row.names.length) continue;
      row.names.forEach((name, i) => {
        // A literal: `value` or a bare number; not a description or a value built from another variable.
        const literal = /^`([^`]+)`$/.exec(row.defaults[i])?.[1] ?? /^\d+$/.exec(row.defaults[i])?.[0];
        if (literal === undefined || [...names].some((n) => literal.includes(n))) return;
        checked.push(name);
        expect({ name, config: loadConfig({ [name]: literal }) }).toEqual({ name, config: baseline });
      });
    }
    expect(checked).toEqual(expect.arrayContaining(['HOST', 'PORT', 'DATA_DIR', 'GRAPHQL_MAX_DEPTH', 'SHUTDOWN_TIMEOUT_SECONDS']));
  });

  it('binds loopback unless HOST says otherwise, with or without DATABASE_URL', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: 'postgres://jian@db.example:5432/jian' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
  });

  it('PORT is 0 (a free port) to 65535', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
    for (const bad of ['65536', '-1', '4000x', 'http']) expect(() => loadConfig({ PORT: bad })).toThrow(/PORT.*got "/);
  });

  it('WEB_CONCURRENCY is 1 to 64 processes, or auto (the default) for one per core', () => {
    expect(loadConfig({}).webConcurrency).toBe(Math.min(os.availableParallelism(), 64));
    expect(loadConfig({ WEB_CONCURRENCY: '1' }).webConcurrency).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '4' }).webConcurrency).toBe(4);
    expect(loadConfig({ WEB_CONCURRENCY: 'auto' }).webConcurrency).toBe(os.availableParallelism());
    for (const bad of ['0', '65', '2.5', 'many']) expect(() => loadConfig({ WEB_CONCURRENCY: bad })).toThrow(/WEB_CONCURRENCY.*got "/);
  });
});
