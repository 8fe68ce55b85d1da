import { registerEnumType } from 'type-graphql';

/** CM-5: the kinds of service in BDC's catalog. */
export enum CloudServiceCategory {
  COMPUTE = 'COMPUTE',
  STORAGE = 'STORAGE',
  NETWORK = 'NETWORK',
  SECURITY = 'SECURITY',
  PLATFORM = 'PLATFORM',
}

/** CM-9: the life of a tenancy, from application to decommissioning. */
export enum CloudTenancyStatus {
  /** 申请: filed with BDC (CM-10). */
  APPLIED = 'APPLIED',
  /** Returned by BDC with reasons; the applicant may amend and resubmit (CM-11). */
  RETURNED = 'RETURNED',
  /** 审核通过: BDC approved; the expert review is to fix the quota (CM-11). */
  APPROVED = 'APPROVED',
  /** Quota fixed by the expert review; the user signs the documents (CM-11, CM-12). */
  QUOTA_FIXED = 'QUOTA_FIXED',
  /** 开通: BDC notified the provider, who provisions within 3 working days (CM-12). */
  PROVISIONING = 'PROVISIONING',
  /** Provisioned; the user deploys within 30 working days (CM-13). */
  PROVISIONED = 'PROVISIONED',
  /** 部署完成: deployed, tested, pre-assessed and cut over (CM-13). */
  IN_SERVICE = 'IN_SERVICE',
  /** 退出申请 filed with BDC (CM-15). */
  EXIT_REQUESTED = 'EXIT_REQUESTED',
  /** Exit approved (or a late deployment exited, CM-13): 20 working days of transition, then clearing (CM-15). */
  EXITING = 'EXITING',
  /** Data cleared and resources reclaimed (CM-15). */
  DECOMMISSIONED = 'DECOMMISSIONED',
}

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}

/** BDC's answer to a request for more working days to deploy (CM-13). */
export enum ExtensionDecision {
  GRANT = 'GRANT',
  REFUSE = 'REFUSE',
}

export enum ExitReason {
  /** The user applied (CM-15). */
  REQUESTED = 'REQUESTED',
  /** Not deployed within the deadline (CM-13). */
  LATE_DEPLOYMENT = 'LATE_DEPLOYMENT',
}

/** CM-14: the user's expansion or reduction, or BDC's own adjustment from monitored utilisation. */
export enum CloudChangeKind {
  EXPANSION = 'EXPANSION',
  REDUCTION = 'REDUCTION',
  ADJUSTMENT = 'ADJUSTMENT',
}

export enum CloudChangeStatus {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  /** An expansion BDC approved; the expert review fixes the amounts (CM-14 → CM-11). */
  APPROVED = 'APPROVED',
  QUOTA_FIXED = 'QUOTA_FIXED',
  /** The provider was notified to provision the expansion (CM-12). */
  PROVISIONING = 'PROVISIONING',
  /** The new quota is in force. */
  COMPLETED = 'COMPLETED',
  /** Closed without effect: its tenancy was exited for a late deployment while it was open (CM-13). */
  CANCELLED = 'CANCELLED',
}

export enum FeeStatementStatus {
  ISSUED = 'ISSUED',
  SETTLED = 'SETTLED',
}

export enum CloudIncidentStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

/** CM-19: faults are handled by whoever is responsible. */
export enum IncidentResponsibility {
  PROVIDER = 'PROVIDER',
  USER = 'USER',
  BDC = 'BDC',
  SHARED = 'SHARED',
}

/** The working-day deadlines of the measures. */
export enum DeadlineKind {
  /** Provider provisions within 3 working days of BDC's notice (CM-12). */
  PROVISIONING = 'PROVISIONING',
  /** User deploys within 30 working days of provisioning (CM-13). */
  DEPLOYMENT = 'DEPLOYMENT',
  /** 20 working days of transition after the exit is approved, then clearing (CM-15). */
  EXIT_TRANSITION = 'EXIT_TRANSITION',
  /** Provider provisions an approved expansion within 3 working days of notice (CM-14, CM-12). */
  CHANGE_PROVISIONING = 'CHANGE_PROVISIONING',
}

registerEnumType(CloudServiceCategory, { name: 'CloudServiceCategory', description: 'CM-5' });
registerEnumType(CloudTenancyStatus, { name: 'CloudTenancyStatus', description: 'CM-9' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
registerEnumType(ExtensionDecision, { name: 'CloudDeploymentExtensionDecision', description: 'CM-13' });
registerEnumType(ExitReason, { name: 'CloudExitReason', description: 'CM-13, CM-15' });
registerEnumType(CloudChangeKind, { name: 'CloudChangeKind', description: 'CM-14' });
registerEnumType(CloudChangeStatus, { name: 'CloudChangeStatus', description: 'CM-14' });
registerEnumType(FeeStatementStatus, { name: 'FeeStatementStatus', description: 'CM-6' });
registerEnumType(CloudIncidentStatus, { name: 'CloudIncidentStatus', description: 'CM-19' });
registerEnumType(IncidentResponsibility, { name: 'IncidentResponsibility', description: 'CM-19' });
registerEnumType(DeadlineKind, { name: 'DeadlineKind' });
