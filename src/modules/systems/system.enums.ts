import { registerEnumType } from 'type-graphql';

/** Where a system stands in the municipal catalog (PM-17, CM-4, CM-13). */
export enum InformationSystemStatus {
  /** Being built by a project, or the target of a migration, not yet serving. */
  PLANNED = 'PLANNED',
  IN_SERVICE = 'IN_SERVICE',
  /** Replaced by a migrated system that has cut over; kept as the fallback for at least 3 months (CM-13). */
  MIGRATING = 'MIGRATING',
  RETIRED = 'RETIRED',
}

/**
 * The conclusion of an MLPS test (等级保护测评) or a cryptography assessment (密码应用安全性评估):
 * 符合 / 基本符合 / 不符合.
 */
export enum AssessmentResult {
  PASSED = 'PASSED',
  BASICALLY_PASSED = 'BASICALLY_PASSED',
  FAILED = 'FAILED',
}

/** A result that satisfies the requirement (PM-11, PM-17). */
export const PASSING_RESULTS: readonly AssessmentResult[] = [AssessmentResult.PASSED, AssessmentResult.BASICALLY_PASSED];

/** What a project did to a system. */
export enum SystemProjectRole {
  BUILT = 'BUILT',
  CHANGED = 'CHANGED',
}

/**
 * PM-17: the defect of a system that a rectification order names. The first three are judged by
 * the agency that ordered the rectification and cleared by it; the others are facts of the catalog,
 * cleared when the unit (or BDC) records what was missing.
 */
export enum SystemDefectKind {
  /** 未按要求共享数据资源 */
  NOT_SHARING = 'NOT_SHARING',
  /** 重复采集数据 */
  DUPLICATE_COLLECTION = 'DUPLICATE_COLLECTION',
  /** 未纳入市级政务信息系统目录 (registered only when the order found it) */
  MISSING_FROM_CATALOG = 'MISSING_FROM_CATALOG',
  /** 不符合密码应用要求: no current passing 密评 */
  NO_CRYPTO_ASSESSMENT = 'NO_CRYPTO_ASSESSMENT',
  /** 不符合网络安全要求: no current passing 等保 test */
  NO_SECURITY_TEST = 'NO_SECURITY_TEST',
  /** 未编制信息资源目录 (PM-9(3)): no information-resource catalog */
  NO_RESOURCE_CATALOG = 'NO_RESOURCE_CATALOG',
}

/** Defects cleared by recording data (the step that records it clears them), not by a judgment. */
export const DATA_DEFECTS: readonly SystemDefectKind[] = [
  SystemDefectKind.NO_CRYPTO_ASSESSMENT,
  SystemDefectKind.NO_SECURITY_TEST,
  SystemDefectKind.NO_RESOURCE_CATALOG,
];

/** The order reasons of PM-17 and the system defects each may name. */
export const DEFECTS_OF_REASON: Record<string, readonly SystemDefectKind[]> = {
  SHARING_FAILURE: [SystemDefectKind.NOT_SHARING, SystemDefectKind.NO_RESOURCE_CATALOG],
  DUPLICATE_COLLECTION: [SystemDefectKind.DUPLICATE_COLLECTION],
  NOT_IN_SYSTEM_CATALOG: [SystemDefectKind.MISSING_FROM_CATALOG],
  CRYPTO_OR_SECURITY: [SystemDefectKind.NO_CRYPTO_ASSESSMENT, SystemDefectKind.NO_SECURITY_TEST],
};

registerEnumType(InformationSystemStatus, { name: 'InformationSystemStatus', description: 'PM-17, CM-4, CM-13' });
registerEnumType(AssessmentResult, { name: 'AssessmentResult', description: '符合 / 基本符合 / 不符合 (PM-11)' });
registerEnumType(SystemProjectRole, { name: 'SystemProjectRole' });
registerEnumType(SystemDefectKind, { name: 'SystemDefectKind', description: 'PM-17' });
