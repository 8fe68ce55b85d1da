import { gate, Machine, NONE, type Gate, type Transition } from '../../workflow/machine';
import { InformationSystemStatus as S } from './system.enums';
import './system.messages';

/** What the gates of the catalog read; gathered by the service, pure here. */
export interface SystemFacts {
  status: S;
  today: string;
  /** register: the system is already running (an existing system), not one a project is building. */
  inService?: boolean;
  /** register: the system it replaces (CM-4), as found for the registering unit. */
  replaces?: { sameOwner: boolean; status: S } | null;
  /** accept: a project that built or changed it passed acceptance (PM-16.3). */
  projectAccepted?: boolean;
  /** cutOver: its tenancy cut over (CM-13). */
  tenancyCutOver?: boolean;
  /** startMigration, retire: the day the system replacing it cut over (CM-13). */
  replacementCutOverOn?: string;
  /** retire of a replaced system: the first day it may be retired, 3 months after that cut-over (CM-13). */
  retentionEndsOn?: string;
}

type G = Gate<SystemFacts>;

export const replacedSystemInService: G = gate('replacedSystemInService', 'CM-4', (f) => !f.replaces || (f.replaces.sameOwner && f.replaces.status === S.IN_SERVICE), {
  field: 'replacesId',
});
export const systemProjectAccepted: G = gate('systemProjectAccepted', 'PM-16.3', (f) => f.projectAccepted === true);
export const systemTenancyCutOver: G = gate('systemTenancyCutOver', 'CM-13', (f) => f.tenancyCutOver === true);
export const replacementCutOver: G = gate('replacementCutOver', 'CM-13', (f) => Boolean(f.replacementCutOverOn));
export const oldSystemKeptThreeMonths: G = gate('oldSystemKeptThreeMonths', 'CM-13', (f) => Boolean(f.retentionEndsOn) && f.today >= f.retentionEndsOn!);

const stay = (f: SystemFacts) => f.status;
const LIVE = [S.PLANNED, S.IN_SERVICE, S.MIGRATING];

const transitions: Transition<S | typeof NONE, SystemFacts>[] = [
  // PM-17: a unit registers its systems (an existing one in service, or one a project is building); BDC keeps the catalog.
  { event: 'register', from: [NONE], to: (f) => (f.inService ? S.IN_SERVICE : S.PLANNED), rule: 'PM-17', gates: [replacedSystemInService] },
  // Kept true by the unit and BDC: links, MLPS level, tests and assessments (PM-11).
  { event: 'update', from: LIVE, to: stay, rule: 'PM-17' },
  { event: 'recordSecurityTest', from: LIVE, to: stay, rule: 'PM-11' },
  { event: 'recordCryptoAssessment', from: LIVE, to: stay, rule: 'PM-11' },
  // Taken by the system as the consequence of another step, in its transaction:
  // the acceptance of the project that built it (PM-16.3) …
  { event: 'accept', from: [S.PLANNED], to: S.IN_SERVICE, rule: 'PM-16.3', gates: [systemProjectAccepted] },
  // … or the cut-over of its tenancy (CM-13) put it in service; a migration's cut-over makes the
  // system it replaces the fallback (CM-4, CM-13) …
  { event: 'cutOver', from: [S.PLANNED], to: S.IN_SERVICE, rule: 'CM-13', gates: [systemTenancyCutOver] },
  { event: 'startMigration', from: [S.IN_SERVICE], to: S.MIGRATING, rule: 'CM-4', gates: [replacementCutOver] },
  // … which is retired no earlier than 3 months after that cut-over (CM-13). Any other system is
  // retired when the unit stops it (PM-17: the catalog says what runs).
  { event: 'retire', from: [S.PLANNED, S.IN_SERVICE], to: S.RETIRED, rule: 'PM-17' },
  { event: 'retire', from: [S.MIGRATING], to: S.RETIRED, rule: 'CM-13', gates: [replacementCutOver, oldSystemKeptThreeMonths] },
];

/** The catalog's status of an information system (PM-17, CM-4, CM-13). */
export const systemMachine = new Machine<S | typeof NONE, SystemFacts>('informationSystem', transitions);

/** The steps the system takes itself (never offered to a user). */
export const SYSTEM_EVENTS = ['accept', 'cutOver', 'startMigration'] as const;
