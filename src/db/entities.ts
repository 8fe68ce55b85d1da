import { AuditEvent } from '../audit/audit-event.entity';
import { Catalog, CatalogEntry, CatalogUsage } from '../modules/catalogs/catalog.entity';
import { DocumentContent, ProjectDocument } from '../modules/documents/document.entity';
import { Agency } from '../modules/organizations/agency.entity';
import { Division } from '../modules/organizations/division.entity';
import { RectificationOrder } from '../modules/organizations/rectification-order.entity';
import { User } from '../modules/organizations/user.entity';
import { Plan, PlanEntry } from '../modules/plans/plan.entity';
import { BudgetLine } from '../modules/projects/budget-line.entity';
import { ProjectParticipant } from '../modules/projects/project-participant.entity';
import { Project } from '../modules/projects/project.entity';
import { ReviewOpinion } from '../modules/projects/review-opinion.entity';
import { StateTransition } from '../workflow/state-transition.entity';
import { BaseEntity } from './base.entity';
import { IdempotentRequest } from '../graphql/idempotent-request.entity';
import { RateLimitCounter } from '../http/rate-limit.entity';
import { AcceptanceExtension } from '../modules/acceptance/acceptance-extension.entity';
import { AcceptanceRecord } from '../modules/acceptance/acceptance-record.entity';
import { OmContract } from '../modules/acceptance/om-contract.entity';
import { ProjectFinding } from '../modules/acceptance/project-finding.entity';
import { SecurityTest } from '../modules/acceptance/security-test.entity';
import { SecurityReview } from '../modules/security/security-review.entity';
import { ProjectInspection } from '../modules/inspections/inspection.entity';
import { SharingReview } from '../modules/acceptance/sharing-review.entity';
import { WorkingCalendarYear } from '../calendar/calendar-year.entity';
import { CloudChangeLine, CloudChangeRequest } from '../modules/cloud/change-request.entity';
import { FeeStatement, FeeStatementLine } from '../modules/cloud/fee-statement.entity';
import { CloudIncident, CloudProviderAssessment } from '../modules/cloud/incident.entity';
import { CloudAssessmentCriterion, CloudAssessmentScore, CloudAssessmentStandard } from '../modules/monitoring/assessment-standard.entity';
import { UtilisationCitation, UtilisationReading } from '../modules/monitoring/reading.entity';
import { CloudServiceItem, CloudServicePrice } from '../modules/cloud/service-item.entity';
import { CloudQuotaLine, CloudTenancy, CloudTenancyResource } from '../modules/cloud/tenancy.entity';
import { CloudZone } from '../modules/cloud/zone.entity';
import { CloudZoneCertificate } from '../modules/cloud/zone-certificate.entity';
import { CloudTenancyDocument } from '../modules/cloud/tenancy-document.entity';
import { InformationSystem, InformationSystemProject, SystemDefect } from '../modules/systems/information-system.entity';
import { DomainEvent } from '../events/domain-event.entity';
import { WebhookDelivery } from '../events/webhook-delivery.entity';
import { WebhookSubscription } from '../events/webhook-subscription.entity';

/** Every entity class; the ORM is given this list (no path scanning, same in src/ and dist/). */
export const entities = [
  BaseEntity,
  AuditEvent,
  IdempotentRequest,
  RateLimitCounter,
  StateTransition,
  Division,
  Agency,
  User,
  RectificationOrder,
  Plan,
  PlanEntry,
  Project,
  BudgetLine,
  ProjectParticipant,
  ReviewOpinion,
  DocumentContent,
  ProjectDocument,
  Catalog,
  CatalogEntry,
  SharingReview,
  AcceptanceRecord,
  AcceptanceExtension,
  OmContract,
  SecurityTest,
  SecurityReview,
  ProjectInspection,
  ProjectFinding,
  CatalogUsage,
  // Government cloud (CM) and the working-day calendar
  WorkingCalendarYear,
  CloudServiceItem,
  CloudServicePrice,
  CloudZone,
  CloudZoneCertificate,
  CloudTenancy,
  CloudTenancyResource,
  CloudTenancyDocument,
  CloudQuotaLine,
  CloudChangeRequest,
  CloudChangeLine,
  // Cloud monitoring (CM-14, CM-16): utilisation readings and the assessment standard
  UtilisationReading,
  UtilisationCitation,
  CloudAssessmentStandard,
  CloudAssessmentCriterion,
  CloudAssessmentScore,
  FeeStatement,
  FeeStatementLine,
  CloudIncident,
  CloudProviderAssessment,
  // The municipal catalog of information systems (PM-17, CM-4, CM-13)
  InformationSystem,
  InformationSystemProject,
  SystemDefect,
  // Domain events and their delivery (src/events)
  DomainEvent,
  WebhookSubscription,
  WebhookDelivery,
];
