import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { and, keyFilter, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { Agency } from '../organizations/agency.entity';
import { Project } from '../projects/project.entity';
import {
  OmContractConnection,
  OmContractPayload,
  OmContractRecordInput,
  ProjectFindingConnection,
  ProjectFindingPayload,
  ProjectFindingRecordInput,
  ProjectRecordFilter,
  SecurityTestConnection,
  SecurityTestPayload,
  SecurityTestRecordInput,
} from './acceptance.types';
import { OmContract } from './om-contract.entity';
import { recordOmContract, recordProjectFinding, recordSecurityTest } from './operation.service';
import { ProjectFinding } from './project-finding.entity';
import { SecurityTest } from './security-test.entity';
import { ProjectInspection } from '../inspections/inspection.entity';

function byProject<T extends { project: Project }>(filter: ProjectRecordFilter | undefined) {
  const where: Where<T> = [];
  if (filter?.projectId) where.push({ project: keyFilter(filter.projectId, 'Project') } as Where<T>[number]);
  return and(where);
}

@Resolver(() => OmContract)
export class OmContractResolver {
  @Query(() => OmContractConnection, { description: 'O&M contracts (PM-13) the reader may see, newest first' })
  omContracts(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ProjectRecordFilter, { nullable: true }) filter: ProjectRecordFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return paginate(ctx, OmContract, byProject<OmContract>(filter), page, { createdAt: 'desc' });
  }

  @Mutation(() => OmContractPayload, { description: 'PM-13: record an O&M procurement contract of an accepted project (at most omContractMaxYears years)' })
  omContractRecord(@Arg('input', () => OmContractRecordInput) input: OmContractRecordInput, @Ctx() ctx: RequestContext) {
    return recordOmContract(ctx, input);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the reader may not see the project' })
  project(@Root() contract: OmContract, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(contract.project.id);
  }

  @FieldResolver(() => Agency, { nullable: true })
  recordedByAgency(@Root() contract: OmContract, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(contract.recordedByAgency.id);
  }
}

@Resolver(() => SecurityTest)
export class SecurityTestResolver {
  @Query(() => SecurityTestConnection, { description: 'Security tests and risk assessments (PM-11) the reader may see, newest first' })
  securityTests(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ProjectRecordFilter, { nullable: true }) filter: ProjectRecordFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return paginate(ctx, SecurityTest, byProject<SecurityTest>(filter), page, { testedOn: 'desc' });
  }

  @Mutation(() => SecurityTestPayload, { description: 'PM-11: record a security test or risk assessment (kind, date, tester, result)' })
  securityTestRecord(@Arg('input', () => SecurityTestRecordInput) input: SecurityTestRecordInput, @Ctx() ctx: RequestContext) {
    return recordSecurityTest(ctx, input);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the reader may not see the project' })
  project(@Root() test: SecurityTest, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(test.project.id);
  }

  @FieldResolver(() => Agency, { nullable: true })
  recordedByAgency(@Root() test: SecurityTest, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(test.recordedByAgency.id);
  }
}

@Resolver(() => ProjectFinding)
export class ProjectFindingResolver {
  @Query(() => ProjectFindingConnection, { description: 'Findings and criticism (PM-19) the reader may see, newest first' })
  projectFindings(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ProjectRecordFilter, { nullable: true }) filter: ProjectRecordFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return paginate(ctx, ProjectFinding, byProject<ProjectFinding>(filter), page, { createdAt: 'desc' });
  }

  @Mutation(() => ProjectFindingPayload, { description: 'PM-19: DRC, Finance, NSC or BDC records a finding against a project, within its duty; the Government Office one from its inspection (inspectionId)' })
  projectFindingRecord(@Arg('input', () => ProjectFindingRecordInput) input: ProjectFindingRecordInput, @Ctx() ctx: RequestContext) {
    return recordProjectFinding(ctx, input);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the reader may not see the project' })
  project(@Root() finding: ProjectFinding, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Project).load(finding.project.id);
  }

  @FieldResolver(() => Agency, { nullable: true })
  recordedByAgency(@Root() finding: ProjectFinding, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(finding.recordedByAgency.id);
  }

  @FieldResolver(() => ProjectInspection, { nullable: true, description: 'PM-4: the inspection the finding comes from (null if none, or unless the reader may see it)' })
  inspection(@Root() finding: ProjectFinding, @Ctx() ctx: RequestContext) {
    return finding.inspection ? ctx.loaders.byKey(ProjectInspection).load(finding.inspection.id) : null;
  }
}
