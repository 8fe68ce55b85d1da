import { AgencyKind, DivisionKind, Role } from '../../modules/organizations/organization.enums';

import { CITY_CODE } from '../../modules/organizations/division.entity';

export { CITY_CODE };

/** Ji'an City and its county-level units (RULES.md; GB/T 2260 where a code exists). */
export interface CountySeed {
  code: string;
  name: string;
  nameEn: string;
  kind: DivisionKind;
  /** Slug for readable agency codes and usernames. */
  slug: string;
  /** Name of its government (or management committee). */
  government: string;
  /** A department of the county that builds systems. */
  department: string;
  /** Its approving department (本级审批部门, PM-8.3): the DRC, or a zone's economic development bureau. */
  drc: string;
}

export const counties: CountySeed[] = [
  { code: '360802', name: '吉州区', nameEn: 'Jizhou District', kind: DivisionKind.DISTRICT, slug: 'jizhou', government: '吉州区人民政府', department: '吉州区教育体育局', drc: '吉州区发展和改革委员会' },
  { code: '360803', name: '青原区', nameEn: 'Qingyuan District', kind: DivisionKind.DISTRICT, slug: 'qingyuan', government: '青原区人民政府', department: '青原区教育体育局', drc: '青原区发展和改革委员会' },
  { code: '360821', name: '吉安县', nameEn: "Ji'an County", kind: DivisionKind.COUNTY, slug: 'jianxian', government: '吉安县人民政府', department: '吉安县教育体育局', drc: '吉安县发展和改革委员会' },
  { code: '360822', name: '吉水县', nameEn: 'Jishui County', kind: DivisionKind.COUNTY, slug: 'jishui', government: '吉水县人民政府', department: '吉水县教育体育局', drc: '吉水县发展和改革委员会' },
  { code: '360823', name: '峡江县', nameEn: 'Xiajiang County', kind: DivisionKind.COUNTY, slug: 'xiajiang', government: '峡江县人民政府', department: '峡江县教育体育局', drc: '峡江县发展和改革委员会' },
  { code: '360824', name: '新干县', nameEn: 'Xingan County', kind: DivisionKind.COUNTY, slug: 'xingan', government: '新干县人民政府', department: '新干县教育体育局', drc: '新干县发展和改革委员会' },
  { code: '360825', name: '永丰县', nameEn: 'Yongfeng County', kind: DivisionKind.COUNTY, slug: 'yongfeng', government: '永丰县人民政府', department: '永丰县教育体育局', drc: '永丰县发展和改革委员会' },
  { code: '360826', name: '泰和县', nameEn: 'Taihe County', kind: DivisionKind.COUNTY, slug: 'taihe', government: '泰和县人民政府', department: '泰和县教育体育局', drc: '泰和县发展和改革委员会' },
  { code: '360827', name: '遂川县', nameEn: 'Suichuan County', kind: DivisionKind.COUNTY, slug: 'suichuan', government: '遂川县人民政府', department: '遂川县教育体育局', drc: '遂川县发展和改革委员会' },
  { code: '360828', name: '万安县', nameEn: "Wan'an County", kind: DivisionKind.COUNTY, slug: 'wanan', government: '万安县人民政府', department: '万安县教育体育局', drc: '万安县发展和改革委员会' },
  { code: '360829', name: '安福县', nameEn: 'Anfu County', kind: DivisionKind.COUNTY, slug: 'anfu', government: '安福县人民政府', department: '安福县教育体育局', drc: '安福县发展和改革委员会' },
  { code: '360830', name: '永新县', nameEn: 'Yongxin County', kind: DivisionKind.COUNTY, slug: 'yongxin', government: '永新县人民政府', department: '永新县教育体育局', drc: '永新县发展和改革委员会' },
  { code: '360881', name: '井冈山市', nameEn: 'Jinggangshan City', kind: DivisionKind.COUNTY_CITY, slug: 'jinggangshan', government: '井冈山市人民政府', department: '井冈山市教育体育局', drc: '井冈山市发展和改革委员会' },
  { code: '360800-ETDZ', name: '井冈山经开区', nameEn: 'Jinggangshan Economic and Technological Development Zone', kind: DivisionKind.ZONE, slug: 'etdz', government: '井冈山经济技术开发区管理委员会', department: '井冈山经开区社会事务管理局', drc: '井冈山经开区经济发展局' },
  { code: '360800-LLXQ', name: '庐陵新区', nameEn: 'Luling New Area', kind: DivisionKind.ZONE, slug: 'luling', government: '庐陵新区管理委员会', department: '庐陵新区社会事务局', drc: '庐陵新区经济发展局' },
  { code: '360800-JGSGLJ', name: '井冈山管理局', nameEn: 'Jinggangshan Administration Bureau', kind: DivisionKind.ZONE, slug: 'jgsglj', government: '井冈山管理局', department: '井冈山管理局社会事务局', drc: '井冈山管理局经济发展局' },
];

