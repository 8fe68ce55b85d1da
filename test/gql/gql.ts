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
    "\n  query Overdue {\n    overdueAcceptances(first: 20) {\n      totalCount\n      nodes {\n        projectCode\n        dueOn\n        daysOverdue\n        extensionPending\n        constructionUnit {\n          code\n        }\n      }\n    }\n  }\n": typeof types.OverdueDocument,
    "\n  query Extensions($projectId: ID!) {\n    acceptanceExtensions(first: 5, filter: { projectId: $projectId }) {\n      totalCount\n      nodes {\n        id\n        status\n        availableActions {\n          action\n          allowed\n          blockers {\n            code\n            rule\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExtensionsDocument,
    "\n  query RecordsPage($first: Int) {\n    acceptanceRecords(first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        organizerAgency {\n          code\n        }\n        sharingReview {\n          status\n        }\n        history {\n          event\n        }\n        availableActions {\n          action\n          allowed\n        }\n      }\n    }\n  }\n": typeof types.RecordsPageDocument,
    "\n  mutation ApplyAcceptance($input: AcceptanceApplyInput!) {\n    acceptanceApply(input: $input) {\n      acceptanceRecord {\n        id\n        round\n        status\n        delegated\n        reportReceived\n        organizerAgency {\n          code\n        }\n        previous {\n          round\n          status\n        }\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n": typeof types.ApplyAcceptanceDocument,
    "\n  mutation RequestSharing($input: SharingReviewRequestInput!) {\n    sharingReviewRequest(input: $input) {\n      sharingReview {\n        id\n        status\n        requestCount\n        findings\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.RequestSharingDocument,
    "\n  mutation ConfirmSharing($id: ID!, $input: SharingReviewConfirmInput!) {\n    sharingReviewConfirm(id: $id, input: $input) {\n      sharingReview {\n        status\n        confirmedOn\n        confirmedByName\n        confirmation\n        confirmedByAgency {\n          code\n        }\n        history {\n          event\n          fromState\n          toState\n          note\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.ConfirmSharingDocument,
    "\n  mutation ReturnSharing($id: ID!, $findings: String!) {\n    sharingReviewReturn(id: $id, findings: $findings) {\n      sharingReview {\n        status\n        findings\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.ReturnSharingDocument,
    "\n  mutation ApplyExtension($input: AcceptanceExtensionApplyInput!) {\n    acceptanceExtensionApply(input: $input) {\n      acceptanceExtension {\n        id\n        status\n        previousDueOn\n        requestedDueOn\n        appliedAfterDue\n        decidingAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.ApplyExtensionDocument,
    "\n  mutation DecideExtension($id: ID!, $input: AcceptanceExtensionDecideInput!) {\n    acceptanceExtensionDecide(id: $id, input: $input) {\n      acceptanceExtension {\n        status\n        approvedDueOn\n        decidedByName\n        decisionNote\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.DecideExtensionDocument,
    "\n  mutation Organize($id: ID!, $note: String) {\n    acceptanceOrganize(id: $id, note: $note) {\n      acceptanceRecord {\n        status\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": typeof types.OrganizeDocument,
    "\n  mutation Delegate($id: ID!, $input: AcceptanceDelegateInput!) {\n    acceptanceDelegate(id: $id, input: $input) {\n      acceptanceRecord {\n        status\n        delegated\n        delegate {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.DelegateDocument,
    "\n  mutation RecordResult($id: ID!, $input: AcceptanceResultInput!) {\n    acceptanceRecordResult(id: $id, input: $input) {\n      acceptanceRecord {\n        status\n        result\n        heldOn\n        reportReceived\n        decidedByName\n        decidedByAgency {\n          code\n        }\n        failureReasons\n        findings {\n          productSecurity {\n            conclusion\n            note\n          }\n          cryptography {\n            conclusion\n          }\n          energyEfficiency {\n            conclusion\n          }\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.RecordResultDocument,
    "\n  mutation ReportToDrc($id: ID!, $note: String) {\n    acceptanceReportToDrc(id: $id, note: $note) {\n      acceptanceRecord {\n        status\n        reportReceived\n        reportedAt\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": typeof types.ReportToDrcDocument,
    "\n  mutation RecordSecurityTest($input: SecurityTestRecordInput!) {\n    securityTestRecord(input: $input) {\n      securityTest {\n        id\n        kind\n        testedOn\n        tester\n        result\n        mlpsLevel\n        recordedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.RecordSecurityTestDocument,
    "\n  mutation RecordOmContract($input: OmContractRecordInput!) {\n    omContractRecord(input: $input) {\n      omContract {\n        id\n        supplierName\n        warrantyEndsOn\n        startsOn\n        endsOn\n        amount\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.RecordOmContractDocument,
    "\n  mutation RecordFinding($input: ProjectFindingRecordInput!) {\n    projectFindingRecord(input: $input) {\n      projectFinding {\n        id\n        kind\n        measure\n        recordedByName\n        recordedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.RecordFindingDocument,
    "\n  query AcceptanceActions($projectId: ID!) {\n    acceptanceActions(projectId: $projectId) {\n      action\n      allowed\n      blockers {\n        code\n        rule\n        field\n      }\n    }\n  }\n": typeof types.AcceptanceActionsDocument,
    "\n  query RecordById($id: ID!) {\n    acceptanceRecord(id: $id) {\n      status\n      round\n      delegated\n      reportReceived\n      decidedByAgency {\n        code\n      }\n      project {\n        status\n        acceptanceDueOn\n      }\n      history {\n        event\n        fromState\n        toState\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n  }\n": typeof types.RecordByIdDocument,
    "\n  query Agencies($first: Int, $after: String, $filter: AgencyFilter) {\n    agencies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        kind\n        countyCode\n      }\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query AgencyById($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n": typeof types.AgencyByIdDocument,
    "\n  query Users($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        username\n        agency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation IssueOrder($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n        reason\n        status\n        unit {\n          code\n        }\n        issuedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        message\n        field\n      }\n    }\n  }\n": typeof types.IssueOrderDocument,
    "\n  mutation CloseOrder($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      rectificationOrder {\n        status\n        closingNote\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": typeof types.CloseOrderDocument,
    "\n  query Orders {\n    rectificationOrders(first: 50) {\n      totalCount\n      nodes {\n        id\n        reason\n        unit {\n          code\n        }\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      roles\n      agency {\n        code\n        kind\n        level\n        countyCode\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ProjectList($first: Int, $after: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        investment\n        division {\n          code\n        }\n      }\n    }\n  }\n": typeof types.ProjectListDocument,
    "\n  query DeepProjects($first: Int) {\n    projects(first: $first) {\n      nodes {\n        code\n        constructionUnit {\n          name\n          county {\n            name\n          }\n        }\n        division {\n          name\n        }\n        budgetLines {\n          amount\n        }\n        documents {\n          kind\n        }\n        participants {\n          agency {\n            code\n          }\n        }\n        history {\n          event\n          actorAgency {\n            code\n          }\n        }\n        availableActions {\n          action\n          allowed\n        }\n      }\n    }\n  }\n": typeof types.DeepProjectsDocument,
    "\n  mutation RejectProject($id: ID!, $reasons: String!) {\n    projectReject(id: $id, reasons: $reasons) {\n      ...ProjectResult\n    }\n  }\n": typeof types.RejectProjectDocument,
    "\n  mutation PlanCreate($input: PlanCreateInput!) {\n    planCreate(input: $input) {\n      plan {\n        id\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": typeof types.PlanCreateDocument,
    "\n  mutation PlanEntryAdd($input: PlanEntryAddInput!) {\n    planEntryAdd(input: $input) {\n      plan {\n        entries {\n          id\n          name\n        }\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": typeof types.PlanEntryAddDocument,
    "\n  mutation IssueOrderOnUnit($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.IssueOrderOnUnitDocument,
    "\n  mutation CloseOrderOfUnit($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.CloseOrderOfUnitDocument,
    "\n  query ProjectHistory($id: ID!) {\n    project(id: $id) {\n      status\n      history {\n        event\n        fromState\n        toState\n        actorAgency {\n          code\n        }\n      }\n      opinions {\n        agency {\n          code\n        }\n        opinion\n      }\n      documents {\n        kind\n        sm3\n        contentId\n      }\n    }\n  }\n": typeof types.ProjectHistoryDocument,
    "\n  fragment ProjectResult on ProjectPayload {\n    project {\n      id\n      code\n      status\n      version\n      level\n      inPlan\n      joint\n      requirements {\n        preliminaryDesign\n        techReview\n        expertReview\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n    errors {\n      code\n      rule\n      field\n      message\n    }\n  }\n": typeof types.ProjectResultFragmentDoc,
    "\n  mutation CreateProject($input: ProjectCreateInput!) {\n    projectCreate(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: ProjectUpdateInput!) {\n    projectUpdate(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation AttachDocument($input: ProjectDocumentAttachInput!) {\n    projectDocumentAttach(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.AttachDocumentDocument,
    "\n  mutation AddParticipant($input: ProjectParticipantAddInput!) {\n    projectParticipantAdd(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.AddParticipantDocument,
    "\n  mutation ConfirmParticipation($projectId: ID!) {\n    projectParticipantConfirm(projectId: $projectId) {\n      ...ProjectResult\n    }\n  }\n": typeof types.ConfirmParticipationDocument,
    "\n  mutation SetImplementation($input: ProjectImplementationInput!) {\n    projectSetImplementation(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.SetImplementationDocument,
    "\n  mutation SubmitProposal($id: ID!) {\n    projectSubmitProposal(id: $id) {\n      ...ProjectResult\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation ApproveProposal($id: ID!) {\n    projectApproveProposal(id: $id) {\n      ...ProjectResult\n    }\n  }\n": typeof types.ApproveProposalDocument,
    "\n  mutation SubmitFeasibility($id: ID!) {\n    projectSubmitFeasibility(id: $id) {\n      ...ProjectResult\n    }\n  }\n": typeof types.SubmitFeasibilityDocument,
    "\n  mutation InviteOpinion($id: ID!, $agencyId: ID!) {\n    projectInviteOpinion(id: $id, agencyId: $agencyId) {\n      ...ProjectResult\n    }\n  }\n": typeof types.InviteOpinionDocument,
    "\n  mutation RecordOpinion($id: ID!, $opinion: String!) {\n    projectRecordOpinion(id: $id, opinion: $opinion) {\n      ...ProjectResult\n    }\n  }\n": typeof types.RecordOpinionDocument,
    "\n  mutation ReturnForRevision($id: ID!, $reasons: String!) {\n    projectReturnForRevision(id: $id, reasons: $reasons) {\n      ...ProjectResult\n    }\n  }\n": typeof types.ReturnForRevisionDocument,
    "\n  mutation Approve($input: ProjectApproveInput!) {\n    projectApprove(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.ApproveDocument,
    "\n  mutation SubmitTechnicalPlan($id: ID!) {\n    projectSubmitTechnicalPlan(id: $id) {\n      ...ProjectResult\n    }\n  }\n": typeof types.SubmitTechnicalPlanDocument,
    "\n  mutation RecordExpertReview($input: ProjectExpertReviewInput!) {\n    projectRecordExpertReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.RecordExpertReviewDocument,
    "\n  mutation PassTechReview($input: ProjectTechReviewInput!) {\n    projectPassTechReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.PassTechReviewDocument,
    "\n  mutation FailTechReview($input: ProjectTechReviewInput!) {\n    projectFailTechReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.FailTechReviewDocument,
    "\n  mutation ConfirmBudget($id: ID!) {\n    projectConfirmBudget(id: $id) {\n      ...ProjectResult\n    }\n  }\n": typeof types.ConfirmBudgetDocument,
    "\n  mutation RecordProcurement($input: ProjectProcurementInput!) {\n    projectRecordProcurement(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.RecordProcurementDocument,
    "\n  mutation ConfirmProcurement($id: ID!) {\n    projectConfirmProcurement(id: $id) {\n      ...ProjectResult\n    }\n  }\n": typeof types.ConfirmProcurementDocument,
    "\n  mutation RecordSupervision($input: ProjectSupervisionInput!) {\n    projectRecordSupervision(input: $input) {\n      ...ProjectResult\n    }\n  }\n": typeof types.RecordSupervisionDocument,
    "\n  mutation StartConstruction($id: ID!, $acceptanceDueOn: String!) {\n    projectStartConstruction(id: $id, acceptanceDueOn: $acceptanceDueOn) {\n      ...ProjectResult\n    }\n  }\n": typeof types.StartConstructionDocument,
};
const documents: Documents = {
    "\n  query Overdue {\n    overdueAcceptances(first: 20) {\n      totalCount\n      nodes {\n        projectCode\n        dueOn\n        daysOverdue\n        extensionPending\n        constructionUnit {\n          code\n        }\n      }\n    }\n  }\n": types.OverdueDocument,
    "\n  query Extensions($projectId: ID!) {\n    acceptanceExtensions(first: 5, filter: { projectId: $projectId }) {\n      totalCount\n      nodes {\n        id\n        status\n        availableActions {\n          action\n          allowed\n          blockers {\n            code\n            rule\n          }\n        }\n      }\n    }\n  }\n": types.ExtensionsDocument,
    "\n  query RecordsPage($first: Int) {\n    acceptanceRecords(first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        organizerAgency {\n          code\n        }\n        sharingReview {\n          status\n        }\n        history {\n          event\n        }\n        availableActions {\n          action\n          allowed\n        }\n      }\n    }\n  }\n": types.RecordsPageDocument,
    "\n  mutation ApplyAcceptance($input: AcceptanceApplyInput!) {\n    acceptanceApply(input: $input) {\n      acceptanceRecord {\n        id\n        round\n        status\n        delegated\n        reportReceived\n        organizerAgency {\n          code\n        }\n        previous {\n          round\n          status\n        }\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n": types.ApplyAcceptanceDocument,
    "\n  mutation RequestSharing($input: SharingReviewRequestInput!) {\n    sharingReviewRequest(input: $input) {\n      sharingReview {\n        id\n        status\n        requestCount\n        findings\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.RequestSharingDocument,
    "\n  mutation ConfirmSharing($id: ID!, $input: SharingReviewConfirmInput!) {\n    sharingReviewConfirm(id: $id, input: $input) {\n      sharingReview {\n        status\n        confirmedOn\n        confirmedByName\n        confirmation\n        confirmedByAgency {\n          code\n        }\n        history {\n          event\n          fromState\n          toState\n          note\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.ConfirmSharingDocument,
    "\n  mutation ReturnSharing($id: ID!, $findings: String!) {\n    sharingReviewReturn(id: $id, findings: $findings) {\n      sharingReview {\n        status\n        findings\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.ReturnSharingDocument,
    "\n  mutation ApplyExtension($input: AcceptanceExtensionApplyInput!) {\n    acceptanceExtensionApply(input: $input) {\n      acceptanceExtension {\n        id\n        status\n        previousDueOn\n        requestedDueOn\n        appliedAfterDue\n        decidingAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.ApplyExtensionDocument,
    "\n  mutation DecideExtension($id: ID!, $input: AcceptanceExtensionDecideInput!) {\n    acceptanceExtensionDecide(id: $id, input: $input) {\n      acceptanceExtension {\n        status\n        approvedDueOn\n        decidedByName\n        decisionNote\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.DecideExtensionDocument,
    "\n  mutation Organize($id: ID!, $note: String) {\n    acceptanceOrganize(id: $id, note: $note) {\n      acceptanceRecord {\n        status\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": types.OrganizeDocument,
    "\n  mutation Delegate($id: ID!, $input: AcceptanceDelegateInput!) {\n    acceptanceDelegate(id: $id, input: $input) {\n      acceptanceRecord {\n        status\n        delegated\n        delegate {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.DelegateDocument,
    "\n  mutation RecordResult($id: ID!, $input: AcceptanceResultInput!) {\n    acceptanceRecordResult(id: $id, input: $input) {\n      acceptanceRecord {\n        status\n        result\n        heldOn\n        reportReceived\n        decidedByName\n        decidedByAgency {\n          code\n        }\n        failureReasons\n        findings {\n          productSecurity {\n            conclusion\n            note\n          }\n          cryptography {\n            conclusion\n          }\n          energyEfficiency {\n            conclusion\n          }\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.RecordResultDocument,
    "\n  mutation ReportToDrc($id: ID!, $note: String) {\n    acceptanceReportToDrc(id: $id, note: $note) {\n      acceptanceRecord {\n        status\n        reportReceived\n        reportedAt\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": types.ReportToDrcDocument,
    "\n  mutation RecordSecurityTest($input: SecurityTestRecordInput!) {\n    securityTestRecord(input: $input) {\n      securityTest {\n        id\n        kind\n        testedOn\n        tester\n        result\n        mlpsLevel\n        recordedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.RecordSecurityTestDocument,
    "\n  mutation RecordOmContract($input: OmContractRecordInput!) {\n    omContractRecord(input: $input) {\n      omContract {\n        id\n        supplierName\n        warrantyEndsOn\n        startsOn\n        endsOn\n        amount\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.RecordOmContractDocument,
    "\n  mutation RecordFinding($input: ProjectFindingRecordInput!) {\n    projectFindingRecord(input: $input) {\n      projectFinding {\n        id\n        kind\n        measure\n        recordedByName\n        recordedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.RecordFindingDocument,
    "\n  query AcceptanceActions($projectId: ID!) {\n    acceptanceActions(projectId: $projectId) {\n      action\n      allowed\n      blockers {\n        code\n        rule\n        field\n      }\n    }\n  }\n": types.AcceptanceActionsDocument,
    "\n  query RecordById($id: ID!) {\n    acceptanceRecord(id: $id) {\n      status\n      round\n      delegated\n      reportReceived\n      decidedByAgency {\n        code\n      }\n      project {\n        status\n        acceptanceDueOn\n      }\n      history {\n        event\n        fromState\n        toState\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n  }\n": types.RecordByIdDocument,
    "\n  query Agencies($first: Int, $after: String, $filter: AgencyFilter) {\n    agencies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        kind\n        countyCode\n      }\n    }\n  }\n": types.AgenciesDocument,
    "\n  query AgencyById($id: ID!) {\n    agency(id: $id) {\n      code\n    }\n  }\n": types.AgencyByIdDocument,
    "\n  query Users($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        username\n        agency {\n          code\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation IssueOrder($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n        reason\n        status\n        unit {\n          code\n        }\n        issuedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        message\n        field\n      }\n    }\n  }\n": types.IssueOrderDocument,
    "\n  mutation CloseOrder($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      rectificationOrder {\n        status\n        closingNote\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": types.CloseOrderDocument,
    "\n  query Orders {\n    rectificationOrders(first: 50) {\n      totalCount\n      nodes {\n        id\n        reason\n        unit {\n          code\n        }\n      }\n    }\n  }\n": types.OrdersDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      roles\n      agency {\n        code\n        kind\n        level\n        countyCode\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query ProjectList($first: Int, $after: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        investment\n        division {\n          code\n        }\n      }\n    }\n  }\n": types.ProjectListDocument,
    "\n  query DeepProjects($first: Int) {\n    projects(first: $first) {\n      nodes {\n        code\n        constructionUnit {\n          name\n          county {\n            name\n          }\n        }\n        division {\n          name\n        }\n        budgetLines {\n          amount\n        }\n        documents {\n          kind\n        }\n        participants {\n          agency {\n            code\n          }\n        }\n        history {\n          event\n          actorAgency {\n            code\n          }\n        }\n        availableActions {\n          action\n          allowed\n        }\n      }\n    }\n  }\n": types.DeepProjectsDocument,
    "\n  mutation RejectProject($id: ID!, $reasons: String!) {\n    projectReject(id: $id, reasons: $reasons) {\n      ...ProjectResult\n    }\n  }\n": types.RejectProjectDocument,
    "\n  mutation PlanCreate($input: PlanCreateInput!) {\n    planCreate(input: $input) {\n      plan {\n        id\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": types.PlanCreateDocument,
    "\n  mutation PlanEntryAdd($input: PlanEntryAddInput!) {\n    planEntryAdd(input: $input) {\n      plan {\n        entries {\n          id\n          name\n        }\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n": types.PlanEntryAddDocument,
    "\n  mutation IssueOrderOnUnit($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.IssueOrderOnUnitDocument,
    "\n  mutation CloseOrderOfUnit($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      errors {\n        code\n      }\n    }\n  }\n": types.CloseOrderOfUnitDocument,
    "\n  query ProjectHistory($id: ID!) {\n    project(id: $id) {\n      status\n      history {\n        event\n        fromState\n        toState\n        actorAgency {\n          code\n        }\n      }\n      opinions {\n        agency {\n          code\n        }\n        opinion\n      }\n      documents {\n        kind\n        sm3\n        contentId\n      }\n    }\n  }\n": types.ProjectHistoryDocument,
    "\n  fragment ProjectResult on ProjectPayload {\n    project {\n      id\n      code\n      status\n      version\n      level\n      inPlan\n      joint\n      requirements {\n        preliminaryDesign\n        techReview\n        expertReview\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n    errors {\n      code\n      rule\n      field\n      message\n    }\n  }\n": types.ProjectResultFragmentDoc,
    "\n  mutation CreateProject($input: ProjectCreateInput!) {\n    projectCreate(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: ProjectUpdateInput!) {\n    projectUpdate(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation AttachDocument($input: ProjectDocumentAttachInput!) {\n    projectDocumentAttach(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.AttachDocumentDocument,
    "\n  mutation AddParticipant($input: ProjectParticipantAddInput!) {\n    projectParticipantAdd(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.AddParticipantDocument,
    "\n  mutation ConfirmParticipation($projectId: ID!) {\n    projectParticipantConfirm(projectId: $projectId) {\n      ...ProjectResult\n    }\n  }\n": types.ConfirmParticipationDocument,
    "\n  mutation SetImplementation($input: ProjectImplementationInput!) {\n    projectSetImplementation(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.SetImplementationDocument,
    "\n  mutation SubmitProposal($id: ID!) {\n    projectSubmitProposal(id: $id) {\n      ...ProjectResult\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation ApproveProposal($id: ID!) {\n    projectApproveProposal(id: $id) {\n      ...ProjectResult\n    }\n  }\n": types.ApproveProposalDocument,
    "\n  mutation SubmitFeasibility($id: ID!) {\n    projectSubmitFeasibility(id: $id) {\n      ...ProjectResult\n    }\n  }\n": types.SubmitFeasibilityDocument,
    "\n  mutation InviteOpinion($id: ID!, $agencyId: ID!) {\n    projectInviteOpinion(id: $id, agencyId: $agencyId) {\n      ...ProjectResult\n    }\n  }\n": types.InviteOpinionDocument,
    "\n  mutation RecordOpinion($id: ID!, $opinion: String!) {\n    projectRecordOpinion(id: $id, opinion: $opinion) {\n      ...ProjectResult\n    }\n  }\n": types.RecordOpinionDocument,
    "\n  mutation ReturnForRevision($id: ID!, $reasons: String!) {\n    projectReturnForRevision(id: $id, reasons: $reasons) {\n      ...ProjectResult\n    }\n  }\n": types.ReturnForRevisionDocument,
    "\n  mutation Approve($input: ProjectApproveInput!) {\n    projectApprove(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.ApproveDocument,
    "\n  mutation SubmitTechnicalPlan($id: ID!) {\n    projectSubmitTechnicalPlan(id: $id) {\n      ...ProjectResult\n    }\n  }\n": types.SubmitTechnicalPlanDocument,
    "\n  mutation RecordExpertReview($input: ProjectExpertReviewInput!) {\n    projectRecordExpertReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.RecordExpertReviewDocument,
    "\n  mutation PassTechReview($input: ProjectTechReviewInput!) {\n    projectPassTechReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.PassTechReviewDocument,
    "\n  mutation FailTechReview($input: ProjectTechReviewInput!) {\n    projectFailTechReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.FailTechReviewDocument,
    "\n  mutation ConfirmBudget($id: ID!) {\n    projectConfirmBudget(id: $id) {\n      ...ProjectResult\n    }\n  }\n": types.ConfirmBudgetDocument,
    "\n  mutation RecordProcurement($input: ProjectProcurementInput!) {\n    projectRecordProcurement(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.RecordProcurementDocument,
    "\n  mutation ConfirmProcurement($id: ID!) {\n    projectConfirmProcurement(id: $id) {\n      ...ProjectResult\n    }\n  }\n": types.ConfirmProcurementDocument,
    "\n  mutation RecordSupervision($input: ProjectSupervisionInput!) {\n    projectRecordSupervision(input: $input) {\n      ...ProjectResult\n    }\n  }\n": types.RecordSupervisionDocument,
    "\n  mutation StartConstruction($id: ID!, $acceptanceDueOn: String!) {\n    projectStartConstruction(id: $id, acceptanceDueOn: $acceptanceDueOn) {\n      ...ProjectResult\n    }\n  }\n": types.StartConstructionDocument,
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
export function graphql(source: "\n  query Overdue {\n    overdueAcceptances(first: 20) {\n      totalCount\n      nodes {\n        projectCode\n        dueOn\n        daysOverdue\n        extensionPending\n        constructionUnit {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Overdue {\n    overdueAcceptances(first: 20) {\n      totalCount\n      nodes {\n        projectCode\n        dueOn\n        daysOverdue\n        extensionPending\n        constructionUnit {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Extensions($projectId: ID!) {\n    acceptanceExtensions(first: 5, filter: { projectId: $projectId }) {\n      totalCount\n      nodes {\n        id\n        status\n        availableActions {\n          action\n          allowed\n          blockers {\n            code\n            rule\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Extensions($projectId: ID!) {\n    acceptanceExtensions(first: 5, filter: { projectId: $projectId }) {\n      totalCount\n      nodes {\n        id\n        status\n        availableActions {\n          action\n          allowed\n          blockers {\n            code\n            rule\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsPage($first: Int) {\n    acceptanceRecords(first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        organizerAgency {\n          code\n        }\n        sharingReview {\n          status\n        }\n        history {\n          event\n        }\n        availableActions {\n          action\n          allowed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordsPage($first: Int) {\n    acceptanceRecords(first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        organizerAgency {\n          code\n        }\n        sharingReview {\n          status\n        }\n        history {\n          event\n        }\n        availableActions {\n          action\n          allowed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyAcceptance($input: AcceptanceApplyInput!) {\n    acceptanceApply(input: $input) {\n      acceptanceRecord {\n        id\n        round\n        status\n        delegated\n        reportReceived\n        organizerAgency {\n          code\n        }\n        previous {\n          round\n          status\n        }\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyAcceptance($input: AcceptanceApplyInput!) {\n    acceptanceApply(input: $input) {\n      acceptanceRecord {\n        id\n        round\n        status\n        delegated\n        reportReceived\n        organizerAgency {\n          code\n        }\n        previous {\n          round\n          status\n        }\n      }\n      errors {\n        code\n        rule\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSharing($input: SharingReviewRequestInput!) {\n    sharingReviewRequest(input: $input) {\n      sharingReview {\n        id\n        status\n        requestCount\n        findings\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSharing($input: SharingReviewRequestInput!) {\n    sharingReviewRequest(input: $input) {\n      sharingReview {\n        id\n        status\n        requestCount\n        findings\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSharing($id: ID!, $input: SharingReviewConfirmInput!) {\n    sharingReviewConfirm(id: $id, input: $input) {\n      sharingReview {\n        status\n        confirmedOn\n        confirmedByName\n        confirmation\n        confirmedByAgency {\n          code\n        }\n        history {\n          event\n          fromState\n          toState\n          note\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSharing($id: ID!, $input: SharingReviewConfirmInput!) {\n    sharingReviewConfirm(id: $id, input: $input) {\n      sharingReview {\n        status\n        confirmedOn\n        confirmedByName\n        confirmation\n        confirmedByAgency {\n          code\n        }\n        history {\n          event\n          fromState\n          toState\n          note\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSharing($id: ID!, $findings: String!) {\n    sharingReviewReturn(id: $id, findings: $findings) {\n      sharingReview {\n        status\n        findings\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnSharing($id: ID!, $findings: String!) {\n    sharingReviewReturn(id: $id, findings: $findings) {\n      sharingReview {\n        status\n        findings\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyExtension($input: AcceptanceExtensionApplyInput!) {\n    acceptanceExtensionApply(input: $input) {\n      acceptanceExtension {\n        id\n        status\n        previousDueOn\n        requestedDueOn\n        appliedAfterDue\n        decidingAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyExtension($input: AcceptanceExtensionApplyInput!) {\n    acceptanceExtensionApply(input: $input) {\n      acceptanceExtension {\n        id\n        status\n        previousDueOn\n        requestedDueOn\n        appliedAfterDue\n        decidingAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideExtension($id: ID!, $input: AcceptanceExtensionDecideInput!) {\n    acceptanceExtensionDecide(id: $id, input: $input) {\n      acceptanceExtension {\n        status\n        approvedDueOn\n        decidedByName\n        decisionNote\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideExtension($id: ID!, $input: AcceptanceExtensionDecideInput!) {\n    acceptanceExtensionDecide(id: $id, input: $input) {\n      acceptanceExtension {\n        status\n        approvedDueOn\n        decidedByName\n        decisionNote\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Organize($id: ID!, $note: String) {\n    acceptanceOrganize(id: $id, note: $note) {\n      acceptanceRecord {\n        status\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Organize($id: ID!, $note: String) {\n    acceptanceOrganize(id: $id, note: $note) {\n      acceptanceRecord {\n        status\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Delegate($id: ID!, $input: AcceptanceDelegateInput!) {\n    acceptanceDelegate(id: $id, input: $input) {\n      acceptanceRecord {\n        status\n        delegated\n        delegate {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Delegate($id: ID!, $input: AcceptanceDelegateInput!) {\n    acceptanceDelegate(id: $id, input: $input) {\n      acceptanceRecord {\n        status\n        delegated\n        delegate {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordResult($id: ID!, $input: AcceptanceResultInput!) {\n    acceptanceRecordResult(id: $id, input: $input) {\n      acceptanceRecord {\n        status\n        result\n        heldOn\n        reportReceived\n        decidedByName\n        decidedByAgency {\n          code\n        }\n        failureReasons\n        findings {\n          productSecurity {\n            conclusion\n            note\n          }\n          cryptography {\n            conclusion\n          }\n          energyEfficiency {\n            conclusion\n          }\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordResult($id: ID!, $input: AcceptanceResultInput!) {\n    acceptanceRecordResult(id: $id, input: $input) {\n      acceptanceRecord {\n        status\n        result\n        heldOn\n        reportReceived\n        decidedByName\n        decidedByAgency {\n          code\n        }\n        failureReasons\n        findings {\n          productSecurity {\n            conclusion\n            note\n          }\n          cryptography {\n            conclusion\n          }\n          energyEfficiency {\n            conclusion\n          }\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportToDrc($id: ID!, $note: String) {\n    acceptanceReportToDrc(id: $id, note: $note) {\n      acceptanceRecord {\n        status\n        reportReceived\n        reportedAt\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportToDrc($id: ID!, $note: String) {\n    acceptanceReportToDrc(id: $id, note: $note) {\n      acceptanceRecord {\n        status\n        reportReceived\n        reportedAt\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSecurityTest($input: SecurityTestRecordInput!) {\n    securityTestRecord(input: $input) {\n      securityTest {\n        id\n        kind\n        testedOn\n        tester\n        result\n        mlpsLevel\n        recordedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSecurityTest($input: SecurityTestRecordInput!) {\n    securityTestRecord(input: $input) {\n      securityTest {\n        id\n        kind\n        testedOn\n        tester\n        result\n        mlpsLevel\n        recordedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOmContract($input: OmContractRecordInput!) {\n    omContractRecord(input: $input) {\n      omContract {\n        id\n        supplierName\n        warrantyEndsOn\n        startsOn\n        endsOn\n        amount\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOmContract($input: OmContractRecordInput!) {\n    omContractRecord(input: $input) {\n      omContract {\n        id\n        supplierName\n        warrantyEndsOn\n        startsOn\n        endsOn\n        amount\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFinding($input: ProjectFindingRecordInput!) {\n    projectFindingRecord(input: $input) {\n      projectFinding {\n        id\n        kind\n        measure\n        recordedByName\n        recordedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFinding($input: ProjectFindingRecordInput!) {\n    projectFindingRecord(input: $input) {\n      projectFinding {\n        id\n        kind\n        measure\n        recordedByName\n        recordedByAgency {\n          code\n        }\n      }\n      errors {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcceptanceActions($projectId: ID!) {\n    acceptanceActions(projectId: $projectId) {\n      action\n      allowed\n      blockers {\n        code\n        rule\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  query AcceptanceActions($projectId: ID!) {\n    acceptanceActions(projectId: $projectId) {\n      action\n      allowed\n      blockers {\n        code\n        rule\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordById($id: ID!) {\n    acceptanceRecord(id: $id) {\n      status\n      round\n      delegated\n      reportReceived\n      decidedByAgency {\n        code\n      }\n      project {\n        status\n        acceptanceDueOn\n      }\n      history {\n        event\n        fromState\n        toState\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordById($id: ID!) {\n    acceptanceRecord(id: $id) {\n      status\n      round\n      delegated\n      reportReceived\n      decidedByAgency {\n        code\n      }\n      project {\n        status\n        acceptanceDueOn\n      }\n      history {\n        event\n        fromState\n        toState\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectList($first: Int, $after: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        investment\n        division {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectList($first: Int, $after: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        investment\n        division {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeepProjects($first: Int) {\n    projects(first: $first) {\n      nodes {\n        code\n        constructionUnit {\n          name\n          county {\n            name\n          }\n        }\n        division {\n          name\n        }\n        budgetLines {\n          amount\n        }\n        documents {\n          kind\n        }\n        participants {\n          agency {\n            code\n          }\n        }\n        history {\n          event\n          actorAgency {\n            code\n          }\n        }\n        availableActions {\n          action\n          allowed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeepProjects($first: Int) {\n    projects(first: $first) {\n      nodes {\n        code\n        constructionUnit {\n          name\n          county {\n            name\n          }\n        }\n        division {\n          name\n        }\n        budgetLines {\n          amount\n        }\n        documents {\n          kind\n        }\n        participants {\n          agency {\n            code\n          }\n        }\n        history {\n          event\n          actorAgency {\n            code\n          }\n        }\n        availableActions {\n          action\n          allowed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectProject($id: ID!, $reasons: String!) {\n    projectReject(id: $id, reasons: $reasons) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation RejectProject($id: ID!, $reasons: String!) {\n    projectReject(id: $id, reasons: $reasons) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanCreate($input: PlanCreateInput!) {\n    planCreate(input: $input) {\n      plan {\n        id\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanCreate($input: PlanCreateInput!) {\n    planCreate(input: $input) {\n      plan {\n        id\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanEntryAdd($input: PlanEntryAddInput!) {\n    planEntryAdd(input: $input) {\n      plan {\n        entries {\n          id\n          name\n        }\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanEntryAdd($input: PlanEntryAddInput!) {\n    planEntryAdd(input: $input) {\n      plan {\n        entries {\n          id\n          name\n        }\n      }\n      errors {\n        code\n        rule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueOrderOnUnit($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueOrderOnUnit($input: RectificationOrderIssueInput!) {\n    rectificationOrderIssue(input: $input) {\n      rectificationOrder {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOrderOfUnit($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseOrderOfUnit($id: ID!, $note: String!) {\n    rectificationOrderClose(id: $id, note: $note) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectHistory($id: ID!) {\n    project(id: $id) {\n      status\n      history {\n        event\n        fromState\n        toState\n        actorAgency {\n          code\n        }\n      }\n      opinions {\n        agency {\n          code\n        }\n        opinion\n      }\n      documents {\n        kind\n        sm3\n        contentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectHistory($id: ID!) {\n    project(id: $id) {\n      status\n      history {\n        event\n        fromState\n        toState\n        actorAgency {\n          code\n        }\n      }\n      opinions {\n        agency {\n          code\n        }\n        opinion\n      }\n      documents {\n        kind\n        sm3\n        contentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectResult on ProjectPayload {\n    project {\n      id\n      code\n      status\n      version\n      level\n      inPlan\n      joint\n      requirements {\n        preliminaryDesign\n        techReview\n        expertReview\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n    errors {\n      code\n      rule\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectResult on ProjectPayload {\n    project {\n      id\n      code\n      status\n      version\n      level\n      inPlan\n      joint\n      requirements {\n        preliminaryDesign\n        techReview\n        expertReview\n      }\n      availableActions {\n        action\n        allowed\n        blockers {\n          code\n          rule\n        }\n      }\n    }\n    errors {\n      code\n      rule\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: ProjectCreateInput!) {\n    projectCreate(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: ProjectCreateInput!) {\n    projectCreate(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: ProjectUpdateInput!) {\n    projectUpdate(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($input: ProjectUpdateInput!) {\n    projectUpdate(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachDocument($input: ProjectDocumentAttachInput!) {\n    projectDocumentAttach(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation AttachDocument($input: ProjectDocumentAttachInput!) {\n    projectDocumentAttach(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParticipant($input: ProjectParticipantAddInput!) {\n    projectParticipantAdd(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation AddParticipant($input: ProjectParticipantAddInput!) {\n    projectParticipantAdd(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmParticipation($projectId: ID!) {\n    projectParticipantConfirm(projectId: $projectId) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmParticipation($projectId: ID!) {\n    projectParticipantConfirm(projectId: $projectId) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetImplementation($input: ProjectImplementationInput!) {\n    projectSetImplementation(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation SetImplementation($input: ProjectImplementationInput!) {\n    projectSetImplementation(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($id: ID!) {\n    projectSubmitProposal(id: $id) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($id: ID!) {\n    projectSubmitProposal(id: $id) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProposal($id: ID!) {\n    projectApproveProposal(id: $id) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveProposal($id: ID!) {\n    projectApproveProposal(id: $id) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeasibility($id: ID!) {\n    projectSubmitFeasibility(id: $id) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFeasibility($id: ID!) {\n    projectSubmitFeasibility(id: $id) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteOpinion($id: ID!, $agencyId: ID!) {\n    projectInviteOpinion(id: $id, agencyId: $agencyId) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation InviteOpinion($id: ID!, $agencyId: ID!) {\n    projectInviteOpinion(id: $id, agencyId: $agencyId) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOpinion($id: ID!, $opinion: String!) {\n    projectRecordOpinion(id: $id, opinion: $opinion) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOpinion($id: ID!, $opinion: String!) {\n    projectRecordOpinion(id: $id, opinion: $opinion) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnForRevision($id: ID!, $reasons: String!) {\n    projectReturnForRevision(id: $id, reasons: $reasons) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnForRevision($id: ID!, $reasons: String!) {\n    projectReturnForRevision(id: $id, reasons: $reasons) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Approve($input: ProjectApproveInput!) {\n    projectApprove(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation Approve($input: ProjectApproveInput!) {\n    projectApprove(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTechnicalPlan($id: ID!) {\n    projectSubmitTechnicalPlan(id: $id) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitTechnicalPlan($id: ID!) {\n    projectSubmitTechnicalPlan(id: $id) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExpertReview($input: ProjectExpertReviewInput!) {\n    projectRecordExpertReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation RecordExpertReview($input: ProjectExpertReviewInput!) {\n    projectRecordExpertReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PassTechReview($input: ProjectTechReviewInput!) {\n    projectPassTechReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation PassTechReview($input: ProjectTechReviewInput!) {\n    projectPassTechReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FailTechReview($input: ProjectTechReviewInput!) {\n    projectFailTechReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation FailTechReview($input: ProjectTechReviewInput!) {\n    projectFailTechReview(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmBudget($id: ID!) {\n    projectConfirmBudget(id: $id) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmBudget($id: ID!) {\n    projectConfirmBudget(id: $id) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProcurement($input: ProjectProcurementInput!) {\n    projectRecordProcurement(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation RecordProcurement($input: ProjectProcurementInput!) {\n    projectRecordProcurement(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProcurement($id: ID!) {\n    projectConfirmProcurement(id: $id) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmProcurement($id: ID!) {\n    projectConfirmProcurement(id: $id) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSupervision($input: ProjectSupervisionInput!) {\n    projectRecordSupervision(input: $input) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSupervision($input: ProjectSupervisionInput!) {\n    projectRecordSupervision(input: $input) {\n      ...ProjectResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConstruction($id: ID!, $acceptanceDueOn: String!) {\n    projectStartConstruction(id: $id, acceptanceDueOn: $acceptanceDueOn) {\n      ...ProjectResult\n    }\n  }\n"): (typeof documents)["\n  mutation StartConstruction($id: ID!, $acceptanceDueOn: String!) {\n    projectStartConstruction(id: $id, acceptanceDueOn: $acceptanceDueOn) {\n      ...ProjectResult\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;