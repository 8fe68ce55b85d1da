import type { Msg } from '../../graphql/errors';
import { isIsoDate } from '../../graphql/scalars';
import {
  InformationItemDataType,
  OpenType,
  ResourceFormatClass,
  SharingMethod,
  SharingType,
  UpdateCycle,
  isShareable,
  resourceClassLabels,
} from './catalog.enums';

/**
 * The content of one catalog entry, normalised (strings trimmed, empty strings null, lists without
 * blanks), as stored and as exported. Pure: what the GraphQL mutations and the file import both
 * check, so that an entry refused in one is refused in the other.
 */
export interface InformationItem {
  name: string;
  dataType: InformationItemDataType;
}

export interface EntryData {
  /** 类: one digit (1 基础, 2 主题, 3 部门). */
  classCode: string;
  /** 项: two digits. */
  itemCode: string;
  /** 目: three digits. */
  categoryCode: string;
  /** 细目: digits of any length, or none. */
  subcategoryCode: string | null;
  resourceName: string;
  /** 信息资源代码: the classification digits, `/`, the sequence number. */
  resourceCode: string;
  /** The providing agency (信息资源提供方), by database key. */
  providerId: string;
  /** 信息资源提供方代码, e.g. its unified social credit code. */
  providerCode: string;
  abstract: string;
  formatClass: ResourceFormatClass;
  formatType: string;
  informationItems: InformationItem[];
  sharingType: SharingType;
  sharingCondition: string | null;
  /** 不予共享依据: the law, regulation or policy that keeps the data from being shared. */
  notSharedBasis: string | null;
  sharingMethod: SharingMethod | null;
  /** 仅向特定企业、社会组织开放: refused for shareable data (PM-9(3)). */
  restrictedToOrganizations: string[];
  openType: OpenType;
  openCondition: string | null;
  updateCycle: UpdateCycle;
  /** ISO date (发布日期); filled in on publication when empty. */
  publishDate: string | null;
  relatedResourceCodes: string[];
  /** Registered on the municipal data-sharing exchange platform (PM-9(3)). */
  registeredOnExchange: boolean;
}

export type EntryField = keyof EntryData;

export interface EntryProblem {
  field: EntryField;
  message: Msg;
}

export const LIMITS = {
  resourceName: 200,
  resourceCode: 60,
  providerCode: 40,
  abstract: 2000,
  formatType: 40,
  condition: 1000,
  itemName: 100,
  organization: 200,
  subcategoryDigits: 12,
} as const;

/** Characters that separate the values of a list in one cell of the template. */
export const LIST_SEPARATOR = /[;；]/;
/** Separates an information item's name from its data type in the template. */
export const ITEM_SEPARATOR = /[:：]/;

const RESOURCE_CODE = /^(\d+)\/(\d+)$/;

export function isResourceCode(code: string): boolean {
  return RESOURCE_CODE.test(code);
}

/** The classification digits (类+项+目+细目) that a resource code begins with. */
export function classificationCode(e: Pick<EntryData, 'classCode' | 'itemCode' | 'categoryCode' | 'subcategoryCode'>): string {
  return `${e.classCode}${e.itemCode}${e.categoryCode}${e.subcategoryCode ?? ''}`;
}

/**
 * A shareable resource opened "only to" named companies or organizations, written into a condition
 * instead of the explicit field: 仅向/仅对/仅供/仅限… 公司/企业/集团/社会组织/协会/商会/基金会.
 * A clause that forbids (不得向企业提供) is not a restriction.
 */
const ONLY_TO_ORGANIZATIONS = /仅(?:向|对|供|面向|限)[^，。；,;\n]{0,30}?(?:公司|企业|集团|社会组织|协会|商会|基金会)/;

export function restrictsToOrganizations(text: string | null): boolean {
  if (!text) return false;
  const m = ONLY_TO_ORGANIZATIONS.exec(text);
  return Boolean(m && !/不|禁|非/.test(m[0]));
}

/** Trims a text; blank becomes null. */
export function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const t = value.replace(/\r\n?/g, '\n').trim();
  return t === '' ? null : t;
}

/** Trims the values of a list and drops blanks. */
export function cleanList(values: readonly string[] | null | undefined): string[] {
  return (values ?? []).map((v) => clean(v)).filter((v): v is string => v !== null);
}

/** Control characters (other than tab and newline) have no place in catalog text, nor in XML files. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const TEXT_FIELDS = [
  'subcategoryCode',
  'resourceName',
  'resourceCode',
  'providerCode',
  'abstract',
  'formatType',
  'sharingCondition',
  'notSharedBasis',
  'openCondition',
] as const satisfies readonly EntryField[];

const msg = (zh: string, en: string): Msg => ({ zh, en });

/**
 * Every problem of an entry at once (PM-9(3) and the national catalog guide). The refusals that
 * PM-9(3) itself demands: shareable data opened only to particular companies or organizations, a
 * conditional entry without its condition, a not-shared entry without its legal basis. Uniqueness
 * of resource codes within a catalog is checked by the caller, which sees the other entries.
 */
