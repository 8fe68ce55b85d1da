import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { LocalizedError, type Lang, type Msg } from './errors';
import { isPlainMoney, isSupportedDate, MAX_DATE, MAX_MONEY_DIGITS, MIN_DATE } from './scalars';

/**
 * Bounds on every input of every operation, checked in one pass before anything runs: each String
 * and ID value has a maximum length by what it means and a set of characters it may hold, each list a
 * maximum size, each Decimal the one money format and each Date the calendar's range. No resolver can
 * forget them, and a refusal changes nothing (it happens before execution). The pass is linear in the
 * request: a length is compared before a string is scanned, a list's size before its items.
 */

/** What a string input means, which fixes how long it may be and whether it may span lines. */
export type StringKind = 'id' | 'code' | 'line' | 'search' | 'text' | 'cursor' | 'file';

interface KindRule {
  maxLength: number;
  /** Tab, LF and CR are allowed (free text); single-line values allow no control character at all. */
  multiline: boolean;
}

/** Limits by kind; `file` is bounded by the request body limit (MAX_REQUEST_BYTES). */
export const STRING_KINDS: Record<Exclude<StringKind, 'file'>, KindRule> = {
  /** Global IDs (base64url of "Type:uuid", under 90 characters). */
  id: { maxLength: 128, multiline: false },
  /** Codes, numbers and references: county codes, contract and report numbers, months, phone numbers. */
  code: { maxLength: 100, multiline: false },
  /** Names and titles: the default for a String. */
  line: { maxLength: 200, multiline: false },
  /** Filter text matched against names and codes. */
  search: { maxLength: 200, multiline: false },
  /** Free text: descriptions, notes, reasons, opinions, findings. */
  text: { maxLength: 10_000, multiline: true },
  /** Page cursors (base64url of the ordering values). */
  cursor: { maxLength: 1_000, multiline: false },
};

/** The most items any list input may hold. */
export const MAX_LIST_ITEMS = 500;

type Bound = StringKind | { kind: StringKind; maxLength: number };

/**
 * The kind of a string input by its field or argument name; a String not named here is a `line`, an
 * ID an `id`. `Type.field` entries (and `Type.field.argument` for arguments) override the name where
 * the same name means another thing, or where the column is shorter than the kind.
 */
const BY_NAME: Record<string, Bound> = {
  // free text
  abstract: 'text',
  businessFlow: 'text',
  conclusion: 'text',
  cryptographyPlanAssessment: 'text',
  confirmation: 'text',
  dataFlow: 'text',
  description: 'text',
  failureReasons: 'text',
  findings: 'text',
  interfaces: 'text',
  issue: 'text',
  migratedSystemDescription: 'text',
  note: 'text',
  notSharedBasis: 'text',
  openCondition: 'text',
  opinion: 'text',
  purpose: 'text',
  reason: 'text',
  reasons: 'text',
  resolution: 'text',
  responsible: 'text',
  scale: 'text',
  scope: 'text',
  securityStatement: 'text',
  sharingCondition: 'text',
  summary: 'text',
  systemDescription: 'text',
  utilisation: 'text',
  // codes and references
  action: 'code',
  categoryCode: 'code',
  classCode: 'code',
  classification: 'code',
  code: 'code',
  contactPhone: { kind: 'code', maxLength: 40 },
  contractNo: 'code',
  countyCode: 'code',
  divisionCode: 'code',
  formatType: 'code',
  itemCode: 'code',
  month: 'code',
  period: 'code',
  providerCode: 'code',
  relatedResourceCodes: 'code',
  reference: 'code',
  reportNo: 'code',
  resourceCode: 'code',
  securityPreassessmentRef: 'code',
  settlementRef: 'code',
  subcategoryCode: 'code',
  subjectType: 'code',
  unit: { kind: 'code', maxLength: 20 },
  // filters and pages
  text: 'search',
  after: 'cursor',
  before: 'cursor',
};

const BY_FIELD: Record<string, Bound> = {
  /** Stored in a varchar(255): one line. */
  'BudgetLineInput.description': 'line',
  'CatalogFindingInput.text': 'text',
  'CatalogImportInput.contentBase64': 'file',
  'UserFilter.agencyId': 'id',
};

/** Integer digits a Decimal may have where its column is narrower than numeric(15,2). */
const MONEY_DIGITS: Record<string, number> = {
  'CloudServiceItemCreateInput.unitPrice': 10,
  'CloudServicePriceSetInput.unitPrice': 10,
  'CloudProviderAssessmentInput.availabilityPercent': 3,
};

/** The bound of one input position: a field of an input type, or an argument of a field. */
interface Position {
  key: string;
  name: string;
}

