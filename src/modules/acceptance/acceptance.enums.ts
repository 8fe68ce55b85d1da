import { registerEnumType } from 'type-graphql';
import { DocumentKind } from '../documents/document.enums';

/** PM-15: BDC's data-sharing review of a project before acceptance. */
export enum SharingReviewStatus {
  /** The construction unit asked BDC to review its data sharing. */
  REQUESTED = 'REQUESTED',
  /** BDC returned it with findings; the unit may ask again. */
  RETURNED = 'RETURNED',
  /** BDC confirmed the sharing (数据共享完成确认意见): acceptance may be organized. */
  CONFIRMED = 'CONFIRMED',
}

/** PM-16: one acceptance application and what became of it. */
export enum AcceptanceStatus {
  /** Filed with DRC (the county DRC for county projects) with the six reports (PM-16.1). */
  APPLIED = 'APPLIED',
  /** DRC organizes the acceptance itself (PM-16.3). */
  UNDER_ACCEPTANCE = 'UNDER_ACCEPTANCE',
  /** DRC delegated it to the competent department (PM-16.3). */
  DELEGATED = 'DELEGATED',
  /** The delegate recorded its result and has yet to report it to DRC (PM-16.3). */
  AWAITING_REPORT = 'AWAITING_REPORT',
  PASSED = 'PASSED',
  /** Failed with reasons; the unit may file a new application. */
  FAILED = 'FAILED',
}

export enum AcceptanceResult {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}

/** PM-12: the conclusion on one subject of the acceptance. */
export enum FindingConclusion {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  /** Only for energy efficiency: a project with no hardware and no new data centre. */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** PM-16.2: an application to move the acceptance due date. */
export enum ExtensionStatus {
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}

/** PM-11 (and the MLPS test report of PM-16.1): kinds of security testing and assessment. */
export enum SecurityTestKind {
  /** 网络安全等级保护测评 */
  MLPS_TEST = 'MLPS_TEST',
  /** 安全风险评估 */
  RISK_ASSESSMENT = 'RISK_ASSESSMENT',
  /** 密码应用安全性评估（密评） */
  CRYPTO_ASSESSMENT = 'CRYPTO_ASSESSMENT',
  /** 网络安全检测（漏洞扫描、渗透测试等） */
  SECURITY_TEST = 'SECURITY_TEST',
}

export enum SecurityTestResult {
  /** 符合 */
  PASSED = 'PASSED',
  /** 基本符合 */
  PASSED_WITH_ISSUES = 'PASSED_WITH_ISSUES',
  /** 不符合 */
  FAILED = 'FAILED',
}

/** PM-19: what went wrong. */
export enum FindingKind {
  /** 未履行审批、备案程序 */
  PROCEDURE_VIOLATION = 'PROCEDURE_VIOLATION',
  /** 严重超支 */
  SERIOUS_OVERSPEND = 'SERIOUS_OVERSPEND',
  /** 质量低劣 */
  POOR_QUALITY = 'POOR_QUALITY',
  /** 损失浪费 */
  LOSS_OR_WASTE = 'LOSS_OR_WASTE',
  /** 安全事故 */
  SECURITY_INCIDENT = 'SECURITY_INCIDENT',
  /** 其他责任事故 */
  OTHER_ACCIDENT = 'OTHER_ACCIDENT',
  /** 未按要求共享数据资源 */
  SHARING_VIOLATION = 'SHARING_VIOLATION',
  /** 截留、挪用项目资金 */
  FUND_MISAPPROPRIATION = 'FUND_MISAPPROPRIATION',
  /** 违规安排运行维护经费 */
  IMPROPER_OM_FUNDING = 'IMPROPER_OM_FUNDING',
}

/** PM-19: what follows from it. */
export enum FindingMeasure {
  /** 通报批评 */
  PUBLIC_CRITICISM = 'PUBLIC_CRITICISM',
  /** 移送追究责任人员处分 */
  DISCIPLINE_REFERRAL = 'DISCIPLINE_REFERRAL',
  /** 依《财政违法行为处罚处分条例》查处 */
  FINANCIAL_PENALTY = 'FINANCIAL_PENALTY',
  /** 记录在案，责令改正 */
  RECORDED = 'RECORDED',
}

/** PM-16.1: the six reports an acceptance application carries. */
export const ACCEPTANCE_REPORTS: readonly DocumentKind[] = [
  DocumentKind.CONSTRUCTION_SUMMARY,
  DocumentKind.FINANCIAL_REPORT,
  DocumentKind.AUDIT_REPORT,
  DocumentKind.INTENSIVE_SHARING_ASSESSMENT,
  DocumentKind.SECURITY_RISK_ASSESSMENT,
  DocumentKind.CRYPTO_ASSESSMENT,
];

for (const [e, name, description] of [
  [SharingReviewStatus, 'SharingReviewStatus', 'PM-15'],
  [AcceptanceStatus, 'AcceptanceStatus', 'Workflow state of an acceptance application (PM-16)'],
  [AcceptanceResult, 'AcceptanceResult', 'PM-16.3'],
  [FindingConclusion, 'FindingConclusion', 'PM-12'],
  [ExtensionStatus, 'ExtensionStatus', 'PM-16.2'],
  [SecurityTestKind, 'SecurityTestKind', 'PM-11'],
  [SecurityTestResult, 'SecurityTestResult', 'PM-11'],
  [FindingKind, 'FindingKind', 'PM-19'],
  [FindingMeasure, 'FindingMeasure', 'PM-19'],
] as const) {
  registerEnumType(e, { name, description });
}
