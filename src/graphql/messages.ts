import type { Msg } from './errors';

/** One message of a code: for a detail `match`ing it (all details when absent), built from the match. */
interface Entry {
  match?: RegExp;
  message: (m: string[]) => Msg;
}

const fixed = (message: Msg) => () => message;

/**
 * The messages of the errors graphql-js and Apollo Server write (in English) and the caller sees,
 * by code: the caller gets the message in their language and the original text, for developers, in
 * `extensions.detail`. Our own errors are written in both languages where they are thrown
 * (`LocalizedError`) and are not looked up here.
 */
const CATALOG: Record<string, Entry[]> = {
  GRAPHQL_PARSE_FAILED: [
    {
      // graphql-js 16 spells it "more that".
      match: /Document contains more tha[nt] (\d+) tokens/,
      message: (m) => ({ zh: `查询超过 ${m[1]} 个词法单元的上限`, en: `The query has more than ${m[1]} tokens, over the limit` }),
    },
    { message: fixed({ zh: '查询语法错误', en: 'The query is not valid GraphQL syntax' }) },
  ],
  GRAPHQL_VALIDATION_FAILED: [{ message: fixed({ zh: '查询与接口模式不符', en: 'The query does not match the schema' }) }],
  OPERATION_RESOLUTION_FAILURE: [
    {
      message: fixed({
        zh: '无法确定要执行的操作：operationName 不存在，或文档含多个操作而未指定 operationName',
        en: 'No operation to run: operationName names none, or the document holds several and none is named',
      }),
    },
  ],
  // Apollo's own: a variable that does not coerce to its declared type.
  BAD_USER_INPUT: [{ message: fixed({ zh: '变量的值与其声明的类型不符', en: 'A variable does not match its declared type' }) }],
  INVALID_INPUT: [{ message: fixed({ zh: '输入值无效', en: 'Invalid input value' }) }],
  PERSISTED_QUERY_NOT_FOUND: [
    { message: fixed({ zh: '没有该持久化查询，请连同查询文本再次发送', en: 'Persisted query not found: send it again with its query text' }) },
  ],
  BAD_REQUEST: [
    {
      match: /Cross-Site Request Forgery/,
      message: fixed({
        zh: '请求已按跨站请求伪造（CSRF）防护拦截：请发送 Content-Type: application/json，或非空的 Apollo-Require-Preflight 头',
        en: 'Blocked as a possible cross-site request forgery (CSRF): send Content-Type: application/json, or a non-empty Apollo-Require-Preflight header',
      }),
    },
    {
      match: /non-empty `query`|POST body missing/,
      message: fixed({ zh: '请求中没有 GraphQL 查询（query）', en: 'The request holds no GraphQL query' }),
    },
    {
      match: /GET requests only support query operations/,
      message: fixed({ zh: '变更（mutation）只能用 POST 请求发送', en: 'A mutation must be sent with POST' }),
    },
    {
      match: /batching disabled/,
      message: fixed({ zh: '不支持批量请求：每个请求只能包含一个操作', en: 'Batched requests are not supported: send one operation per request' }),
    },
    { message: fixed({ zh: '请求无效', en: 'Bad request' }) },
  ],
};

export const INTERNAL_ERROR: Msg = { zh: '服务器内部错误', en: 'Internal server error' };

/** The message for a graphql-js or Apollo error of `code` with text `detail`, if the code has one. */
export function platformMessage(code: string, detail: string): Msg | undefined {
  for (const entry of CATALOG[code] ?? []) {
    const m: string[] | null = entry.match ? entry.match.exec(detail) : [detail];
    if (m) return entry.message(m);
  }
  return undefined;
}
