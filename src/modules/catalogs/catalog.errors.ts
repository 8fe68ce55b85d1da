import { conflict, invalid, type Problem } from '../../graphql/errors';
import type { EntryProblem } from './catalog-entry.validation';
import { problemLocation, type FileProblem } from './catalog-file';

/** Every catalog refusal cites PM-9(3) unless it says otherwise. */
export const RULE = 'PM-9(3)';

/** An entry's problems as INVALID_INPUT, each on its input field under `prefix`. */
export function entryProblems(problems: EntryProblem[], prefix = 'entry'): Problem[] {
  return problems.map((p) => invalid(RULE, `${prefix}.${p.field}`, p.message));
}

/** A file's problems as INVALID_INPUT, each located as `row 7, column 共享类型`. */
export function fileProblems(problems: FileProblem[]): Problem[] {
  return problems.map((p) => invalid(RULE, problemLocation(p) ?? 'contentBase64', p.message));
}

/** The caller saw another version of the catalog than the one it would change. */
export function staleVersion(): Problem {
  return conflict(undefined, { zh: '目录已被他人修改，请刷新后重试', en: 'The catalog was changed by someone else; reload and retry' });
}
