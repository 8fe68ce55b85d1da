import Decimal from 'decimal.js';
import { rulebook } from '../../rulebook/rulebook';
import { defineMessages } from '../../workflow/messages';

const yuan = (name: string) => new Decimal(rulebook.threshold(name).value).toFixed(2);

/**
 * The messages of the project gates (project.machine.ts), keyed by gate name: a client keys on
 * `UserError.gate` and always meets these texts.
 */
export const projectMessages = defineMessages({
  // Filing (PM-2, PM-7, PM-9, PM-17)
  inScope: { zh: '零星办公电脑、耗材添置不属于政务信息化项目', en: 'Office computers and consumables are outside the scope of the measures' },
  extranetOnly: { zh: '非涉密项目不得建设专网，应依托市政务外网', en: 'Non-classified projects use the e-gov extranet, not a dedicated network' },
  noHardwareOrDataCenter: {
    zh: '不得新建数据中心、机房或采购计算存储硬件，应使用市政务云服务',
    en: 'No data-centre builds or compute/storage hardware: use the government cloud',
  },
  proposalAttached: { zh: '请先提交项目建议书', en: 'Attach the project proposal first' },
  proposalApprovedWhenOutOfPlan: {
    zh: '未纳入规划且未说明国家、省、市明确要求或重大战略等依据及文件的项目，须先报批项目建议书，再编报可行性研究报告',
    en: 'An out-of-plan project that states no basis (a state, provincial or city requirement, a major strategy, security or stability, with its reference) files a proposal before its feasibility study',
  },
  feasibilityAttached: { zh: '请先提交可行性研究报告', en: 'Attach the feasibility study first' },
  feasibilityComplete: {
    zh: '须明确建设主体、资金来源、建设规模和投资概算（概算明细合计须等于投资概算）',
    en: 'State the construction subject, funding source, scale and investment estimate (budget lines must add up to it)',
  },
  preliminaryDesignAttached: {
    zh: `投资额 ${yuan('preliminaryDesignFromInvestment')} 元（含）以上的项目，可研批复后须报送初步设计方案及投资概算`,
    en: `Projects of CNY ${yuan('preliminaryDesignFromInvestment')} or more submit a preliminary design with its investment estimate once the feasibility study is approved`,
  },
  jointPartsConfirmed: {
    zh: '共建项目须明确各共建单位的业务流、数据流和系统接口，并经各共建单位确认',
    en: "Each co-builder's business flow, data flow and interfaces must be recorded and confirmed by it",
  },
  noOpenRectification: {
    zh: '本单位有未完成的整改事项，整改完成前不得新建、改建、扩建政务信息系统',
    en: 'The unit has an open rectification order: no new, rebuild or expansion project until it is closed',
  },

  // Editing the filing while it is the unit's (PM-8.1, PM-7.1, PM-8.2, PM-14)
  filingEditable: { zh: '项目已报审，不能修改申报内容', en: 'The filing can only be edited while in draft or returned for revision' },
  proposalReplaceable: { zh: '项目建议书只能在草稿阶段提交或更换', en: 'The proposal can only be submitted or replaced while the project is a draft' },
  filingDocumentReplaceable: {
    zh: '可行性研究报告只能在报审前或退回修改后提交或更换',
    en: 'The feasibility study can only be submitted or replaced before review or after a return',
  },
  preliminaryDesignReplaceable: {
    zh: '初步设计方案只能在报审前、退回修改后或可研批复后、报审初步设计前提交或更换',
    en: 'The preliminary design can only be submitted or replaced before review, after a return, or after the feasibility study is approved and before the design is submitted',
  },
  technicalPlanReplaceable: {
    zh: '技术性方案须在项目批复后、技术性审查前提交或更换',
    en: 'The technical plan is submitted or replaced after approval and before the technical review',
  },
  supervisionContractAttachable: {
    zh: '监理合同须在项目批复后、验收前提交',
    en: 'The supervision contract is attached after approval and before acceptance',
  },

  // Joint projects (PM-9(6))
  participationUnconfirmed: { zh: '本单位已确认共建内容', en: 'Your agency has already confirmed its part' },

  // DRC's review (PM-5, PM-8.1, PM-9(3))
  invitedThisRound: { zh: '本单位未受邀参与该项目本轮评审', en: 'Your agency was not invited to this round of the review' },
  opinionNotYetRecorded: { zh: '本单位本轮意见已提交', en: 'Your agency has already recorded its opinion in this round' },
  catalogSubmitted: { zh: '信息资源目录是审批的必备条件：请先提交项目的信息资源目录', en: "Approval needs the project's submitted information-resource catalog" },

  // BDC's technical review (PM-8.2, PM-8.3)
  techReviewApplies: {
    zh: `县级项目投资额 ${yuan('countyTechReviewFromInvestment')} 元（含）以上才报市大数据中心技术性审查`,
    en: `County projects go to BDC's technical review from CNY ${yuan('countyTechReviewFromInvestment')}`,
  },
  technicalPlanAttached: { zh: '请先提交技术性方案', en: 'Attach the technical plan first' },
  expertPanelOpinionsRecorded: {
    zh: '须由市大数据中心确定评审专家，且每位专家均已录入本人的评审意见',
    en: 'BDC must name the expert panel, and every expert on it must have recorded its own opinion',
  },
  projectExpertOpinionOpen: { zh: '您已录入评审意见', en: 'You have already recorded your opinion' },
  expertReviewWhenOver5M: {
    zh: `投资额 ${yuan('expertReviewFromInvestment')} 元（含）以上的项目，须先组织专家论证评审`,
    en: `Projects of CNY ${yuan('expertReviewFromInvestment')} or more need a recorded expert review first`,
  },

  // Procurement and construction (PM-4, PM-8.2, PM-10, PM-14)
  techReviewPassed: { zh: '未通过技术性审查的项目，不予招标采购', en: 'No tendering or procurement before the technical review has passed' },
  supervisionProcuredAfterTechReview: {
    zh: '监理服务亦属采购：须在技术性审查通过后签订监理合同',
    en: 'Hiring the supervision firm is procurement too: only after the technical review has passed',
  },
  budgetConfirmed: { zh: '财政部门尚未确认项目预算', en: 'Finance has not confirmed the budget' },
  budgetNotYetConfirmed: { zh: '预算已确认', en: 'The budget is already confirmed' },
  procurementConfirmed: { zh: '财政部门尚未确认政府采购结果', en: 'Finance has not confirmed the procurement' },
  procurementNotYetConfirmed: { zh: '采购结果已确认', en: 'The procurement is already confirmed' },
  supervisionContracted: { zh: '政务信息化项目实行工程监理制：请先登记监理合同', en: 'Engineering supervision is mandatory: record the supervision contract first' },
  implementationNamed: { zh: '请确定项目实施机构和项目责任人', en: 'Name the implementing body and the project leader' },
});
