import type { RequestContext } from '../../context';
import { Refusal, UserErrorCode } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { runCommand } from '../../workflow/command';
import { Agency } from '../organizations/agency.entity';
import { AgencyKind } from '../organizations/organization.enums';
import { CloudIncidentStatus, IncidentResponsibility } from './cloud.enums';
import { invalid, precondition } from './cloud.errors';
import { recordTransition } from '../../workflow/transition';
import { today as todayOf } from './cloud.workflow';
import { CloudIncident, CloudProviderAssessment } from './incident.entity';
import { loadTenancyFor, tenancyGateProblems } from './tenancy.service';

export interface IncidentReportInput {
  tenancyId: string;
  occurredAt: Date;
  description: string;
}

/** CM-19: BDC, the provider or the user records a fault on a tenancy. */
export function reportIncident(ctx: RequestContext, input: IncidentReportInput) {
  return runCommand(ctx, { action: 'reportIncident', subjectType: 'CloudIncident' }, async (cmd) => {
    const t = await loadTenancyFor(cmd, input.tenancyId);
    cmd.authorize('reportIncident', t);
    const problems = await tenancyGateProblems(cmd, t, 'reportIncident', todayOf(ctx));
    if (!input.description.trim()) problems.push(invalid('CM-19', 'description', '请描述故障现象', 'Describe the fault'));
    if (input.occurredAt.getTime() > (ctx.services.clock?.now() ?? new Date()).getTime()) {
      problems.push(invalid('CM-19', 'occurredAt', '发生时间不能晚于现在', 'The fault cannot be in the future'));
    }
    if (problems.length) throw new Refusal(problems);
    const incident = cmd.em.create(CloudIncident, {
      tenancy: t,
      tenant: t.tenant,
      filedBy: t.filedBy,
      provider: t.provider,
      division: t.division,
      reportedByAgency: cmd.currentAgency(),
      reportedBy: cmd.currentUser(),
      occurredAt: input.occurredAt,
      description: input.description.trim(),
    });
    cmd.subjectId = incident.id;
    return incident;
  });
}

export interface IncidentResolveInput {
  responsibility: IncidentResponsibility;
  resolution: string;
}

/** CM-19: the fault is resolved and the responsibility recorded (BDC, or the provider on its own tenancies). */
export function resolveIncident(ctx: RequestContext, id: string, input: IncidentResolveInput) {
  const key = keyOf(id, 'CloudIncident');
  return runCommand(ctx, { action: 'resolve', subjectType: 'CloudIncident', subjectId: key ?? undefined }, async (cmd) => {
    const incident = key ? await cmd.em.findOne(CloudIncident, key) : null;
    if (!incident || !cmd.canRead(incident)) throw cmd.notFound('CloudIncident');
    cmd.authorize('resolve', incident);
    const problems = [];
    if (incident.status !== CloudIncidentStatus.OPEN) problems.push(precondition('CM-19', '故障已处理完毕', 'The incident is already resolved'));
    if (!input.resolution.trim()) problems.push(invalid('CM-19', 'resolution', '请说明处理情况', 'Say how it was resolved'));
    if (problems.length) throw new Refusal(problems);
    incident.status = CloudIncidentStatus.RESOLVED;
    incident.responsibility = input.responsibility;
    incident.resolution = input.resolution.trim();
    incident.resolvedAt = ctx.services.clock?.now() ?? new Date();
    incident.resolvedBy = cmd.currentUser();
    recordTransition(cmd, incident, 'resolve', CloudIncidentStatus.OPEN, incident.status, input.resolution);
    return incident;
  });
}

export interface AssessmentInput {
  providerId: string;
  period: string;
  score: number;
  availabilityPercent?: string;
  findings: string;
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

/** CM-16: BDC records a provider's service-quality assessment for a month or quarter. */
export function recordProviderAssessment(ctx: RequestContext, input: AssessmentInput) {
  return runCommand(ctx, { action: 'record', subjectType: 'CloudProviderAssessment' }, async (cmd) => {
    const key = keyOf(input.providerId, 'Agency');
    const provider = key ? await cmd.em.findOne(Agency, { id: key, kind: AgencyKind.CLOUD_PROVIDER }) : null;
    const assessment = cmd.em.create(CloudProviderAssessment, {
      provider: provider ?? undefined!,
      period: input.period.trim(),
      score: input.score,
      availabilityPercent: input.availabilityPercent,
      findings: input.findings.trim(),
      assessedBy: cmd.currentUser(),
      assessedByAgency: cmd.currentAgency(),
    }, { persist: false }); // persisted once every check passed, so the checks' queries do not flush it
    cmd.authorize('record', assessment);
    cmd.subjectId = assessment.id;
    const problems = [];
    if (!provider) problems.push(invalid('CM-16', 'providerId', '没有该云服务商', 'No such cloud provider'));
    if (!PERIOD.test(assessment.period)) problems.push(invalid('CM-16', 'period', '考核期为 YYYY-MM 或 YYYY-Qn', 'The period is YYYY-MM or YYYY-Qn'));
    if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) problems.push(invalid('CM-16', 'score', '得分为 0 至 100', 'The score is 0 to 100'));
    if (input.availabilityPercent !== undefined && (Number(input.availabilityPercent) < 0 || Number(input.availabilityPercent) > 100)) {
      problems.push(invalid('CM-16', 'availabilityPercent', '可用率为 0 至 100', 'Availability is 0 to 100 percent'));
    }
    if (!assessment.findings) problems.push(invalid('CM-16', 'findings', '请填写考核意见', 'Give the findings'));
    if (problems.length) throw new Refusal(problems);
    if (await cmd.em.count(CloudProviderAssessment, { provider: provider!, period: assessment.period })) {
      throw Refusal.of(UserErrorCode.CONFLICT, 'CM-16', { zh: '该服务商该期已考核', en: 'This provider was already assessed for the period' }, 'period');
    }
    cmd.em.persist(assessment);
    return assessment;
  });
}
