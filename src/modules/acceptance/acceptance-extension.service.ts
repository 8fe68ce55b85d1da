import type { RequestContext } from '../../context';
import { keyOf } from '../../graphql/global-id';
import { runCommand } from '../../workflow/command';
import { AcceptanceExtension } from './acceptance-extension.entity';
import { ExtensionStatus } from './acceptance.enums';
import { commandFacts } from './acceptance.facts';
import { acceptanceOrganizer, actorName, blank, lockProject } from './acceptance.helpers';
import { invalid, refuseIfAny } from '../../graphql/errors';
import { recordTransition } from '../../workflow/transition';
import { extensionMachine, NONE } from './acceptance.machine';

export interface ExtensionApplyInput {
  projectId: string;
  reasons: string;
  requestedDueOn: string;
}

export interface ExtensionDecideInput {
  approve: boolean;
  /** The new due date; the requested one when omitted. */
  newDueOn?: string | null;
  note?: string | null;
}

/**
 * PM-16.2: a unit that cannot have its project accepted on time explains why and applies for an
 * extension — to DRC, or to the county government for a county project.
 */
export function applyForExtension(ctx: RequestContext, input: ExtensionApplyInput) {
  return runCommand(ctx, { action: 'apply', subjectType: 'AcceptanceExtension' }, async (cmd) => {
    const project = await lockProject(cmd, input.projectId);
    if (!project) throw cmd.notFound('Project');
    const facts = commandFacts(cmd);
    const deciding = await acceptanceOrganizer(cmd.em, project);
    const extensions = await facts.acceptanceExtensions(project.id);
    const dueOn = project.acceptanceDueOn ?? null;
    const extension = Object.assign(new AcceptanceExtension(), {
      project,
      decidingAgency: deciding,
      reasons: input.reasons.trim(),
      previousDueOn: dueOn ?? undefined,
      requestedDueOn: input.requestedDueOn,
      appliedAfterDue: Boolean(dueOn && facts.today > dueOn),
      appliedBy: cmd.currentUser(),
    });
    if (!cmd.canRead(extension)) throw cmd.notFound('Project');
    cmd.authorize('apply', extension);
    cmd.subjectId = extension.id;

    const state = extensions.at(-1)?.status ?? NONE;
    const problems = extensionMachine.blockers(state, 'apply', await facts.extensionFacts(project.id));
    if (blank(input.reasons)) {
      problems.push(invalid('PM-16.2', 'reasons', { zh: '请说明不能按期验收的原因', en: 'Say why the project cannot be accepted on time' }));
    }
    const floor = dueOn && dueOn > facts.today ? dueOn : facts.today;
    if (input.requestedDueOn <= floor) {
      problems.push(
        invalid('PM-16.2', 'requestedDueOn', {
          zh: `延期后的验收期限须晚于 ${floor}`,
          en: `The extended due date must be after ${floor}`,
        }),
      );
    }
    refuseIfAny(problems);
    cmd.em.persist(extension);
    recordTransition(cmd, extension, 'apply', NONE, extension.status, input.reasons);
    return extension;
  });
}

/** PM-16.2: DRC (or the county government) approves with a new due date, or refuses with reasons. */
export function decideExtension(ctx: RequestContext, id: string, input: ExtensionDecideInput) {
  const key = keyOf(id, 'AcceptanceExtension');
  const action = input.approve ? 'approve' : 'refuse';
  return runCommand(ctx, { action, subjectType: 'AcceptanceExtension', subjectId: key ?? undefined }, async (cmd) => {
    const extension = key ? await cmd.em.findOne(AcceptanceExtension, key, { populate: ['project'] }) : null;
    if (!extension || !cmd.canRead(extension)) throw cmd.notFound('AcceptanceExtension');
    cmd.authorize(action, extension);
    const facts = commandFacts(cmd);
    const problems = extensionMachine.blockers(extension.status, action, await facts.extensionFacts(extension.project.id, extension));
    const project = extension.project;
    const newDueOn = input.newDueOn ?? extension.requestedDueOn;
    if (input.approve) {
      const floor = project.acceptanceDueOn && project.acceptanceDueOn > facts.today ? project.acceptanceDueOn : facts.today;
      if (newDueOn <= floor) {
        problems.push(
          invalid('PM-16.2', 'newDueOn', { zh: `新的验收期限须晚于 ${floor}`, en: `The new due date must be after ${floor}` }),
        );
      }
    } else if (blank(input.note)) {
      problems.push(invalid('PM-16.2', 'note', { zh: '不同意延期须说明理由', en: 'A refusal states its reasons' }));
    }
    refuseIfAny(problems);
    const from = extension.status;
    extension.status = input.approve ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
    extension.decidedAt = new Date();
    extension.decidedBy = cmd.currentUser();
    extension.decidedByName = actorName(cmd);
    extension.decisionNote = input.note?.trim() || undefined;
    if (input.approve) {
      extension.approvedDueOn = newDueOn;
      project.acceptanceDueOn = newDueOn;
    }
    recordTransition(cmd, extension, action, from, extension.status, input.approve ? `${newDueOn}${input.note ? '：' + input.note : ''}` : input.note);
    return extension;
  });
}