function boundOf(pos: Position, scalar: string): Bound {
  return BY_FIELD[pos.key] ?? BY_NAME[pos.name] ?? (scalar === 'ID' ? 'id' : 'line');
}

export type InputRefusal = 'TOO_LONG' | 'CONTROL_CHARACTER' | 'INVALID_UNICODE' | 'TOO_MANY_ITEMS' | 'MONEY_FORMAT' | 'DATE_FORMAT';

export interface InputProblem {
  field: string;
  reason: InputRefusal;
  message: Msg;
}

class Found extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.message.en);
  }
}

// Control characters (C0, DEL, C1); free text may hold tab, LF and CR.
const SINGLE_LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const MULTILINE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface InputBoundsOptions {
  /** Upper bound of a `file` string: the request body limit. */
  maxFileLength: number;
}

type Checker = (value: unknown, type: GraphQLInputType, path: string, pos: Position) => void;

/**
 * The first input of the operation that breaks a bound, or undefined. Walks every field's arguments
 * (fragments once each) through input objects and lists by the schema, checking literals as written
 * and variables as sent (each variable once per kind of position it is used in; validation has
 * already refused variables that no field uses).
 */
export function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  options: InputBoundsOptions,
): InputProblem | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const varDefs = new Map<string, VariableDefinitionNode>();
  for (const v of operation.variableDefinitions ?? []) varDefs.set(v.variable.name.value, v);
  const checkedVariables = new Set<string>();

  const fail = (field: string, reason: InputRefusal, message: Msg): never => {
    throw new Found({ field, reason, message });
  };

  const checkString = (value: string, path: string, pos: Position, scalar: string) => {
    const bound = boundOf(pos, scalar);
    const kind = typeof bound === 'string' ? bound : bound.kind;
    const rule = kind === 'file' ? { maxLength: options.maxFileLength, multiline: true } : STRING_KINDS[kind];
    const max = typeof bound === 'string' ? rule.maxLength : bound.maxLength;
    if (value.length > max) {
      fail(path, 'TOO_LONG', { zh: `${path} 过长：最多 ${max} 个字符`, en: `${path} is too long: at most ${max} characters` });
    }
    if ((rule.multiline ? MULTILINE_CONTROL : SINGLE_LINE_CONTROL).test(value)) {
      fail(
        path,
        'CONTROL_CHARACTER',
        rule.multiline
          ? { zh: `${path} 含有不允许的控制字符（只允许制表符和换行）`, en: `${path} holds a control character (only tab and line breaks are allowed)` }
          : { zh: `${path} 含有控制字符（须为单行文字，不含制表符和换行）`, en: `${path} holds a control character (one line, no tab or line break)` },
      );
    }
    if (LONE_SURROGATE.test(value)) {
      fail(path, 'INVALID_UNICODE', { zh: `${path} 含有无效的 Unicode 字符（不成对的代理项）`, en: `${path} holds invalid Unicode (an unpaired surrogate)` });
    }
  };

  const moneyDigits = (pos: Position) => MONEY_DIGITS[pos.key] ?? MAX_MONEY_DIGITS;
  const badMoney = (path: string, pos: Position): never => {
    const digits = moneyDigits(pos);
    return fail(path, 'MONEY_FORMAT', {
      zh: `${path} 须为金额字符串：至多 ${digits} 位整数（无前导零），可带小数点和一到两位小数，如 "5000000.00"`,
      en: `${path} must be an amount as a string: up to ${digits} digits without leading zeros, optionally a point and one or two decimals, e.g. "5000000.00"`,
    });
  };
  const badDate = (path: string): never =>
    fail(path, 'DATE_FORMAT', {
      zh: `${path} 须为 ${MIN_DATE} 至 ${MAX_DATE} 之间的日期（YYYY-MM-DD）`,
      en: `${path} must be a date from ${MIN_DATE} to ${MAX_DATE} (YYYY-MM-DD)`,
    });

  const checkScalar = (value: unknown, named: GraphQLNamedType, path: string, pos: Position) => {
    switch (named.name) {
      case 'String':
      case 'ID':
        if (typeof value === 'string') checkString(value, path, pos, named.name);
        return; // other types are refused by coercion
      case 'Decimal':
        if (typeof value !== 'string' || !isPlainMoney(value, moneyDigits(pos))) badMoney(path, pos);
        return;
      case 'Date':
        if (typeof value !== 'string' || !isSupportedDate(value)) badDate(path);
        return;
    }
  };

  const tooMany = (path: string): never =>
    fail(path, 'TOO_MANY_ITEMS', { zh: `${path} 最多 ${MAX_LIST_ITEMS} 项`, en: `${path} holds more than ${MAX_LIST_ITEMS} items` });

  /** A value as sent in the variables (JSON). */
  const checkValue: Checker = (value, type, path, pos) => {
    if (value === null || value === undefined) return;
    const t = getNullableType(type) as GraphQLInputType;
    if (isListType(t)) {
      if (!Array.isArray(value)) return checkValue(value, t.ofType, path, pos); // one item stands for a list of one
      if (value.length > MAX_LIST_ITEMS) tooMany(path);
      value.forEach((item, i) => checkValue(item, t.ofType, `${path}[${i}]`, pos));
      return;
    }
    if (isInputObjectType(t)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      for (const field of Object.values(t.getFields())) {
        if (Object.prototype.hasOwnProperty.call(value, field.name)) {
          checkValue((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, fieldPosition(t.name, field));
        }
      }
      return;
    }
    checkScalar(value, t, path, pos);
  };

  const checkVariable = (name: string, type: GraphQLInputType, path: string, pos: Position) => {
    // The same variable in positions of the same type and bound is checked once.
    const memo = `${name}\u0000${String(type)}\u0000${pos.key}`;
    if (checkedVariables.has(memo)) return;
    checkedVariables.add(memo);
    if (Object.prototype.hasOwnProperty.call(variables, name)) return checkValue(variables[name], type, path, pos);
    const def = varDefs.get(name)?.defaultValue;
    if (def) checkLiteral(def, type, path, pos);
  };

  /** A value as written in the document. */
  const checkLiteral = (node: ValueNode, type: GraphQLInputType, path: string, pos: Position): void => {
    if (node.kind === Kind.VARIABLE) return checkVariable(node.name.value, type, path, pos);
    if (node.kind === Kind.NULL) return;
    const t = getNullableType(type) as GraphQLInputType;
    if (isListType(t)) {
      if (node.kind !== Kind.LIST) return checkLiteral(node, t.ofType, path, pos);
      if (node.values.length > MAX_LIST_ITEMS) tooMany(path);
      node.values.forEach((item, i) => checkLiteral(item, t.ofType, `${path}[${i}]`, pos));
      return;
    }
    if (isInputObjectType(t)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = t.getFields();
      for (const f of node.fields) {
        const field = fields[f.name.value];
        if (field) checkLiteral(f.value, field.type, `${path}.${field.name}`, fieldPosition(t.name, field));
      }
      return;
    }
    switch (t.name) {
      case 'Decimal':
      case 'Date':
        // Only a string literal can be money or a date (`1e7` is a Float, `2026` an Int).
        return checkScalar(node.kind === Kind.STRING ? node.value : undefined, t, path, pos);
      default:
        if (node.kind === Kind.STRING) checkScalar(node.value, t, path, pos);
    }
  };

  const walked = new Set<string>();
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined | null) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[sel.name.value] : undefined;
        if (def) {
          for (const arg of sel.arguments ?? []) {
            const argDef = def.args.find((a) => a.name === arg.name.value);
            if (argDef) checkLiteral(arg.value, argDef.type, argDef.name, argumentPosition(parent!.name, def.name, argDef));
          }
        }
        if (sel.selectionSet) walk(sel.selectionSet, def ? getNamedType(def.type) : undefined);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent);
      } else {
        const fragment = fragments.get(sel.name.value);
        if (!fragment || walked.has(fragment.name.value)) continue;
        walked.add(fragment.name.value);
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      }
    }
  };

  try {
    const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : schema.getSubscriptionType();
    walk(operation.selectionSet, root);
  } catch (e) {
    if (e instanceof Found) return e.problem;
    throw e;
  }
  return undefined;
}

function fieldPosition(typeName: string, field: GraphQLInputField): Position {
  return { key: `${typeName}.${field.name}`, name: field.name };
}

function argumentPosition(typeName: string, fieldName: string, arg: GraphQLArgument): Position {
  return { key: `${typeName}.${fieldName}.${arg.name}`, name: arg.name };
}

export function inputError(problem: InputProblem, lang: Lang): GraphQLError {
  return new LocalizedError(lang, problem.message, { code: 'INVALID_INPUT', field: problem.field, reason: problem.reason, http: { status: 400 } });
}

/**
 * Runs the pass on every operation once it is resolved, before any resolver: a refusal is one
 * top-level `INVALID_INPUT` error with the input's path in `extensions.field` and HTTP 400.
 */
export function inputBoundsPlugin(options: InputBoundsOptions): ApolloServerPlugin<{ lang: Lang }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (!operation) return;
          const problem = findInputProblem(schema, document, operation, request.variables ?? {}, options);
          if (problem) throw inputError(problem, contextValue.lang);
        },
      };
    },
  };
}
