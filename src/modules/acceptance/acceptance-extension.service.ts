import type { RequestContext } from '../../context';
import { invalid } from '../../graphql/errors';
import type { Command } from '../../workflow/command';
import { AcceptanceExtension } from './acceptance-extension.entity';
import { acceptanceOrganizer, actorName, blank, lockProject } from './acceptance.helpers';
import type { AcceptanceExtensionApplyInput, AcceptanceExtensionDecideInput } from './acceptance.types';
import { extensionWorkflow as workflow } from './acceptance.workflow';

/** The later of the current due date and today: a new due date must come after it. */
function floorOf(dueOn: string | null | undefined, today: string): string {
  return dueOn && dueOn > today ? dueOn : today;
}

/**
 * PM-16.2: a unit that cannot have its project accepted on time explains why and applies for an
 * extension — to DRC, or to the county DRC for a county project.
 */
export const applyForExtension = workflow.create<AcceptanceExtensionApplyInput>('apply', {
  async build(cmd, input) {
    const project = await lockProject(cmd, input.projectId);
    if (!project) throw cmd.notFound('Project');
    const dueOn = project.acceptanceDueOn ?? null;
    const extension = Object.assign(new AcceptanceExtension(), {
      project,
      decidingAgency: await acceptanceOrganizer(cmd.em, project),
      reasons: input.reasons.trim(),
      previousDueOn: dueOn ?? undefined,
      requestedDueOn: input.requestedDueOn,
      appliedAfterDue: Boolean(dueOn && cmd.today > dueOn),
      appliedBy: cmd.currentUser(),
    });
    // Whoever sees the project is told whether they may file (FORBIDDEN); nobody else learns of it.
    if (!cmd.canRead(extension) && !cmd.canRead(project)) throw cmd.notFound('Project');
    return extension;
  },
  validate: (input) =>
    blank(input.reasons) ? [invalid('PM-16.2', 'reasons', { zh: '请说明不能按期验收的原因', en: 'Say why the project cannot be accepted on time' })] : [],
  check(cmd, extension, input) {
    const floor = floorOf(extension.previousDueOn, cmd.today);
    return input.requestedDueOn <= floor
      ? [invalid('PM-16.2', 'requestedDueOn', { zh: `延期后的验收期限须晚于 ${floor}`, en: `The extended due date must be after ${floor}` })]
      : [];
  },
  note: (i) => i.reasons,
});

const approve = workflow.step<AcceptanceExtensionDecideInput>('approve', {
  check(cmd, extension, input) {
    const floor = floorOf(extension.project.acceptanceDueOn, cmd.today);
    const newDueOn = input.newDueOn ?? extension.requestedDueOn;
    return newDueOn <= floor ? [invalid('PM-16.2', 'newDueOn', { zh: `新的验收期限须晚于 ${floor}`, en: `The new due date must be after ${floor}` })] : [];
  },
  apply(cmd, extension, input) {
    decided(cmd, extension, input);
    extension.approvedDueOn = input.newDueOn ?? extension.requestedDueOn;
    extension.project.acceptanceDueOn = extension.approvedDueOn;
  },
  note: (i) => (i.newDueOn ? `${i.newDueOn}${i.note ? '：' + i.note : ''}` : i.note),
});

const refuse = workflow.step<AcceptanceExtensionDecideInput>('refuse', {
  validate: (input) => (blank(input.note) ? [invalid('PM-16.2', 'note', { zh: '不同意延期须说明理由', en: 'A refusal states its reasons' })] : []),
  apply: decided,
  note: (i) => i.note,
});

function decided(cmd: Command, extension: AcceptanceExtension, input: AcceptanceExtensionDecideInput): void {
  extension.decidedAt = new Date();
  extension.decidedBy = cmd.currentUser();
  extension.decidedByName = actorName(cmd);
  extension.decisionNote = input.note?.trim() || undefined;
}

/** PM-16.2: DRC (or the county DRC) approves with a new due date, or refuses with reasons. */
export function decideExtension(ctx: RequestContext, input: AcceptanceExtensionDecideInput) {
  return input.approve ? approve(ctx, input) : refuse(ctx, input);
}
