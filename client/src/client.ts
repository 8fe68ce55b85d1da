import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { GraphQLResponseError, TransportError, type GraphQLErrorEntry } from './errors';

/** A typed document of ./generated (a string carrying its result and variable types). */
export type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** The bearer token (from the identity platform; locally `npm run token -- <username>`), or a function giving the current one. */
  token?: string | (() => string | Promise<string>);
  /** Language of the messages: `zh` (the default of the service) or `en`. */
  lang?: 'zh' | 'en';
  /** Another fetch (a proxy agent, a test double); the global fetch of Node ≥ 20 by default. */
  fetch?: typeof fetch;
  /** Where documents are uploaded; `url` with `/graphql` replaced by `/documents` by default. */
  documentsUrl?: string;
}

export interface RequestOptions {
  /** Sent as `Idempotency-Key`: a retried mutation with the same key runs once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface UploadOptions {
  fileName: string;
  /** The media type of the content; `application/pdf` by default. */
  contentType?: string;
  signal?: AbortSignal;
}

/** What POST /documents answers: the content's global ID (for a `contentId`) and its SM3 hash. */
export interface UploadedContent {
  id: string;
  sm3: string;
  size: number;
  fileName: string;
}

export interface JianClient {
  /**
   * Runs one operation; the data when the response has no top-level `errors`. A refusal inside a
   * mutation payload is data: pass the payload to `unwrap` to have it thrown.
   */
  request<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    ...args: TVariables extends Record<string, never> ? [variables?: TVariables, options?: RequestOptions] : [variables: TVariables, options?: RequestOptions]
  ): Promise<TResult>;
  /** Uploads the bytes of a document; attach it to a project with its `id` as `contentId`. */
  upload(content: Uint8Array | ArrayBuffer | Blob | string, options: UploadOptions): Promise<UploadedContent>;
}

interface ErrorBody {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

/** A client of the Ji'an e-gov API. No dependency but fetch. */
export function createClient(options: ClientOptions): JianClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function') throw new TypeError('No fetch: use Node.js 20 or later, or pass options.fetch');
  const documentsUrl = options.documentsUrl ?? options.url.replace(/\/graphql\/?$/, '/documents');

  async function headers(extra: Record<string, string>): Promise<Record<string, string>> {
    const h: Record<string, string> = { accept: 'application/json', ...extra };
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    if (token) h.authorization = `Bearer ${token}`;
    if (options.lang) h['accept-language'] = options.lang;
    return h;
  }

  async function send(url: string, init: RequestInit): Promise<{ res: Response; body: ErrorBody & Record<string, unknown> }> {
    let res: Response;
    try {
      res = await doFetch(url, init);
    } catch (e) {
      throw new TransportError(`request to ${url} failed: ${e instanceof Error ? e.message : String(e)}`, undefined, undefined, { cause: e });
    }
    const requestId = res.headers.get('x-request-id') ?? undefined;
    const text = await res.text().catch((e: unknown) => {
      throw new TransportError(`reading the answer of ${url} failed`, res.status, requestId, { cause: e });
    });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new TransportError(`${url} answered HTTP ${res.status} without JSON`, res.status, requestId);
    }
    if (typeof body !== 'object' || body === null) throw new TransportError(`${url} answered HTTP ${res.status} with no JSON object`, res.status, requestId);
    return { res, body: body as ErrorBody & Record<string, unknown> };
  }

  return {
    async request<TResult, TVariables>(document: Document<TResult, TVariables>, variables?: TVariables, requestOptions: RequestOptions = {}): Promise<TResult> {
      const extra: Record<string, string> = { 'content-type': 'application/json' };
      if (requestOptions.idempotencyKey) extra['idempotency-key'] = requestOptions.idempotencyKey;
      const { res, body } = await send(options.url, {
        method: 'POST',
        headers: await headers(extra),
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        signal: requestOptions.signal,
      });
      const requestId = res.headers.get('x-request-id') ?? undefined;
      if (Array.isArray(body.errors) && body.errors.length > 0) throw new GraphQLResponseError(body.errors, res.status, requestId, body.data ?? undefined);
      if (!res.ok || body.data === undefined || body.data === null) throw new TransportError(`${options.url} answered HTTP ${res.status} without data`, res.status, requestId);
      return body.data as TResult;
    },

    async upload(content, uploadOptions) {
      const { res, body } = await send(documentsUrl, {
        method: 'POST',
        headers: await headers({
          'content-type': uploadOptions.contentType ?? 'application/pdf',
          'x-file-name': encodeURIComponent(uploadOptions.fileName),
        }),
        body: typeof content === 'string' ? new TextEncoder().encode(content) : content,
        signal: uploadOptions.signal,
      });
      const requestId = res.headers.get('x-request-id') ?? undefined;
      if (Array.isArray(body.errors) && body.errors.length > 0) throw new GraphQLResponseError(body.errors, res.status, requestId);
      if (res.status !== 201 || typeof body.id !== 'string') throw new TransportError(`${documentsUrl} answered HTTP ${res.status} without a content ID`, res.status, requestId);
      return body as unknown as UploadedContent;
    },
  } as JianClient;
}
