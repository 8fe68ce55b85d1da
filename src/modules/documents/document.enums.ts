import { registerEnumType } from 'type-graphql';

export enum DocumentKind {
  PROPOSAL = 'PROPOSAL',
  FEASIBILITY_STUDY = 'FEASIBILITY_STUDY',
  PRELIMINARY_DESIGN = 'PRELIMINARY_DESIGN',
  TECHNICAL_PLAN = 'TECHNICAL_PLAN',
  EXPERT_REVIEW_OPINION = 'EXPERT_REVIEW_OPINION',
  DRC_APPROVAL = 'DRC_APPROVAL',
  COUNTY_APPROVAL = 'COUNTY_APPROVAL',
  BDC_TECH_OPINION = 'BDC_TECH_OPINION',
  REVIEW_OPINION = 'REVIEW_OPINION',
  SUPERVISION_CONTRACT = 'SUPERVISION_CONTRACT',
  CONSTRUCTION_SUMMARY = 'CONSTRUCTION_SUMMARY',
  FINANCIAL_REPORT = 'FINANCIAL_REPORT',
  AUDIT_REPORT = 'AUDIT_REPORT',
  INTENSIVE_SHARING_ASSESSMENT = 'INTENSIVE_SHARING_ASSESSMENT',
  SECURITY_RISK_ASSESSMENT = 'SECURITY_RISK_ASSESSMENT',
  CRYPTO_ASSESSMENT = 'CRYPTO_ASSESSMENT',
  OTHER = 'OTHER',
}

/** The three chapters PM-9 requires. */
export enum Chapter {
  /** 集约化建设 */
  INTENSIVE_CONSTRUCTION = 'INTENSIVE_CONSTRUCTION',
  /** 信息资源共享分析 */
  RESOURCE_SHARING = 'RESOURCE_SHARING',
  /** 安全保障及密码应用 */
  SECURITY_AND_CRYPTOGRAPHY = 'SECURITY_AND_CRYPTOGRAPHY',
}

registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(Chapter, { name: 'Chapter', description: 'Chapters required by PM-9' });

/** PM-9: documents that must declare all three chapters. */
export const CHAPTERED_KINDS: readonly DocumentKind[] = [
  DocumentKind.FEASIBILITY_STUDY,
  DocumentKind.PRELIMINARY_DESIGN,
  DocumentKind.TECHNICAL_PLAN,
  DocumentKind.DRC_APPROVAL,
  DocumentKind.COUNTY_APPROVAL,
  DocumentKind.BDC_TECH_OPINION,
  // PM-5, PM-9: an invited agency's written opinion addresses the same three chapters.
  DocumentKind.REVIEW_OPINION,
];
