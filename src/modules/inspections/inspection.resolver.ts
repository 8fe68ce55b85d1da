import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { and, keyFilter, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { ProjectRecordFilter } from '../acceptance/acceptance.types';
import { ProjectFinding } from '../acceptance/project-finding.entity';
import { Agency } from '../organizations/agency.entity';
import { Project } from '../projects/project.entity';
import { ProjectInspection } from './inspection.entity';
import { recordProjectInspection } from './inspection.service';
import { ProjectInspectionConnection, ProjectInspectionPayload, ProjectInspectionRecordInput } from './inspection.types';

@Resolver(() => ProjectInspection)
export class ProjectInspectionResolver {
  @Query(() => ProjectInspectionConnection, { description: "The Government Office's inspections (PM-4) the reader may see, newest first" })
  projectInspections(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ProjectRecordFilter, { nullable: true }) filter: ProjectRecordFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<ProjectInspection> = [];
    if (filter?.projectId) where.push({ project: keyFilter(filter.projectId, 'Project') });
    return paginate(ctx, ProjectInspection, and(where), page, { inspectedOn: 'desc' });
  }

  @Mutation(() => ProjectInspectionPayload, { description: 'PM-4: the Government Office records an inspection of a project on the e-government extranet' })
  projectInspectionRecord(@Arg('input', () => ProjectInspectionRecordInput) input: ProjectInspectionRecordInput, @Ctx() ctx: RequestContext) {
    return recordProjectInspection(ctx, input);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the reader may not see the project' })
  project(@Root() inspection: ProjectInspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(inspection.project.id);
  }

  @FieldResolver(() => Agency, { nullable: true })
  recordedByAgency(@Root() inspection: ProjectInspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(inspection.recordedByAgency.id);
  }

  @FieldResolver(() => [ProjectFinding], { description: 'PM-19: the findings recorded from this inspection that the reader may see' })
  projectFindings(@Root() inspection: ProjectInspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(ProjectFinding, 'inspection').load(inspection.id);
  }
}

/** A project's inspections, through a loader. */
@Resolver(() => Project)
export class ProjectInspectionsResolver {
  @FieldResolver(() => [ProjectInspection], { description: "PM-4: the Government Office's inspections of the project the reader may see, oldest first" })
  inspections(@Root() project: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(ProjectInspection, 'project').load(project.id);
  }
}
