import { defineMessages } from '../../workflow/messages';

/** The messages of the catalog of information systems' gates (PM-17, CM-4, CM-13), keyed by gate name. */
export const systemMessages = defineMessages({
  replacedSystemInService: {
    zh: '迁移上云的新系统所替代的原系统须为本单位目录中在用的系统',
    en: 'A migrated system replaces a system of the same unit that is in service in the catalog',
  },
  systemProjectAccepted: {
    zh: '建设该系统的项目尚未通过验收',
    en: 'The project that built the system has not passed acceptance',
  },
  systemTenancyCutOver: {
    zh: '系统所在的政务云资源尚未完成割接上线',
    en: 'The system’s cloud tenancy has not cut over',
  },
  replacementCutOver: {
    zh: '替代它的新系统尚未割接上线，原系统仍在正常使用',
    en: 'The system replacing it has not cut over; the old one is still the one in service',
  },
  oldSystemKeptThreeMonths: {
    zh: '原系统须在新系统割接上线后保留至少 3 个月，期满后方可停用',
    en: 'The old system is kept at least 3 months after the new one cut over; it can be retired only after that',
  },
});
