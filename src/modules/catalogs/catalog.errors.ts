import { invalid as invalidInput, precondition as unmet, Refusal, UserErrorCode, type Problem } from '../../graphql/errors';
import type { EntryProblem } from './catalog-entry.validation';
import { problemLocation, type FileProblem } from './catalog-file';

/** Every catalog refusal cites PM-9(3) unless it says otherwise. */
export const RULE = 'PM-9(3)';

/** An entry's problems as INVALID_INPUT, each on its input field under `prefix`. */
export function entryRefusal(problems: EntryProblem[], prefix = 'entry'): Refusal {
  return new Refusal(problems.map((p) => invalidInput(RULE, `${prefix}.${p.field}`, p.message)));
}

/** A file's problems as INVALID_INPUT, each located as `row 7, column 共享类型`. */
export function fileRefusal(problems: FileProblem[]): Refusal {
  return new Refusal(
    problems.map(
      (p): Problem => invalidInput(RULE, problemLocation(p) ?? 'contentBase64', p.message),
    ),
  );
}

/** An INVALID_INPUT problem, to list with others (`refuseIfAny`). */
export function invalidProblem(field: string, zh: string, en: string): Problem {
  return invalidInput(RULE, field, { zh, en });
}

/** A PRECONDITION_FAILED problem, to list with others (`refuseIfAny`). */
export function preconditionProblem(zh: string, en: string, field?: string): Problem {
  return unmet(RULE, { zh, en }, field);
}

/** A refusal of one INVALID_INPUT problem. */
export function invalid(field: string, zh: string, en: string): Refusal {
  return new Refusal([invalidProblem(field, zh, en)]);
}

/** A refusal of one PRECONDITION_FAILED problem. */
export function precondition(zh: string, en: string, field?: string): Refusal {
  return new Refusal([preconditionProblem(zh, en, field)]);
}

export function staleVersion(): Refusal {
  return Refusal.of(UserErrorCode.CONFLICT, undefined, {
    zh: '目录已被他人修改，请刷新后重试',
    en: 'The catalog was changed by someone else; reload and retry',
  });
}