export interface AgencySeed {
  code: string;
  name: string;
  nameEn: string;
  kind: AgencyKind;
  countyCode?: string;
  parentCode?: string;
  /** PM-16.3: the bureau a public institution belongs to (its 主管部门). */
  competentCode?: string;
  users: { username: string; displayName: string; roles: Role[] }[];
}

const { CLERK, REVIEWER, LEADER } = Role;

const municipal: AgencySeed[] = [
  { code: 'DRC', name: '吉安市发展和改革委员会', nameEn: "Ji'an Development and Reform Commission", kind: AgencyKind.DRC, users: [
    { username: 'drc.clerk', displayName: '市发改委 经办人 周敏', roles: [CLERK] },
    { username: 'drc.reviewer', displayName: '市发改委 审核员 王磊', roles: [REVIEWER] },
    { username: 'drc.leader', displayName: '市发改委 分管领导 李建国', roles: [LEADER] },
  ] },
  { code: 'FINANCE', name: '吉安市财政局', nameEn: "Ji'an Finance Bureau", kind: AgencyKind.FINANCE, users: [
    { username: 'finance.clerk', displayName: '市财政局 经办人 赵丽', roles: [CLERK] },
    { username: 'finance.leader', displayName: '市财政局 科长 孙伟', roles: [LEADER] },
  ] },
  { code: 'AUDIT', name: '吉安市审计局', nameEn: "Ji'an Audit Bureau", kind: AgencyKind.AUDIT, users: [
    { username: 'audit.auditor', displayName: '市审计局 审计员 钱芳', roles: [REVIEWER] },
  ] },
  { code: 'NSC', name: '吉安市委网络安全和信息化中心', nameEn: "Ji'an Network Security and Informatization Center", kind: AgencyKind.NSC, users: [
    { username: 'nsc.reviewer', displayName: '市委网信中心 审核员 冯涛', roles: [REVIEWER] },
    { username: 'nsc.leader', displayName: '市委网信中心 主任 陈刚', roles: [LEADER] },
  ] },
  { code: 'BDC', name: '吉安市大数据中心', nameEn: "Ji'an Big Data Center", kind: AgencyKind.BDC, users: [
    { username: 'bdc.clerk', displayName: '市大数据中心 经办人 刘洋', roles: [CLERK] },
    { username: 'bdc.reviewer', displayName: '市大数据中心 审核员 黄静', roles: [REVIEWER] },
    { username: 'bdc.leader', displayName: '市大数据中心 主任 吴强', roles: [LEADER] },
  ] },
  { code: 'GOV-OFFICE', name: '吉安市人民政府办公室', nameEn: "General Office of the Ji'an Municipal Government", kind: AgencyKind.GOV_OFFICE, users: [
    { username: 'govoffice.reviewer', displayName: '市政府办公室 秘书 郑凯', roles: [REVIEWER] },
  ] },
  { code: 'PARTY-OFFICE', name: '中共吉安市委办公室', nameEn: "General Office of the CPC Ji'an Municipal Committee", kind: AgencyKind.PARTY_OFFICE, users: [
    { username: 'partyoffice.reviewer', displayName: '市委办公室 秘书 何琳', roles: [REVIEWER] },
  ] },
];

