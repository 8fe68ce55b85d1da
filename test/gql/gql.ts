/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Agencies($first: Int, $after: String, $filter: AgencyFilter) {\n    agencies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        kind\n        countyCode\n      }\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query AgencyById($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n": typeof types.AgencyByIdDocument,
    "\n  query Users($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        username\n        agency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation IssueOrder($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n        reason\n        status\n        unit {\n          code\n        }\n        issuedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        message\n        field\n      }\n    }\n  }\n": typeof types.IssueOrderDocument,
    "\n  mutation CloseOrder($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      rectificationOrder {\n        status\n        closingNote\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": typeof types.CloseOrderDocument,
    "\n  query Orders {\n    rectificationOrders(first: 50) {\n      totalCount\n      nodes {\n        id\n        reason\n        unit {\n          code\n        }\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      roles\n      agency {\n        code\n        kind\n        level\n        countyCode\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query Agencies($first: Int, $after: String, $filter: AgencyFilter) {\n    agencies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        kind\n        countyCode\n      }\n    }\n  }\n": types.AgenciesDocument,
    "\n  query AgencyById($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n": types.AgencyByIdDocument,
    "\n  query Users($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        username\n        agency {\n          code\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation IssueOrder($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n        reason\n        status\n        unit {\n          code\n        }\n        issuedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        message\n        field\n      }\n    }\n  }\n": types.IssueOrderDocument,
    "\n  mutation CloseOrder($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      rectificationOrder {\n        status\n        closingNote\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": types.CloseOrderDocument,
    "\n  query Orders {\n    rectificationOrders(first: 50) {\n      totalCount\n      nodes {\n        id\n        reason\n        unit {\n          code\n        }\n      }\n    }\n  }\n": types.OrdersDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      roles\n      agency {\n        code\n        kind\n        level\n        countyCode\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies($first: Int, $after: String, $filter: AgencyFilter) {\n    agencies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        kind\n        countyCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agencies($first: Int, $after: String, $filter: AgencyFilter) {\n    agencies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        kind\n        countyCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyById($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n"): (typeof documents)["\n  query AgencyById($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        username\n        agency {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        username\n        agency {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueOrder($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n        reason\n        status\n        unit {\n          code\n        }\n        issuedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueOrder($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n        reason\n        status\n        unit {\n          code\n        }\n        issuedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOrder($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      rectificationOrder {\n        status\n        closingNote\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseOrder($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      rectificationOrder {\n        status\n        closingNote\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders {\n    rectificationOrders(first: 50) {\n      totalCount\n      nodes {\n        id\n        reason\n        unit {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Orders {\n    rectificationOrders(first: 50) {\n      totalCount\n      nodes {\n        id\n        reason\n        unit {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      roles\n      agency {\n        code\n        kind\n        level\n        countyCode\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      roles\n      agency {\n        code\n        kind\n        level\n        countyCode\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;