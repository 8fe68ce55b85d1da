import { defineMessages } from '../../workflow/messages';

/** The catalog gates' messages, by gate name (PM-9(3)). */
export const catalogMessages = defineMessages({
  catalogHasEntries: { zh: '信息资源目录至少须有一条信息资源', en: 'The catalog lists at least one information resource' },
  catalogOnePerProject: { zh: '该项目已有信息资源目录', en: 'The project already has a catalog' },
  catalogUsagePublished: { zh: '只能对已发布目录中的信息资源反馈使用情况', en: 'Usage is recorded on resources of published catalogs only' },
  catalogUsageShared: { zh: '该信息资源不予共享，无使用情况可反馈', en: 'The resource is not shared; there is no use to record' },
  catalogUsageByConsumer: {
    zh: '使用情况由使用部门反馈，提供方不能反馈本单位的信息资源',
    en: 'Usage is recorded by the consuming agency, not by the provider',
  },
});