/** Municipal departments and public institutions: construction units and cloud users. */
const departments: [string, string, string, string][] = [
  ['GAJ', 'gaj', '吉安市公安局', "Ji'an Public Security Bureau"],
  ['JYJ', 'jyj', '吉安市教育局', "Ji'an Education Bureau"],
  ['WJW', 'wjw', '吉安市卫生健康委员会', "Ji'an Health Commission"],
  ['RSJ', 'rsj', '吉安市人力资源和社会保障局', "Ji'an Human Resources and Social Security Bureau"],
  ['ZRZYJ', 'zrzyj', '吉安市自然资源局', "Ji'an Natural Resources Bureau"],
  ['ZJJ', 'zjj', '吉安市住房和城乡建设局', "Ji'an Housing and Urban-Rural Development Bureau"],
  ['SCJGJ', 'scjgj', '吉安市市场监督管理局', "Ji'an Market Regulation Administration"],
  ['MZJ', 'mzj', '吉安市民政局', "Ji'an Civil Affairs Bureau"],
  ['JTYSJ', 'jtysj', '吉安市交通运输局', "Ji'an Transport Bureau"],
  ['YBJ', 'ybj', '吉安市医疗保障局', "Ji'an Healthcare Security Bureau"],
  ['GXJ', 'gxj', '吉安市工业和信息化局', "Ji'an Industry and Information Technology Bureau"],
  ['XZSPJ', 'xzspj', '吉安市行政审批局', "Ji'an Administrative Approval Bureau"],
];

/** Municipal public institutions (事业单位), each under the bureau it belongs to (PM-16.3). */
const institutions: [string, string, string, string, string][] = [
  ['ZXRMYY', 'zxrmyy', '吉安市中心人民医院', "Ji'an Central People's Hospital", 'WJW'],
  ['JAZYJSXY', 'jazy', '吉安职业技术学院', "Ji'an Vocational and Technical College", 'JYJ'],
  ['GGZYJY', 'ggzy', '吉安市公共资源交易中心', "Ji'an Public Resources Trading Center", 'XZSPJ'],
];

const firms: AgencySeed[] = [
  // CM-14: the cloud monitoring platform (云监管平台) posts utilisation readings as this service account, and does nothing else.
  { code: 'CLOUD-MONITOR', name: '吉安市政务云监管平台', nameEn: "Ji'an Government Cloud Monitoring Platform", kind: AgencyKind.MONITORING, users: [
    { username: 'monitor.platform', displayName: '政务云监管平台（服务账号）', roles: [] },
  ] },
  { code: 'CT-JIAN', name: '中国电信股份有限公司吉安分公司', nameEn: "China Telecom Ji'an Branch", kind: AgencyKind.CLOUD_PROVIDER, users: [
    { username: 'telecom.operator', displayName: '电信吉安 政务云运维 邓华', roles: [CLERK] },
  ] },
  { code: 'CMCC-JIAN', name: '中国移动通信集团江西有限公司吉安分公司', nameEn: "China Mobile Jiangxi Ji'an Branch", kind: AgencyKind.CLOUD_PROVIDER, users: [
    { username: 'mobile.operator', displayName: '移动吉安 政务云运维 罗斌', roles: [CLERK] },
  ] },
  { code: 'GANXIN-SUP', name: '江西赣信信息工程监理有限公司', nameEn: 'Jiangxi Ganxin IT Engineering Supervision Co.', kind: AgencyKind.SUPERVISOR, users: [
    { username: 'ganxin.engineer', displayName: '赣信监理 总监理工程师 曾勇', roles: [CLERK] },
  ] },
  { code: 'EXPERTS', name: '吉安市政务信息化评审专家库', nameEn: "Ji'an e-Government Review Expert Pool", kind: AgencyKind.EXPERT, users: [
    { username: 'expert.liu', displayName: '评审专家 刘建华（信息系统架构）', roles: [REVIEWER] },
    { username: 'expert.chen', displayName: '评审专家 陈晓梅（网络安全与密码应用）', roles: [REVIEWER] },
    { username: 'expert.wang', displayName: '评审专家 王志远（云计算与数据共享）', roles: [REVIEWER] },
  ] },
];

