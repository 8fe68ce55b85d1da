import { registerEnumType } from 'type-graphql';

/**
 * The vocabularies of the national catalog guide (政务信息资源目录编制指南（试行）, 2017), each value
 * with the Chinese label used in the catalog template (import and export files).
 */

/** 共享类型 (PM-9(3)). */
export enum SharingType {
  /** 无条件共享 */
  UNCONDITIONAL = 'UNCONDITIONAL',
  /** 有条件共享: needs the sharing condition. */
  CONDITIONAL = 'CONDITIONAL',
  /** 不予共享: needs its basis in law, regulation or policy. */
  NOT_SHARED = 'NOT_SHARED',
}

/** 共享方式: through the data-sharing exchange platform (interface, database, file), or by mail or medium. */
export enum SharingMethod {
  PLATFORM_INTERFACE = 'PLATFORM_INTERFACE',
  PLATFORM_DATABASE = 'PLATFORM_DATABASE',
  PLATFORM_FILE = 'PLATFORM_FILE',
  /** 邮件、拷盘、介质交换: only where the platform cannot serve. */
  MEDIUM = 'MEDIUM',
}

/** 开放属性: whether and how the resource is opened to the public. */
export enum OpenType {
  UNCONDITIONAL = 'UNCONDITIONAL',
  CONDITIONAL = 'CONDITIONAL',
  NOT_OPEN = 'NOT_OPEN',
}

/** 更新周期 */
export enum UpdateCycle {
  REAL_TIME = 'REAL_TIME',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  YEARLY = 'YEARLY',
  IRREGULAR = 'IRREGULAR',
}

/** 信息资源格式分类 */
export enum ResourceFormatClass {
  ELECTRONIC_FILE = 'ELECTRONIC_FILE',
  SPREADSHEET = 'SPREADSHEET',
  DATABASE = 'DATABASE',
  IMAGE = 'IMAGE',
  STREAMING_MEDIA = 'STREAMING_MEDIA',
  SELF_DESCRIBING = 'SELF_DESCRIBING',
  OTHER = 'OTHER',
}

/** 信息项数据类型 */
export enum InformationItemDataType {
  CHARACTER = 'CHARACTER',
  NUMERIC = 'NUMERIC',
  CURRENCY = 'CURRENCY',
  DATE = 'DATE',
  DATETIME = 'DATETIME',
  LOGICAL = 'LOGICAL',
  MEMO = 'MEMO',
  GENERAL = 'GENERAL',
  DOUBLE = 'DOUBLE',
  INTEGER = 'INTEGER',
  FLOAT = 'FLOAT',
}

/** 使用情况反馈: what came of using a shared resource (PM-9(3)). */
export enum CatalogUsageOutcome {
  /** 有效使用 */
  EFFECTIVE = 'EFFECTIVE',
  /** 存在数据质量问题 */
  QUALITY_ISSUE = 'QUALITY_ISSUE',
  /** 未能获取 */
  NOT_OBTAINED = 'NOT_OBTAINED',
}

export enum CatalogFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

export enum CatalogImportMode {
  /** The file's entries replace every entry of the catalog. */
  REPLACE = 'REPLACE',
  /** The file's entries are added to those the catalog has. */
  APPEND = 'APPEND',
}

/** 类: the first level of the classification (one digit). */
export const resourceClassLabels: Record<string, string> = {
  '1': '基础信息资源',
  '2': '主题信息资源',
  '3': '部门信息资源',
};

export const sharingTypeLabels: Record<SharingType, string> = {
  UNCONDITIONAL: '无条件共享',
  CONDITIONAL: '有条件共享',
  NOT_SHARED: '不予共享',
};

/** 共享方式分类 and 共享方式类型, the two template columns of a sharing method. */
export const sharingMethodLabels: Record<SharingMethod, { kind: string; type: string }> = {
  PLATFORM_INTERFACE: { kind: '共享平台方式', type: '接口' },
  PLATFORM_DATABASE: { kind: '共享平台方式', type: '数据库' },
  PLATFORM_FILE: { kind: '共享平台方式', type: '文件' },
  MEDIUM: { kind: '邮件或介质方式', type: '' },
};

export const openTypeLabels: Record<OpenType, string> = {
  UNCONDITIONAL: '无条件开放',
  CONDITIONAL: '有条件开放',
  NOT_OPEN: '不予开放',
};

export const updateCycleLabels: Record<UpdateCycle, string> = {
  REAL_TIME: '实时',
  DAILY: '每日',
  WEEKLY: '每周',
  MONTHLY: '每月',
  QUARTERLY: '每季度',
  HALF_YEARLY: '每半年',
  YEARLY: '每年',
  IRREGULAR: '不定时',
};

export const formatClassLabels: Record<ResourceFormatClass, string> = {
  ELECTRONIC_FILE: '电子文件',
  SPREADSHEET: '电子表格',
  DATABASE: '数据库',
  IMAGE: '图形图像',
  STREAMING_MEDIA: '流媒体',
  SELF_DESCRIBING: '自描述格式',
  OTHER: '其他',
};

/** The guide's labels carry the one-letter type code (字符型C). */
export const dataTypeLabels: Record<InformationItemDataType, string> = {
  CHARACTER: '字符型C',
  NUMERIC: '数值型N',
  CURRENCY: '货币型Y',
  DATE: '日期型D',
  DATETIME: '日期时间型T',
  LOGICAL: '逻辑型L',
  MEMO: '备注型M',
  GENERAL: '通用型G',
  DOUBLE: '双精度型B',
  INTEGER: '整型I',
  FLOAT: '浮点型F',
};

/** Whether data of this sharing type is shareable with other agencies (PM-9(3)). */
export function isShareable(type: SharingType): boolean {
  return type !== SharingType.NOT_SHARED;
}

for (const [e, name, description] of [
  [SharingType, 'SharingType', '共享类型 (PM-9(3))'],
  [SharingMethod, 'SharingMethod', '共享方式: exchange-platform interface, database or file; or mail/medium'],
  [OpenType, 'OpenType', '开放属性: opening to the public'],
  [UpdateCycle, 'UpdateCycle', '更新周期'],
  [ResourceFormatClass, 'ResourceFormatClass', '信息资源格式分类'],
  [InformationItemDataType, 'InformationItemDataType', '信息项数据类型'],
  [CatalogUsageOutcome, 'CatalogUsageOutcome', '使用情况反馈 (PM-9(3))'],
  [CatalogFileFormat, 'CatalogFileFormat', 'File format of catalog import and export'],
  [CatalogImportMode, 'CatalogImportMode', 'Whether an import replaces or adds to the entries'],
] as const) {
  registerEnumType(e, { name, description });
}
