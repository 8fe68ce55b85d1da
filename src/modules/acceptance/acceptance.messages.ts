import { DocumentKind } from '../documents/document.enums';
import { defineMessages } from '../../workflow/messages';
import { ACCEPTANCE_REPORTS } from './acceptance.enums';

const REPORT_NAMES: Record<string, { zh: string; en: string }> = {
  [DocumentKind.CONSTRUCTION_SUMMARY]: { zh: '项目建设总结', en: 'construction summary' },
  [DocumentKind.FINANCIAL_REPORT]: { zh: '财务报告', en: 'financial report' },
  [DocumentKind.AUDIT_REPORT]: { zh: '审计报告', en: 'audit report' },
  [DocumentKind.INTENSIVE_SHARING_ASSESSMENT]: { zh: '集约化建设和信息资源共享评估报告', en: 'intensive-construction and sharing assessment' },
  [DocumentKind.SECURITY_RISK_ASSESSMENT]: { zh: '安全风险评估报告', en: 'security risk assessment' },
  [DocumentKind.CRYPTO_ASSESSMENT]: { zh: '密码应用安全性评估报告', en: 'cryptography application security assessment' },
};

export function reportName(kind: DocumentKind): { zh: string; en: string } {
  return REPORT_NAMES[kind] ?? { zh: kind, en: kind };
}

/** The gate of one of the six acceptance reports (PM-16.1). */
export function reportGateName(kind: DocumentKind): string {
  return `reportAttached:${kind}`;
}

/**
 * The messages of the acceptance gates (acceptance.machine.ts), keyed by gate name: a client keys
 * on `UserError.gate` and always meets these texts.
 */
export const acceptanceMessages = defineMessages({
  // Data-sharing review (PM-15)
  sharingProjectUnderConstruction: {
    zh: '项目建成验收前方可申请数据共享审查：项目须处于建设中',
    en: 'The data-sharing review is asked for before acceptance, while the project is under construction',
  },
  // Acceptance (PM-15, PM-16)
  acceptanceProjectUnderConstruction: {
    zh: '项目须处于建设中（建成后申请验收）',
    en: 'The project must be under construction (acceptance follows construction)',
  },
  noActiveAcceptance: {
    zh: '该项目已有进行中或已通过的验收申请；验收不通过后方可重新申请',
    en: 'The project has an open or passed acceptance application; a new one follows only a failure',
  },
  sharingConfirmed: {
    zh: '未经市大数据中心出具数据共享完成确认意见的项目，不予组织验收',
    en: "No acceptance without BDC's confirmation of the project's data sharing",
  },
  mlpsTestRecorded: {
    zh: '安全风险评估报告须包括网络安全等级保护测评报告：请先登记等级保护测评（PM-11）',
    en: 'The security risk assessment includes the MLPS test report: record the MLPS test first (PM-11)',
  },
  withinDueDate: {
    zh: '已超过验收期限：请先向市发改委说明原因并申请延期验收，经批准后再申请验收',
    en: 'The acceptance due date has passed: apply to DRC for an extension, with reasons, before applying',
  },
  competentDepartmentNamed: {
    zh: '该项目未登记项目主管部门（部门自建项目）：验收由发改委自行组织',
    en: "The project has no competent department (a bureau's own project): DRC organizes its acceptance itself",
  },
  delegateIsCompetentDepartment: {
    zh: '验收只能委托项目主管部门，不能委托建设单位自身或无关部门',
    en: "Acceptance is delegated only to the project's competent department, never to the construction unit itself or an unrelated bureau",
  },
  securityReviewOnFile: {
    zh: '验收须记录密码应用和安全审查情况：市委网信中心尚未对该项目进行网络安全审查',
    en: "Acceptance records the cryptography and security review: NSC has not yet reviewed the project's security",
  },
  // Extension of the due date (PM-16.2)
  extensionProjectUnderConstruction: {
    zh: '仅建设中、尚未验收的项目可申请延期验收',
    en: 'Only a project under construction, not yet accepted, may have its acceptance extended',
  },
  noPendingExtension: { zh: '已有待审批的延期验收申请', en: 'An extension application is already awaiting a decision' },
});

export const reportMessages = defineMessages(
  Object.fromEntries(
    ACCEPTANCE_REPORTS.map((kind) => [
      reportGateName(kind),
      { zh: `验收申请须附${reportName(kind).zh}`, en: `The acceptance application needs the ${reportName(kind).en}` },
    ]),
  ),
);