function countyAgencies(c: CountySeed): AgencySeed[] {
  const up = c.slug.toUpperCase();
  const govCode = `${up}-GOV`;
  return [
    { code: govCode, name: c.government, nameEn: `${c.nameEn} Government`, kind: AgencyKind.COUNTY_GOV, countyCode: c.code, users: [
      { username: `${c.slug}.gov`, displayName: `${c.government} 分管领导`, roles: [LEADER] },
    ] },
    { code: `${up}-FIN`, name: `${c.name}财政局`, nameEn: `${c.nameEn} Finance Bureau`, kind: AgencyKind.FINANCE, countyCode: c.code, parentCode: govCode, users: [
      { username: `${c.slug}.finance`, displayName: `${c.name}财政局 经办人`, roles: [CLERK, LEADER] },
    ] },
    { code: `${up}-DRC`, name: c.drc, nameEn: `${c.nameEn} ${c.kind === DivisionKind.ZONE ? 'Economic Development Bureau' : 'Development and Reform Commission'}`, kind: AgencyKind.COUNTY_DRC, countyCode: c.code, parentCode: govCode, users: [
      { username: `${c.slug}.drc.clerk`, displayName: `${c.drc} 经办人`, roles: [CLERK] },
      { username: `${c.slug}.drc.reviewer`, displayName: `${c.drc} 审核员`, roles: [REVIEWER] },
      { username: `${c.slug}.drc.leader`, displayName: `${c.drc} 分管领导`, roles: [LEADER] },
    ] },
    { code: `${up}-EGOV`, name: `${c.name}电子政务办公室`, nameEn: `${c.nameEn} e-Government Office`, kind: AgencyKind.COUNTY_EGOV, countyCode: c.code, parentCode: govCode, users: [
      { username: `${c.slug}.egov`, displayName: `${c.name}电子政务办公室 经办人`, roles: [CLERK, LEADER] },
    ] },
    { code: `${up}-DEPT`, name: c.department, nameEn: `${c.nameEn} Education and Sports Bureau`, kind: AgencyKind.DEPARTMENT, countyCode: c.code, parentCode: govCode, users: [
      { username: `${c.slug}.dept`, displayName: `${c.department} 经办人`, roles: [CLERK] },
      { username: `${c.slug}.deptleader`, displayName: `${c.department} 分管领导`, roles: [LEADER] },
    ] },
  ];
}

export const agencies: AgencySeed[] = [
  ...municipal,
  ...departments.map(([code, slug, name, nameEn]): AgencySeed => ({
    code,
    name,
    nameEn,
    kind: AgencyKind.DEPARTMENT,
    users: [
      { username: `${slug}.clerk`, displayName: `${name} 经办人`, roles: [CLERK] },
      { username: `${slug}.leader`, displayName: `${name} 分管领导`, roles: [LEADER] },
    ],
  })),
  ...institutions.map(([code, slug, name, nameEn, competentCode]): AgencySeed => ({
    code,
    name,
    nameEn,
    kind: AgencyKind.DEPARTMENT,
    competentCode,
    users: [
      { username: `${slug}.clerk`, displayName: `${name} 经办人`, roles: [CLERK] },
      { username: `${slug}.leader`, displayName: `${name} 分管领导`, roles: [LEADER] },
    ],
  })),
  ...firms,
  ...counties.flatMap(countyAgencies),
];
