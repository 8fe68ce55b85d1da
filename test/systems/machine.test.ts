import { rectificationMachine } from '../../src/modules/organizations/rectification.machine';
import { RectificationStatus } from '../../src/modules/organizations/rectification-order.entity';
import { InformationSystemStatus as S } from '../../src/modules/systems/system.enums';
import { systemMachine, type SystemFacts } from '../../src/modules/systems/system.machine';
import { isCurrent } from '../../src/modules/systems/system.service';
import { AssessmentResult } from '../../src/modules/systems/system.enums';

const NONE = 'NONE' as S;
type Row = [string, S, string, Partial<SystemFacts>, S | string[]];

/** (state, event, facts) → next state, or the rule IDs of every unmet prerequisite. */
const rows: Row[] = [
  ['PM-17 an existing system is registered in service', NONE, 'register', { inService: true }, S.IN_SERVICE],
  ['PM-17 a system being built is registered planned', NONE, 'register', { inService: false }, S.PLANNED],
  ['CM-4 a migrated system replaces the unit’s system in service', NONE, 'register', { replaces: { sameOwner: true, status: S.IN_SERVICE } }, S.PLANNED],
  ['CM-4 not another unit’s system', NONE, 'register', { replaces: { sameOwner: false, status: S.IN_SERVICE } }, ['CM-4']],
  ['CM-4 not a retired one', NONE, 'register', { replaces: { sameOwner: true, status: S.RETIRED } }, ['CM-4']],
  ['PM-16.3 the accepted project’s system goes into service', S.PLANNED, 'accept', { projectAccepted: true }, S.IN_SERVICE],
  ['PM-16.3 not before the acceptance', S.PLANNED, 'accept', {}, ['PM-16.3']],
  ['CM-13 the tenancy’s cut-over puts it in service', S.PLANNED, 'cutOver', { tenancyCutOver: true }, S.IN_SERVICE],
  ['CM-13 not before the cut-over', S.PLANNED, 'cutOver', {}, ['CM-13']],
  ['CM-4 the replaced system is kept as the fallback once the new one cut over', S.IN_SERVICE, 'startMigration', { replacementCutOverOn: '2026-03-10' }, S.MIGRATING],
  ['CM-13 not before the new one cut over', S.IN_SERVICE, 'startMigration', {}, ['CM-13']],
  ['CM-13 the old system is retired 3 months after the cut-over', S.MIGRATING, 'retire', { replacementCutOverOn: '2026-03-10', retentionEndsOn: '2026-06-10', today: '2026-06-10' }, S.RETIRED],
  ['CM-13 not a day before', S.MIGRATING, 'retire', { replacementCutOverOn: '2026-03-10', retentionEndsOn: '2026-06-10', today: '2026-06-09' }, ['CM-13']],
  ['PM-17 a system not replaced is retired by its unit', S.IN_SERVICE, 'retire', {}, S.RETIRED],
  ['PM-17 a retired system is retired once', S.RETIRED, 'retire', {}, ['PM-17']],
  ['PM-17 a retired system’s entry is no longer kept', S.RETIRED, 'update', {}, ['PM-17']],
  ['PM-11 a 密评 is recorded for a system in service', S.IN_SERVICE, 'recordCryptoAssessment', {}, S.IN_SERVICE],
  ['PM-11 an 等保 test for the fallback too', S.MIGRATING, 'recordSecurityTest', {}, S.MIGRATING],
  ['PM-11 not for a retired one', S.RETIRED, 'recordCryptoAssessment', {}, ['PM-11']],
];

describe('the catalog’s machine of an information system (PM-17, CM-4, CM-13)', () => {
  it.each(rows)('%s', (_name, state, event, facts, expected) => {
    const out = systemMachine.decide(state, event, { status: state, today: '2026-06-01', ...facts });
    if (Array.isArray(expected)) expect(out.ok ? out.to : out.problems.map((p) => p.rule)).toEqual(expected);
    else expect(out.ok ? out.to : out.problems).toBe(expected);
  });
});

describe('PM-17: a rectification order closes only when the defects of the systems it names are cleared', () => {
  it('PM-17: refuses the close while a defect remains', () => {
    const remaining = [{ zh: '「甲系统」无有效的密码应用安全性评估', en: '“A”: no current cryptography assessment' }, { zh: '「乙系统」重复采集数据', en: '“B”: collects data twice' }];
    const out = rectificationMachine.decide(RectificationStatus.OPEN, 'close', { remainingSystemDefects: remaining });
    expect(out.ok ? out.to : out.problems.map((p) => [p.rule, p.gate, p.message.en])).toEqual([
      ['PM-17', 'systemDefectsCleared', 'Not every defect of the systems the order names has been cleared: “A”: no current cryptography assessment; “B”: collects data twice'],
    ]);
  });

  it('PM-17: closes an order whose defects are cleared, or that names none', () => {
    expect(rectificationMachine.decide(RectificationStatus.OPEN, 'close', { remainingSystemDefects: [] })).toEqual({ ok: true, to: RectificationStatus.CLOSED });
  });
});

describe('PM-11: a result is current when it is a pass within the validity', () => {
  it.each([
    ['PM-11 a pass of today', AssessmentResult.PASSED, '2026-06-01', true],
    ['PM-11 a basic pass on the first day of the validity', AssessmentResult.BASICALLY_PASSED, '2025-06-01', true],
    ['PM-11 a pass a day older', AssessmentResult.PASSED, '2025-05-31', false],
    ['PM-11 a failure', AssessmentResult.FAILED, '2026-06-01', false],
  ] as const)('%s', (_name, result, on, current) => {
    expect(isCurrent(result, on, '2026-06-01', 12)).toBe(current);
  });
});
