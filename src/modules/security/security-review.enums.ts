import { registerEnumType } from 'type-graphql';

/** PM-4, PM-12: NSC's conclusion on a project's security (网络安全审查) or its cryptography plan. */
export enum SecurityReviewConclusion {
  /** 通过 */
  PASSED = 'PASSED',
  /** 有条件通过（须整改） */
  PASSED_WITH_CONDITIONS = 'PASSED_WITH_CONDITIONS',
  /** 不通过 */
  FAILED = 'FAILED',
}

registerEnumType(SecurityReviewConclusion, { name: 'SecurityReviewConclusion', description: 'PM-4, PM-12' });