export function validateEntry(e: EntryData): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const add = (field: EntryField, zh: string, en: string) => problems.push({ field, message: msg(zh, en) });

  for (const field of TEXT_FIELDS) {
    if (CONTROL.test(e[field] ?? '')) add(field, '含有不可见的控制字符', 'Contains control characters');
  }
  if (e.informationItems.some((i) => CONTROL.test(i.name))) add('informationItems', '含有不可见的控制字符', 'Contains control characters');
  if ([...e.restrictedToOrganizations, ...e.relatedResourceCodes].some((v) => CONTROL.test(v))) {
    add(e.relatedResourceCodes.some((v) => CONTROL.test(v)) ? 'relatedResourceCodes' : 'restrictedToOrganizations', '含有不可见的控制字符', 'Contains control characters');
  }

  if (!/^\d$/.test(e.classCode) || !resourceClassLabels[e.classCode]) {
    add('classCode', '“类”须为 1 位数字：1 基础信息资源、2 主题信息资源、3 部门信息资源', 'Class must be one digit: 1 base, 2 thematic, 3 departmental resources');
  }
  if (!/^\d{2}$/.test(e.itemCode)) add('itemCode', '“项”须为 2 位数字', 'Item must be two digits');
  if (!/^\d{3}$/.test(e.categoryCode)) add('categoryCode', '“目”须为 3 位数字', 'Category must be three digits');
  if (e.subcategoryCode !== null && !new RegExp(`^\\d{1,${LIMITS.subcategoryDigits}}$`).test(e.subcategoryCode)) {
    add('subcategoryCode', `“细目”须为不超过 ${LIMITS.subcategoryDigits} 位的数字`, `Subcategory must be at most ${LIMITS.subcategoryDigits} digits`);
  }
  if (!e.resourceName) add('resourceName', '请填写信息资源名称', 'The resource name is required');
  else if (e.resourceName.length > LIMITS.resourceName) add('resourceName', `信息资源名称不超过 ${LIMITS.resourceName} 字`, `At most ${LIMITS.resourceName} characters`);

  const code = RESOURCE_CODE.exec(e.resourceCode ?? '');
  if (!code || e.resourceCode.length > LIMITS.resourceCode) {
    add('resourceCode', '信息资源代码须为“分类码/顺序码”（数字，如 301001001/00001）', 'The resource code must be classification digits, "/", sequence digits (e.g. 301001001/00001)');
  } else if (code[1] !== classificationCode(e)) {
    add('resourceCode', `信息资源代码的分类码（${code[1]}）与类、项、目、细目（${classificationCode(e)}）不一致`, `The code's classification (${code[1]}) differs from class, item, category and subcategory (${classificationCode(e)})`);
  }

  if (!e.providerCode) add('providerCode', '请填写信息资源提供方代码', 'The provider code is required');
  else if (e.providerCode.length > LIMITS.providerCode || /\s/.test(e.providerCode)) add('providerCode', `提供方代码不超过 ${LIMITS.providerCode} 位且不含空白`, `At most ${LIMITS.providerCode} characters, no blanks`);
  if (!e.abstract) add('abstract', '请填写信息资源摘要', 'The abstract is required');
  else if (e.abstract.length > LIMITS.abstract) add('abstract', `摘要不超过 ${LIMITS.abstract} 字`, `At most ${LIMITS.abstract} characters`);
  if (!e.formatType) add('formatType', '请填写信息资源格式类型（如 OFD、xlsx、Oracle）', 'The format type is required (e.g. OFD, xlsx, Oracle)');
  else if (e.formatType.length > LIMITS.formatType) add('formatType', `格式类型不超过 ${LIMITS.formatType} 字`, `At most ${LIMITS.formatType} characters`);

  const names = new Set<string>();
  for (const item of e.informationItems) {
    if (!item.name || item.name.length > LIMITS.itemName || LIST_SEPARATOR.test(item.name) || ITEM_SEPARATOR.test(item.name)) {
      add('informationItems', `信息项名称须为 1–${LIMITS.itemName} 字，且不含分号和冒号`, `Item names have 1–${LIMITS.itemName} characters and no semicolons or colons`);
      break;
    }
    if (names.has(item.name)) {
      add('informationItems', `信息项“${item.name}”重复`, `Information item "${item.name}" is repeated`);
      break;
    }
    names.add(item.name);
  }
  if (e.informationItems.length === 0 && (e.formatClass === ResourceFormatClass.DATABASE || e.formatClass === ResourceFormatClass.SPREADSHEET)) {
    add('informationItems', '数据库和电子表格类资源须列出信息项（名称和数据类型）', 'Database and spreadsheet resources list their information items (name and data type)');
  }

  // PM-9(3): the sharing attributes.
  if (e.sharingType === SharingType.CONDITIONAL && !e.sharingCondition) {
    add('sharingCondition', '有条件共享的信息资源须注明共享条件（PM-9(3)）', 'A conditionally shared resource states its sharing condition (PM-9(3))');
  }
  if (e.sharingType !== SharingType.CONDITIONAL && e.sharingCondition) {
    add('sharingCondition', '只有“有条件共享”的资源填写共享条件', 'Only conditionally shared resources have a sharing condition');
  }
  if (e.sharingCondition && e.sharingCondition.length > LIMITS.condition) add('sharingCondition', `共享条件不超过 ${LIMITS.condition} 字`, `At most ${LIMITS.condition} characters`);
  if (e.sharingType === SharingType.NOT_SHARED && !e.notSharedBasis) {
    add('notSharedBasis', '不予共享的信息资源须注明法律、行政法规或党中央、国务院政策依据（PM-9(3)）', 'A resource that is not shared cites its basis in law, regulation or central policy (PM-9(3))');
  }
  if (e.notSharedBasis && e.notSharedBasis.length > LIMITS.condition) add('notSharedBasis', `依据不超过 ${LIMITS.condition} 字`, `At most ${LIMITS.condition} characters`);
  if (isShareable(e.sharingType) && !e.sharingMethod) {
    add('sharingMethod', '可共享的信息资源须注明共享方式', 'A shareable resource states its sharing method');
  }
  if (!isShareable(e.sharingType) && e.sharingMethod) {
    add('sharingMethod', '不予共享的信息资源不填共享方式', 'A resource that is not shared has no sharing method');
  }
  if (isShareable(e.sharingType) && e.restrictedToOrganizations.length > 0) {
    add(
      'restrictedToOrganizations',
      '应当普遍共享的数据不得仅向特定企业、社会组织开放（PM-9(3)）',
      'Data that should be shared generally must not be opened only to particular companies or organizations (PM-9(3))',
    );
  }
  const orgs = e.restrictedToOrganizations;
  if (orgs.some((o) => o.length > LIMITS.organization || LIST_SEPARATOR.test(o)) || new Set(orgs).size !== orgs.length) {
    add('restrictedToOrganizations', `组织名称不超过 ${LIMITS.organization} 字、不含分号且不重复`, `Organization names have at most ${LIMITS.organization} characters, no semicolons, and are not repeated`);
  }
  if (isShareable(e.sharingType)) {
    for (const field of ['sharingCondition', 'openCondition'] as const) {
      if (restrictsToOrganizations(e[field])) {
        add(field, '应当普遍共享的数据不得仅向特定企业、社会组织开放（PM-9(3)）', 'Data that should be shared generally must not be opened only to particular companies or organizations (PM-9(3))');
      }
    }
  }

  if (e.openType === OpenType.CONDITIONAL && !e.openCondition) add('openCondition', '有条件开放的信息资源须注明开放条件', 'A conditionally opened resource states its opening condition');
  if (e.openType !== OpenType.CONDITIONAL && e.openCondition) add('openCondition', '只有“有条件开放”的资源填写开放条件', 'Only conditionally opened resources have an opening condition');
  if (e.openCondition && e.openCondition.length > LIMITS.condition) add('openCondition', `开放条件不超过 ${LIMITS.condition} 字`, `At most ${LIMITS.condition} characters`);

  if (e.publishDate !== null && !isIsoDate(e.publishDate)) add('publishDate', '发布日期须为 YYYY-MM-DD', 'The publish date is YYYY-MM-DD');

  const related = new Set<string>();
  for (const r of e.relatedResourceCodes) {
    if (!isResourceCode(r) || r.length > LIMITS.resourceCode) {
      add('relatedResourceCodes', `关联资源代码“${r}”格式不正确`, `Related resource code "${r}" is malformed`);
      break;
    }
    if (r === e.resourceCode || related.has(r)) {
      add('relatedResourceCodes', `关联资源代码“${r}”重复或指向本资源`, `Related resource code "${r}" is repeated or the resource itself`);
      break;
    }
    related.add(r);
  }
  return problems;
}

/** Resource codes used more than once in a list of entries. */
export function duplicateCodes(codes: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const c of codes) (seen.has(c) ? dup : seen).add(c);
  return dup;
}
