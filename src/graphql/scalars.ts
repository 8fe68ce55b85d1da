import Decimal from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** Integer digits of the widest money column, numeric(15,2). */
export const MAX_MONEY_DIGITS = 13;

/**
 * Money as the API takes it: digits without leading zeros (a lone "0" is zero), then optionally a
 * point and one or two decimals. No sign (no input is a negative amount), no spaces, no exponent.
 */
export function isPlainMoney(value: string, maxDigits = MAX_MONEY_DIGITS): boolean {
  if (value.length > maxDigits + 3) return false;
  const m = /^(0|[1-9]\d*)(\.\d{1,2})?$/.exec(value);
  return m !== null && m[1].length <= maxDigits;
}

/** Normalises an amount of money to a string with exactly two decimals (CNY, fen precision). */
export function money(value: string | number | Decimal): string {
  return new Decimal(value).toFixed(2);
}

function invalidScalar(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_INPUT' } });
}

function parseMoney(value: unknown): string {
  if (typeof value !== 'string' || !isPlainMoney(value)) {
    throw invalidScalar('Decimal must be a string of digits with at most two decimals, e.g. "5000000.00"');
  }
  return money(value);
}

/**
 * A literal of a strict scalar. graphql-js calls `parseLiteral` without variables while it validates
 * the document and with them while it executes. Malformed literals pass validation here so that the
 * input pass (input-bounds.ts), which runs right after validation and before execution, refuses them
 * with INVALID_INPUT and the argument's path: the same answer a malformed variable gets, instead of a
 * GRAPHQL_VALIDATION_FAILED that names no field. At execution the scalar is strict again, so nothing
 * malformed reaches a resolver even if the pass were not installed.
 */
function strictLiteral(parse: (value: unknown) => string) {
  return (ast: ValueNode, variables?: Record<string, unknown> | null): string => {
    const text = ast.kind === Kind.STRING ? ast.value : undefined;
    if (variables !== undefined) return parse(text);
    try {
      return parse(text);
    } catch {
      return text ?? '';
    }
  };
}

/** Money in CNY as an exact decimal string ("10000000.00"); never a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    'Exact amount in CNY as a string: digits without leading zeros, optionally a point and one or two decimals ' +
    '("10000000", "10000000.5", "10000000.00"); answered with two decimals',
  serialize: (v) => money(v as string),
  parseValue: parseMoney,
  parseLiteral: strictLiteral(parseMoney),
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The dates the API accepts and the working calendar can count: far wider than any deadline needs. */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2199-12-31';

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** An ISO calendar date within MIN_DATE … MAX_DATE. */
export function isSupportedDate(value: string): boolean {
  return isIsoDate(value) && value >= MIN_DATE && value <= MAX_DATE;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isSupportedDate(value)) {
    throw invalidScalar(`Date must be an ISO calendar date from ${MIN_DATE} to ${MAX_DATE}, e.g. "2026-10-08"`);
  }
  return value;
}

/** A calendar date (ISO 8601, no time); working-day deadlines are dates in Asia/Shanghai. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: `Calendar date, ISO 8601 (YYYY-MM-DD), in Asia/Shanghai, from ${MIN_DATE} to ${MAX_DATE}`,
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseDate,
  parseLiteral: strictLiteral(parseDate),
});
