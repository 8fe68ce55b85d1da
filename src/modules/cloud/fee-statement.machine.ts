import { Machine, NONE, type None } from '../../workflow/machine';
import { FeeStatementStatus as S } from './cloud.enums';

/** CM-6: the finance bureau of the tenant's level issues a month's statement, then settles it. */
export const feeStatementMachine = new Machine<S | None, object>('FeeStatement', [
  { event: 'issue', from: [NONE], to: S.ISSUED, rule: 'CM-6' },
  { event: 'settle', from: [S.ISSUED], to: S.SETTLED, rule: 'CM-6' },
]);
