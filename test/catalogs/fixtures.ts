import type { FileEntry } from '../../src/modules/catalogs/catalog-file';
import {
  InformationItemDataType,
  OpenType,
  ResourceFormatClass,
  SharingMethod,
  SharingType,
  UpdateCycle,
} from '../../src/modules/catalogs/catalog.enums';

const cycles = Object.values(UpdateCycle);
const dataTypes = Object.values(InformationItemDataType);
const methods = [SharingMethod.PLATFORM_INTERFACE, SharingMethod.PLATFORM_DATABASE, SharingMethod.PLATFORM_FILE, SharingMethod.MEDIUM];
const formats: [ResourceFormatClass, string][] = [
  [ResourceFormatClass.DATABASE, 'KingbaseES'],
  [ResourceFormatClass.SPREADSHEET, 'xlsx'],
  [ResourceFormatClass.ELECTRONIC_FILE, 'OFD'],
  [ResourceFormatClass.IMAGE, 'jpg'],
  [ResourceFormatClass.SELF_DESCRIBING, 'json'],
];

/**
 * `n` entries in the shape of a file, varied over every vocabulary and with the text a real
 * catalog has: commas, quotes, line breaks, semicolons in abstracts, leading zeros in codes.
 */
export function sampleFileEntries(n: number, providerName = '吉安市公安局', providerCode = '11360800MB1234567X'): FileEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const sharingType = [SharingType.UNCONDITIONAL, SharingType.CONDITIONAL, SharingType.NOT_SHARED][i % 3];
    const openType = [OpenType.NOT_OPEN, OpenType.UNCONDITIONAL, OpenType.CONDITIONAL][i % 3 === 2 ? 0 : (i >> 1) % 3];
    const [formatClass, formatType] = formats[i % formats.length];
    const item = String(1 + (i % 7)).padStart(2, '0');
    const category = String(1 + (i % 13)).padStart(3, '0');
    const sub = i % 4 === 0 ? null : String(i % 10);
    const classification = `3${item}${category}${sub ?? ''}`;
    const code = `${classification}/${String(i + 1).padStart(5, '0')}`;
    const items =
      formatClass === ResourceFormatClass.DATABASE || formatClass === ResourceFormatClass.SPREADSHEET || i % 2 === 0
        ? Array.from({ length: 1 + (i % 4) }, (_, k) => ({ name: ['姓名', '公民身份号码', '出生日期', '户籍地址', '登记时间'][k] + (k === 4 ? i : ''), dataType: dataTypes[(i + k) % dataTypes.length] }))
        : [];
    return {
      classCode: '3',
      itemCode: item,
      categoryCode: category,
      subcategoryCode: sub,
      resourceName: `人口基础信息第${i + 1}项${i % 5 === 0 ? '，含"户籍"变动' : ''}`,
      resourceCode: code,
      providerName,
      providerCode,
      abstract: i % 6 === 0 ? `第${i + 1}项摘要：包括姓名、性别；\n按月汇总，"按需"提供, comma` : `第${i + 1}项信息资源的摘要`,
      formatClass,
      formatType,
      informationItems: items,
      sharingType,
      sharingCondition: sharingType === SharingType.CONDITIONAL ? '仅限政务部门依职责使用，需经提供方审核' : null,
      notSharedBasis: sharingType === SharingType.NOT_SHARED ? '《中华人民共和国个人信息保护法》第十三条' : null,
      sharingMethod: sharingType === SharingType.NOT_SHARED ? null : methods[i % methods.length],
      restrictedToOrganizations: sharingType === SharingType.NOT_SHARED && i % 9 === 2 ? ['中国人民银行征信中心', '吉安市公证处'] : [],
      openType,
      openCondition: openType === OpenType.CONDITIONAL ? '申请人实名登记后下载' : null,
      updateCycle: cycles[i % cycles.length],
      publishDate: i % 2 === 0 ? `2026-0${1 + (i % 9)}-1${i % 10}` : null,
      relatedResourceCodes: i > 0 && i % 5 === 0 ? [`3010010/${String(i).padStart(5, '0')}`, '301001/00001'] : [],
      registeredOnExchange: i % 3 !== 2,
    };
  });
}
