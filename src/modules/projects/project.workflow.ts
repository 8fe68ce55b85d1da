import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { defineWorkflow } from '../../workflow/workflow';
import { panelFacts } from '../experts/expert-panel';
import { Project } from './project.entity';
import type { ProjectStatus } from './project.enums';
import { ProjectFactSource } from './project.facts';
import { projectMachine, type ProjectFacts } from './project.machine';

/** The request's batched fact source for reads; a command's own for its transaction. */
function factSource(ctx: RequestContext, em: EntityManager): ProjectFactSource {
  return em === ctx.em ? ctx.loaders.memo('projectFacts', () => new ProjectFactSource(em)) : new ProjectFactSource(em);
}

/** The project aggregate for the workflow engine (PM-7, PM-8, PM-14, PM-16.3). */
export const projectWorkflow = defineWorkflow<Project, ProjectStatus, ProjectFacts>({
  machine: projectMachine,
  subjectType: 'Project',
  // Locked: two steps on one project take turns, and the second sees what the first did (an
  // invitation, an opinion, a confirmation).
  load: async (cmd, key) => {
    const project = await cmd.em.findOne(Project, key, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (project) await cmd.em.populate(project, ['constructionUnit', 'division', 'planEntry']);
    return project;
  },
  facts: async (ctx, em, project) => ({
    ...(await factSource(ctx, em).of(project, ctx.principal?.user.agency.id)),
    expertPanel: panelFacts(project.expertPanel, ctx.principal?.user.id),
  }),
  systemEvents: ['accept'],
  tasks: [
    'submitProposal', 'approveProposal', 'rejectProposal', 'confirmParticipation', 'submitFeasibility', 'recordOpinion',
    'approve', 'returnForRevision', 'reject', 'submitTechnicalPlan', 'recordExpertOpinion', 'recordExpertReview', 'passTechReview', 'failTechReview',
    'confirmBudget', 'recordProcurement', 'confirmProcurement', 'startConstruction',
  ],
});
