import { defineMessages } from '../../workflow/messages';

/**
 * The messages of the government cloud's gates (tenancies, changes, fee statements, incidents),
 * keyed by gate name: a client keys on `UserError.gate` and always meets these texts.
 */
export const cloudMessages = defineMessages({
  // The working calendar (CM-12, CM-13, CM-15): a deadline counted in working days needs its year.
  cloudCalendarCovers: {
    zh: '期限将落在尚未录入法定节假日及调休安排的年份，无法按工作日计算期限；请先发布该年工作日历',
    en: 'The deadline would fall in a year for which no official holiday calendar has been published; working days cannot be counted until that calendar is published',
  },

  // Tenancies (CM-9 … CM-15, CM-21)
  tenancyReturnReasons: { zh: '退回申请须说明理由', en: 'A return must give reasons' },
  zoneCertified: { zh: '所选云区域没有有效的安全认证证书，不能新增租户或扩容', en: 'The zone has no certificate in force: it takes no new tenancy and no expansion' },
  mlpsWithinZone: { zh: '系统的等级保护级别高于所选云区域的测评级别', en: 'The system’s MLPS level is above the level the zone is certified for' },
  cloudExpertsNamed: {
    zh: '须由市大数据中心确定评审专家，且每位专家均已录入本人的评审意见',
    en: 'BDC must name the expert panel, and every expert on it must have recorded its own opinion',
  },
  expertOpinionOpen: { zh: '您已录入评审意见', en: 'You have already recorded your opinion' },
  quotaGiven: { zh: '专家评审须确定至少一项云资源使用量', en: 'The expert review must fix at least one resource amount' },
  responsibilityLetterSigned: { zh: '云使用部门尚未签订《政务云使用责任书》', en: 'The user has not signed the cloud-use responsibility letter' },
  confirmationFormSigned: {
    zh: '云使用部门尚未填写《吉安市政务云资源开通情况确认表》',
    en: 'The user has not filled in the provisioning confirmation form',
  },
  deployedInTime: {
    zh: '已超过 30 个工作日的部署期限，系统将予以退出处理',
    en: 'The 30-working-day deployment deadline has passed; the tenancy is to be exited',
  },
  deploymentOverdue: { zh: '部署期限尚未届满', en: 'The deployment deadline has not passed' },
  deploymentRecorded: {
    zh: '请填写测试日期、安全风险预评估报告和割接上线日期（不晚于今天，不早于开通日期）',
    en: 'Give the test date, the security risk pre-assessment and the cut-over date (not after today, not before provisioning)',
  },
  oldSystemRetained: {
    zh: '迁移上云的原信息系统须至少保留 3 个月作为应急回退措施',
    en: 'A migrated system’s old system must be kept at least 3 months as a fallback',
  },
  deploymentExtensionAskedInTime: {
    zh: '延长部署期限须在部署期限届满前提出',
    en: 'More time to deploy must be asked for before the deployment due date',
  },
  deploymentExtensionReasons: { zh: '申请延长部署期限须说明理由', en: 'A request for more time to deploy must give reasons' },
  noDeploymentExtensionPending: {
    zh: '已有延长部署期限的申请待市大数据中心决定',
    en: 'A request for more time to deploy awaits BDC’s decision',
  },
  deploymentExtensionPending: { zh: '没有待决定的延长部署期限申请', en: 'No request for more time to deploy is pending' },
  oldSystemToRetire: {
    zh: '仅迁移上云且已割接上线、原系统尚未下线的，才能确认原系统下线',
    en: 'Only a migrated system that has cut over, with its old system still kept, can record the old system’s retirement',
  },
  oldSystemRetentionOver: {
    zh: '原信息系统须在割接上线后至少保留 3 个月，期满后方可确认下线',
    en: 'The old system is kept at least 3 months after cut-over; its retirement can be confirmed only after that',
  },
  noOpenChange: { zh: '该租户已有未办结的变更申请', en: 'A change of this tenancy is still open' },
  exitReasonGiven: { zh: '请说明退出原因', en: 'Say why the system leaves the cloud' },
  transitionOver: {
    zh: '20 个工作日的过渡期尚未届满，届满后方可清除数据、回收资源',
    en: 'Data is cleared and resources reclaimed only after the 20-working-day transition',
  },
  notYetCleared: { zh: '云使用部门已确认数据清除', en: 'The user already confirmed the data cleared' },
  notYetReclaimed: { zh: '云服务商已确认资源回收', en: 'The provider already confirmed the resources reclaimed' },
  dataCleared: { zh: '云使用部门尚未确认数据清除', en: 'The user has not confirmed the data cleared' },
  resourcesReclaimed: { zh: '云服务商尚未确认资源回收', en: 'The provider has not confirmed the resources reclaimed' },

  // Changes (CM-14)
  tenancyActive: { zh: '租户已不在使用中（退出中或已下线），不能变更', en: 'The tenancy is no longer in use (exiting or decommissioned)' },
  changeReturnReasons: { zh: '退回变更申请须说明理由', en: 'A return must give reasons' },
  stillExpansion: {
    zh: '扩容评审确定的数量不能低于原有数量，且须至少增加一项',
    en: 'An expansion’s amounts cannot fall below the current ones and must raise at least one',
  },
});
