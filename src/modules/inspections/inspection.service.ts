import type { RequestContext } from '../../context';
import { invalid, precondition, type Problem, refuseIfAny } from '../../graphql/errors';
import { runCommand } from '../../workflow/command';
import { actorName, blank, findProject } from '../acceptance/acceptance.helpers';
import { NetworkKind } from '../projects/project.enums';
import { ProjectInspection } from './inspection.entity';
import type { ProjectInspectionRecordInput } from './inspection.types';

/**
 * PM-4: the Government Office records its inspection (监督检查) of a project deployed on the
 * e-government extranet. A finding of it becomes a PM-19 finding with `projectFindingRecord`
 * (naming the inspection), and that finding may ground a PM-17 order.
 */
export function recordProjectInspection(ctx: RequestContext, input: ProjectInspectionRecordInput) {
  return runCommand(ctx, { action: 'record', subjectType: 'ProjectInspection' }, async (cmd) => {
    const project = await findProject(cmd, input.projectId);
    if (!project || !cmd.canRead(project)) throw cmd.notFound('Project');
    const inspection = Object.assign(new ProjectInspection(), {
      project,
      inspectedOn: input.inspectedOn,
      scope: input.scope.trim(),
      findings: input.findings.trim(),
      recordedBy: cmd.currentUser(),
      recordedByName: actorName(cmd),
      recordedByAgency: cmd.currentAgency(),
    });
    cmd.subjectId = inspection.id;
    cmd.authorize('record', inspection);
    const problems: Problem[] = [];
    if (project.network !== NetworkKind.EGOV_EXTRANET) {
      problems.push(
        precondition('PM-4', {
          zh: '市政府办公室监督检查部署在市电子政务外网上的项目：该项目不在电子政务外网上',
          en: 'The Government Office inspects projects on the e-government extranet; this project is not on it',
        }),
      );
    }
    if (blank(input.scope)) problems.push(invalid('PM-4', 'scope', { zh: '请写明检查范围', en: 'State what the inspection covered' }));
    if (blank(input.findings)) problems.push(invalid('PM-4', 'findings', { zh: '请写明检查发现', en: 'State what the inspection found' }));
    if (input.inspectedOn > cmd.today) problems.push(invalid('PM-4', 'inspectedOn', { zh: '检查日期不能晚于今天', en: 'The inspection cannot be dated in the future' }));
    refuseIfAny(problems);
    cmd.em.persist(inspection);
    return inspection;
  });
}
