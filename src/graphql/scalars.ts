import Decimal from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const MONEY = /^-?\d{1,13}(\.\d{1,2})?$/;

/** Normalises an amount of money to a string with exactly two decimals (CNY, fen precision). */
export function money(value: string | number | Decimal): string {
  return new Decimal(value).toFixed(2);
}

function parseMoney(value: unknown): string {
  if (typeof value !== 'string' || !MONEY.test(value.trim())) {
    throw new GraphQLError('Decimal must be a string of digits with at most two decimals, e.g. "5000000.00"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return money(value.trim());
}

/** Money in CNY as an exact decimal string ("10000000.00"); never a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'Exact amount in CNY as a string with two decimals, e.g. "10000000.00"',
  serialize: (v) => money(v as string),
  parseValue: parseMoney,
  parseLiteral: (ast) => parseMoney(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('Date must be an ISO calendar date, e.g. "2026-10-08"', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** A calendar date (ISO 8601, no time); working-day deadlines are dates in Asia/Shanghai. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'Calendar date, ISO 8601 (YYYY-MM-DD), in Asia/Shanghai',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
