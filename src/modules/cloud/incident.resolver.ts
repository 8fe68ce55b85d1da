import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { and, keyFilter, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { AvailableAction } from '../../workflow/available-actions';
import { Agency } from '../organizations/agency.entity';
import {
  CloudIncidentPayload,
  CloudIncidentReportInput,
  CloudIncidentResolveInput,
  CloudProviderAssessmentConnection,
  CloudProviderAssessmentInput,
  CloudProviderAssessmentPayload,
} from './cloud.types';
import { incidentWorkflow } from './cloud.workflow';
import { CloudIncident, CloudProviderAssessment } from './incident.entity';
import { recordProviderAssessment, reportIncident, resolveIncident } from './incident.service';
import { CloudTenancy } from './tenancy.entity';

@Resolver(() => CloudIncident)
export class CloudIncidentResolver {
  @Mutation(() => CloudIncidentPayload, { description: 'CM-19: record a fault on a tenancy' })
  cloudIncidentReport(@Arg('input', () => CloudIncidentReportInput) input: CloudIncidentReportInput, @Ctx() ctx: RequestContext) {
    return reportIncident(ctx, input);
  }

  @Mutation(() => CloudIncidentPayload, { description: 'CM-19: record how a fault was resolved and whose it was' })
  cloudIncidentResolve(@Arg('input', () => CloudIncidentResolveInput) input: CloudIncidentResolveInput, @Ctx() ctx: RequestContext) {
    return resolveIncident(ctx, input);
  }

  @FieldResolver(() => [AvailableAction], { description: 'What the reader may do next, and why not' })
  availableActions(@Root() i: CloudIncident, @Ctx() ctx: RequestContext) {
    return incidentWorkflow.availableActions(ctx, i);
  }

  @FieldResolver(() => CloudTenancy, { nullable: true })
  tenancy(@Root() i: CloudIncident, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(CloudTenancy).load(i.tenancy.id);
  }

  @FieldResolver(() => Agency, { nullable: true })
  reportedByAgency(@Root() i: CloudIncident, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(i.reportedByAgency.id);
  }
}

@Resolver(() => CloudProviderAssessment)
export class CloudProviderAssessmentResolver {
  @Query(() => CloudProviderAssessmentConnection, { description: 'CM-16: BDC’s quality assessments of providers' })
  cloudProviderAssessments(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('providerId', () => ID, { nullable: true }) providerId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const where: Where<CloudProviderAssessment> = [];
    if (providerId) where.push({ provider: keyFilter(providerId, 'Agency') });
    return paginate(ctx, CloudProviderAssessment, and(where), page, { period: 'desc' });
  }

  @Mutation(() => CloudProviderAssessmentPayload, { description: 'CM-16: BDC records a provider’s quality assessment' })
  cloudProviderAssessmentRecord(@Arg('input', () => CloudProviderAssessmentInput) input: CloudProviderAssessmentInput, @Ctx() ctx: RequestContext) {
    return recordProviderAssessment(ctx, input);
  }

  @FieldResolver(() => Agency, { nullable: true })
  provider(@Root() a: CloudProviderAssessment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(a.provider.id);
  }
}
