export { createClient, type ClientOptions, type Document, type JianClient, type RequestOptions, type UploadedContent, type UploadOptions } from './client';
export { GraphQLResponseError, JianClientError, RefusedError, TransportError, unwrap, type GraphQLErrorEntry, type UserErrorLike } from './errors';
export * from './generated/graphql';
