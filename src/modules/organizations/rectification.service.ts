import { invalid } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { defineWorkflow } from '../../workflow/workflow';
import { ProjectFinding } from '../acceptance/project-finding.entity';
import { Agency } from './agency.entity';
import { AgencyKind } from './organization.enums';
import { RectificationOrder, RectificationStatus } from './rectification-order.entity';
import { rectificationMachine, type RectificationFacts } from './rectification.machine';
import { describeDefects, nameSystemDefects, remainingDefects, stageSystemDefects } from '../systems/system.service';
import type { RectificationOrderCloseInput, RectificationOrderIssueInput } from './rectification.types';

/** The rectification order (PM-17): issued, then closed once the unit rectified. */
export const rectificationWorkflow = defineWorkflow<RectificationOrder, RectificationStatus, RectificationFacts>({
  machine: rectificationMachine,
  subjectType: 'RectificationOrder',
  load: (cmd, key) => cmd.em.findOne(RectificationOrder, key, { populate: ['unit'] }),
  facts: async (_ctx, em, order) => ({ remainingSystemDefects: describeDefects(await remainingDefects(em, order.id)) }),
  tasks: ['close'],
});

/** Units whose systems PM-17 speaks of: government agencies that build or run them, not firms or auditors. */
const RECTIFIABLE_KINDS = Object.values(AgencyKind).filter(
  (k) => ![AgencyKind.AUDIT, AgencyKind.CLOUD_PROVIDER, AgencyKind.SUPERVISOR, AgencyKind.EXPERT, AgencyKind.MONITORING].includes(k),
);

/** PM-17: NSC, BDC or DRC orders a unit to rectify, each within its duty (policies decide which reasons). */
export const issueRectificationOrder = rectificationWorkflow.create<RectificationOrderIssueInput>('issue', {
  build: async (cmd, input) => {
    const unitKey = keyOf(input.unitId, 'Agency');
    const unit = unitKey ? await cmd.em.findOne(Agency, unitKey, { populate: ['county'] }) : null;
    const findingKey = input.findingId ? keyOf(input.findingId, 'ProjectFinding') : null;
    const found = findingKey ? await cmd.em.findOne(ProjectFinding, findingKey, { populate: ['project'] }) : null;
    // The order rests only on a finding the issuer may see, on a project of the unit itself.
    const finding = found && cmd.canRead(found) && unit && found.project.constructionUnit.id === unit.id ? found : undefined;
    return cmd.em.create(
      RectificationOrder,
      {
        unit: unit ?? cmd.currentAgency(),
        reason: input.reason,
        description: input.description.trim(),
        issuedBy: cmd.currentUser(),
        issuedByAgency: cmd.currentAgency(),
        finding,
      },
      { persist: false },
    );
  },
  validate: (input) => (input.description.trim() ? [] : [invalid('PM-17', 'description', { zh: '请说明整改事项', en: 'Describe what must be rectified' })]),
  // Who may order what comes first (the policy); an agency the issuer cannot see is no unit at all.
  check: async (cmd, order, input) => {
    const unit = order.unit;
    const named = unit.id === keyOf(input.unitId, 'Agency') && unit instanceof Agency && cmd.canRead(unit) && RECTIFIABLE_KINDS.includes(unit.kind);
    const systems = await nameSystemDefects(cmd, order, input.systems);
    namedDefects.set(order, systems.defects);
    const problems = [
      ...(named ? [] : [invalid('PM-17', 'unitId', { zh: '被整改单位须为建设或使用政务信息系统的单位', en: 'The unit must be one that builds or runs government systems' })]),
      ...systems.problems,
    ];
    if (input.findingId && !order.finding) {
      problems.push(invalid('PM-17', 'findingId', { zh: '未找到该单位项目上的此项问题', en: "No finding on the unit's projects has this ID" }));
    }
    return problems;
  },
  // PM-17: the systems it is about, with their defects.
  apply: (cmd, order) => stageSystemDefects(cmd, order, namedDefects.get(order) ?? []),
});

/** The system defects an order being issued names, found by its checks, written by its `apply`. */
const namedDefects = new WeakMap<RectificationOrder, Awaited<ReturnType<typeof nameSystemDefects>>['defects']>();

/** Records that the unit rectified; the order no longer blocks new projects. */
export const closeRectificationOrder = rectificationWorkflow.step<RectificationOrderCloseInput>('close', {
  validate: (input) => (input.note.trim() ? [] : [invalid('PM-17', 'note', { zh: '请说明整改完成情况', en: 'Say what was rectified' })]),
  apply: (cmd, order, input) => {
    order.closedAt = new Date();
    order.closedBy = cmd.currentUser();
    order.closingNote = input.note.trim();
  },
  note: (input) => input.note,
});
