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
    "\n  mutation ImportCatalogCreate($input: CatalogCreateInput!) {\n    catalogCreate(input: $input) {\n      catalog {\n        id\n      }\n    }\n  }\n": typeof types.ImportCatalogCreateDocument,
    "\n  mutation CatalogImport($input: CatalogImportInput!) {\n    catalogImport(input: $input) {\n      importedCount\n      catalog {\n        id\n        entryCount\n        version\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n": typeof types.CatalogImportDocument,
    "\n  query CatalogExport($catalogId: ID!, $format: CatalogFileFormat!) {\n    catalogExport(catalogId: $catalogId, format: $format) {\n      fileName\n      mediaType\n      contentBase64\n    }\n  }\n": typeof types.CatalogExportDocument,
    "\n  mutation ImportCatalogSubmit($input: CatalogSubmitInput!) {\n    catalogSubmit(input: $input) {\n      catalog {\n        status\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.ImportCatalogSubmitDocument,
    "\n  mutation ImportCatalogPublish($input: CatalogPublishInput!) {\n    catalogPublish(input: $input) {\n      catalog {\n        status\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.ImportCatalogPublishDocument,
    "\n  query CatalogPage($first: Int) {\n    catalogs(first: $first) {\n      totalCount\n      nodes {\n        id\n        projectCode\n        projectName\n        entryCount\n        constructionUnit {\n          name\n        }\n        division {\n          name\n        }\n        history {\n          event\n        }\n        availableActions {\n          action\n          allowed\n        }\n        entries {\n          resourceCode\n          provider {\n            name\n          }\n          usages {\n            outcome\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogPageDocument,
    "\n  fragment CatalogFields on Catalog {\n    id\n    status\n    version\n    projectCode\n    constructionUnit {\n      code\n    }\n    division {\n      code\n    }\n    entryCount\n    findings {\n      resourceCode\n      text\n    }\n  }\n": typeof types.CatalogFieldsFragmentDoc,
    "\n  mutation CatalogCreate($input: CatalogCreateInput!) {\n    catalogCreate(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n": typeof types.CatalogCreateDocument,
    "\n  mutation CatalogEntryAdd($input: CatalogEntryAddInput!) {\n    catalogEntryAdd(input: $input) {\n      catalogEntry {\n        id\n        resourceCode\n        classificationCode\n        sharingType\n        provider {\n          code\n        }\n        publishDate\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n": typeof types.CatalogEntryAddDocument,
    "\n  mutation CatalogEntryUpdate($input: CatalogEntryUpdateInput!) {\n    catalogEntryUpdate(input: $input) {\n      catalogEntry {\n        id\n        resourceName\n        sharingType\n        sharingCondition\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.CatalogEntryUpdateDocument,
    "\n  mutation CatalogEntryRemove($id: ID!) {\n    catalogEntryRemove(id: $id) {\n      catalog {\n        entryCount\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": typeof types.CatalogEntryRemoveDocument,
    "\n  mutation CatalogSubmit($input: CatalogSubmitInput!) {\n    catalogSubmit(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n": typeof types.CatalogSubmitDocument,
    "\n  mutation CatalogPublish($input: CatalogPublishInput!) {\n    catalogPublish(input: $input) {\n      catalog {\n        ...CatalogFields\n        publishedAt\n        sharingSummary {\n          total\n          unconditional\n          conditional\n          notShared\n          registeredOnExchange\n        }\n        entries {\n          resourceCode\n          publishDate\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.CatalogPublishDocument,
    "\n  mutation CatalogReturn($input: CatalogReturnInput!) {\n    catalogReturn(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.CatalogReturnDocument,
    "\n  query CatalogById($id: ID!) {\n    catalog(id: $id) {\n      ...CatalogFields\n      project {\n        id\n      }\n      history {\n        event\n        fromState\n        toState\n        note\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n  }\n": typeof types.CatalogByIdDocument,
    "\n  query Catalogs($filter: CatalogFilter) {\n    catalogs(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        projectCode\n        status\n      }\n    }\n  }\n": typeof types.CatalogsDocument,
    "\n  query CatalogEntries($filter: CatalogEntryFilter) {\n    catalogEntries(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        resourceCode\n        sharingType\n        provider {\n          code\n        }\n      }\n    }\n  }\n": typeof types.CatalogEntriesDocument,
    "\n  mutation CatalogUsageRecord($input: CatalogUsageRecordInput!) {\n    catalogUsageRecord(input: $input) {\n      catalogUsage {\n        id\n        outcome\n        issue\n        usedOn\n        consumerAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.CatalogUsageRecordDocument,
    "\n  query CatalogUsages($filter: CatalogUsageFilter) {\n    catalogUsages(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        purpose\n        outcome\n        issue\n        consumerAgency {\n          code\n        }\n        recordedBy {\n          username\n        }\n        entry {\n          resourceCode\n        }\n      }\n    }\n  }\n": typeof types.CatalogUsagesDocument,
    "\n  query EntryUsages($id: ID!) {\n    catalogEntry(id: $id) {\n      resourceCode\n      usages {\n        purpose\n        outcome\n        consumerAgency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.EntryUsagesDocument,
    "\n  query Agencies($first: Int, $after: String, $filter: AgencyFilter) {\n    agencies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        kind\n        countyCode\n      }\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query AgencyById($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n": typeof types.AgencyByIdDocument,
    "\n  query Users($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        username\n        agency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation IssueOrder($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n        reason\n        status\n        unit {\n          code\n        }\n        issuedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        message\n        field\n      }\n    }\n  }\n": typeof types.IssueOrderDocument,
    "\n  mutation CloseOrder($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      rectificationOrder {\n        status\n        closingNote\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": typeof types.CloseOrderDocument,
    "\n  query Orders {\n    rectificationOrders(first: 50) {\n      totalCount\n      nodes {\n        id\n        reason\n        unit {\n          code\n        }\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      roles\n      agency {\n        code\n        kind\n        level\n        countyCode\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation ImportCatalogCreate($input: CatalogCreateInput!) {\n    catalogCreate(input: $input) {\n      catalog {\n        id\n      }\n    }\n  }\n": types.ImportCatalogCreateDocument,
    "\n  mutation CatalogImport($input: CatalogImportInput!) {\n    catalogImport(input: $input) {\n      importedCount\n      catalog {\n        id\n        entryCount\n        version\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n": types.CatalogImportDocument,
    "\n  query CatalogExport($catalogId: ID!, $format: CatalogFileFormat!) {\n    catalogExport(catalogId: $catalogId, format: $format) {\n      fileName\n      mediaType\n      contentBase64\n    }\n  }\n": types.CatalogExportDocument,
    "\n  mutation ImportCatalogSubmit($input: CatalogSubmitInput!) {\n    catalogSubmit(input: $input) {\n      catalog {\n        status\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.ImportCatalogSubmitDocument,
    "\n  mutation ImportCatalogPublish($input: CatalogPublishInput!) {\n    catalogPublish(input: $input) {\n      catalog {\n        status\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.ImportCatalogPublishDocument,
    "\n  query CatalogPage($first: Int) {\n    catalogs(first: $first) {\n      totalCount\n      nodes {\n        id\n        projectCode\n        projectName\n        entryCount\n        constructionUnit {\n          name\n        }\n        division {\n          name\n        }\n        history {\n          event\n        }\n        availableActions {\n          action\n          allowed\n        }\n        entries {\n          resourceCode\n          provider {\n            name\n          }\n          usages {\n            outcome\n          }\n        }\n      }\n    }\n  }\n": types.CatalogPageDocument,
    "\n  fragment CatalogFields on Catalog {\n    id\n    status\n    version\n    projectCode\n    constructionUnit {\n      code\n    }\n    division {\n      code\n    }\n    entryCount\n    findings {\n      resourceCode\n      text\n    }\n  }\n": types.CatalogFieldsFragmentDoc,
    "\n  mutation CatalogCreate($input: CatalogCreateInput!) {\n    catalogCreate(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n": types.CatalogCreateDocument,
    "\n  mutation CatalogEntryAdd($input: CatalogEntryAddInput!) {\n    catalogEntryAdd(input: $input) {\n      catalogEntry {\n        id\n        resourceCode\n        classificationCode\n        sharingType\n        provider {\n          code\n        }\n        publishDate\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n": types.CatalogEntryAddDocument,
    "\n  mutation CatalogEntryUpdate($input: CatalogEntryUpdateInput!) {\n    catalogEntryUpdate(input: $input) {\n      catalogEntry {\n        id\n        resourceName\n        sharingType\n        sharingCondition\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.CatalogEntryUpdateDocument,
    "\n  mutation CatalogEntryRemove($id: ID!) {\n    catalogEntryRemove(id: $id) {\n      catalog {\n        entryCount\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": types.CatalogEntryRemoveDocument,
    "\n  mutation CatalogSubmit($input: CatalogSubmitInput!) {\n    catalogSubmit(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n": types.CatalogSubmitDocument,
    "\n  mutation CatalogPublish($input: CatalogPublishInput!) {\n    catalogPublish(input: $input) {\n      catalog {\n        ...CatalogFields\n        publishedAt\n        sharingSummary {\n          total\n          unconditional\n          conditional\n          notShared\n          registeredOnExchange\n        }\n        entries {\n          resourceCode\n          publishDate\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.CatalogPublishDocument,
    "\n  mutation CatalogReturn($input: CatalogReturnInput!) {\n    catalogReturn(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.CatalogReturnDocument,
    "\n  query CatalogById($id: ID!) {\n    catalog(id: $id) {\n      ...CatalogFields\n      project {\n        id\n      }\n      history {\n        event\n        fromState\n        toState\n        note\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n  }\n": types.CatalogByIdDocument,
    "\n  query Catalogs($filter: CatalogFilter) {\n    catalogs(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        projectCode\n        status\n      }\n    }\n  }\n": types.CatalogsDocument,
    "\n  query CatalogEntries($filter: CatalogEntryFilter) {\n    catalogEntries(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        resourceCode\n        sharingType\n        provider {\n          code\n        }\n      }\n    }\n  }\n": types.CatalogEntriesDocument,
    "\n  mutation CatalogUsageRecord($input: CatalogUsageRecordInput!) {\n    catalogUsageRecord(input: $input) {\n      catalogUsage {\n        id\n        outcome\n        issue\n        usedOn\n        consumerAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.CatalogUsageRecordDocument,
    "\n  query CatalogUsages($filter: CatalogUsageFilter) {\n    catalogUsages(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        purpose\n        outcome\n        issue\n        consumerAgency {\n          code\n        }\n        recordedBy {\n          username\n        }\n        entry {\n          resourceCode\n        }\n      }\n    }\n  }\n": types.CatalogUsagesDocument,
    "\n  query EntryUsages($id: ID!) {\n    catalogEntry(id: $id) {\n      resourceCode\n      usages {\n        purpose\n        outcome\n        consumerAgency {\n          code\n        }\n      }\n    }\n  }\n": types.EntryUsagesDocument,
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
export function graphql(source: "\n  mutation ImportCatalogCreate($input: CatalogCreateInput!) {\n    catalogCreate(input: $input) {\n      catalog {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCatalogCreate($input: CatalogCreateInput!) {\n    catalogCreate(input: $input) {\n      catalog {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogImport($input: CatalogImportInput!) {\n    catalogImport(input: $input) {\n      importedCount\n      catalog {\n        id\n        entryCount\n        version\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogImport($input: CatalogImportInput!) {\n    catalogImport(input: $input) {\n      importedCount\n      catalog {\n        id\n        entryCount\n        version\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogExport($catalogId: ID!, $format: CatalogFileFormat!) {\n    catalogExport(catalogId: $catalogId, format: $format) {\n      fileName\n      mediaType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query CatalogExport($catalogId: ID!, $format: CatalogFileFormat!) {\n    catalogExport(catalogId: $catalogId, format: $format) {\n      fileName\n      mediaType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCatalogSubmit($input: CatalogSubmitInput!) {\n    catalogSubmit(input: $input) {\n      catalog {\n        status\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCatalogSubmit($input: CatalogSubmitInput!) {\n    catalogSubmit(input: $input) {\n      catalog {\n        status\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCatalogPublish($input: CatalogPublishInput!) {\n    catalogPublish(input: $input) {\n      catalog {\n        status\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCatalogPublish($input: CatalogPublishInput!) {\n    catalogPublish(input: $input) {\n      catalog {\n        status\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPage($first: Int) {\n    catalogs(first: $first) {\n      totalCount\n      nodes {\n        id\n        projectCode\n        projectName\n        entryCount\n        constructionUnit {\n          name\n        }\n        division {\n          name\n        }\n        history {\n          event\n        }\n        availableActions {\n          action\n          allowed\n        }\n        entries {\n          resourceCode\n          provider {\n            name\n          }\n          usages {\n            outcome\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogPage($first: Int) {\n    catalogs(first: $first) {\n      totalCount\n      nodes {\n        id\n        projectCode\n        projectName\n        entryCount\n        constructionUnit {\n          name\n        }\n        division {\n          name\n        }\n        history {\n          event\n        }\n        availableActions {\n          action\n          allowed\n        }\n        entries {\n          resourceCode\n          provider {\n            name\n          }\n          usages {\n            outcome\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogFields on Catalog {\n    id\n    status\n    version\n    projectCode\n    constructionUnit {\n      code\n    }\n    division {\n      code\n    }\n    entryCount\n    findings {\n      resourceCode\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogFields on Catalog {\n    id\n    status\n    version\n    projectCode\n    constructionUnit {\n      code\n    }\n    division {\n      code\n    }\n    entryCount\n    findings {\n      resourceCode\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogCreate($input: CatalogCreateInput!) {\n    catalogCreate(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogCreate($input: CatalogCreateInput!) {\n    catalogCreate(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogEntryAdd($input: CatalogEntryAddInput!) {\n    catalogEntryAdd(input: $input) {\n      catalogEntry {\n        id\n        resourceCode\n        classificationCode\n        sharingType\n        provider {\n          code\n        }\n        publishDate\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogEntryAdd($input: CatalogEntryAddInput!) {\n    catalogEntryAdd(input: $input) {\n      catalogEntry {\n        id\n        resourceCode\n        classificationCode\n        sharingType\n        provider {\n          code\n        }\n        publishDate\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogEntryUpdate($input: CatalogEntryUpdateInput!) {\n    catalogEntryUpdate(input: $input) {\n      catalogEntry {\n        id\n        resourceName\n        sharingType\n        sharingCondition\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogEntryUpdate($input: CatalogEntryUpdateInput!) {\n    catalogEntryUpdate(input: $input) {\n      catalogEntry {\n        id\n        resourceName\n        sharingType\n        sharingCondition\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogEntryRemove($id: ID!) {\n    catalogEntryRemove(id: $id) {\n      catalog {\n        entryCount\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogEntryRemove($id: ID!) {\n    catalogEntryRemove(id: $id) {\n      catalog {\n        entryCount\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogSubmit($input: CatalogSubmitInput!) {\n    catalogSubmit(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogSubmit($input: CatalogSubmitInput!) {\n    catalogSubmit(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogPublish($input: CatalogPublishInput!) {\n    catalogPublish(input: $input) {\n      catalog {\n        ...CatalogFields\n        publishedAt\n        sharingSummary {\n          total\n          unconditional\n          conditional\n          notShared\n          registeredOnExchange\n        }\n        entries {\n          resourceCode\n          publishDate\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogPublish($input: CatalogPublishInput!) {\n    catalogPublish(input: $input) {\n      catalog {\n        ...CatalogFields\n        publishedAt\n        sharingSummary {\n          total\n          unconditional\n          conditional\n          notShared\n          registeredOnExchange\n        }\n        entries {\n          resourceCode\n          publishDate\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogReturn($input: CatalogReturnInput!) {\n    catalogReturn(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogReturn($input: CatalogReturnInput!) {\n    catalogReturn(input: $input) {\n      catalog {\n        ...CatalogFields\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogById($id: ID!) {\n    catalog(id: $id) {\n      ...CatalogFields\n      project {\n        id\n      }\n      history {\n        event\n        fromState\n        toState\n        note\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogById($id: ID!) {\n    catalog(id: $id) {\n      ...CatalogFields\n      project {\n        id\n      }\n      history {\n        event\n        fromState\n        toState\n        note\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogs($filter: CatalogFilter) {\n    catalogs(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        projectCode\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Catalogs($filter: CatalogFilter) {\n    catalogs(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        projectCode\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogEntries($filter: CatalogEntryFilter) {\n    catalogEntries(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        resourceCode\n        sharingType\n        provider {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogEntries($filter: CatalogEntryFilter) {\n    catalogEntries(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        resourceCode\n        sharingType\n        provider {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogUsageRecord($input: CatalogUsageRecordInput!) {\n    catalogUsageRecord(input: $input) {\n      catalogUsage {\n        id\n        outcome\n        issue\n        usedOn\n        consumerAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogUsageRecord($input: CatalogUsageRecordInput!) {\n    catalogUsageRecord(input: $input) {\n      catalogUsage {\n        id\n        outcome\n        issue\n        usedOn\n        consumerAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogUsages($filter: CatalogUsageFilter) {\n    catalogUsages(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        purpose\n        outcome\n        issue\n        consumerAgency {\n          code\n        }\n        recordedBy {\n          username\n        }\n        entry {\n          resourceCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogUsages($filter: CatalogUsageFilter) {\n    catalogUsages(first: 50, filter: $filter) {\n      totalCount\n      nodes {\n        purpose\n        outcome\n        issue\n        consumerAgency {\n          code\n        }\n        recordedBy {\n          username\n        }\n        entry {\n          resourceCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryUsages($id: ID!) {\n    catalogEntry(id: $id) {\n      resourceCode\n      usages {\n        purpose\n        outcome\n        consumerAgency {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryUsages($id: ID!) {\n    catalogEntry(id: $id) {\n      resourceCode\n      usages {\n        purpose\n        outcome\n        consumerAgency {\n          code\n        }\n      }\n    }\n  }\n"];
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