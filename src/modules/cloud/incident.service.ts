import type { RequestContext } from '../../context';
import { conflict, invalid, Refusal, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { runCommand } from '../../workflow/command';
import { Agency } from '../organizations/agency.entity';
import { AgencyKind } from '../organizations/organization.enums';
import type { CloudIncidentResolveInput, CloudProviderAssessmentInput } from './cloud.types';
import { incidentWorkflow } from './cloud.workflow';
import { CloudProviderAssessment } from './incident.entity';

export { reportIncident } from './tenancy.service';

/** CM-19: the fault is resolved and the responsibility recorded (BDC, or the provider on its own tenancies). */
export const resolveIncident = incidentWorkflow.step<CloudIncidentResolveInput>('resolve', {
  note: (input) => input.resolution,
  validate: (input) => (input.resolution.trim() ? [] : [invalid('CM-19', 'resolution', { zh: '请说明处理情况', en: 'Say how it was resolved' })]),
  apply(cmd, incident, input) {
    incident.responsibility = input.responsibility;
    incident.resolution = input.resolution.trim();
    incident.resolvedAt = cmd.ctx.services.clock?.now() ?? new Date();
    incident.resolvedBy = cmd.currentUser();
  },
});

const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

/** CM-16: BDC records a provider's service-quality assessment for a month or quarter. */
export function recordProviderAssessment(ctx: RequestContext, input: CloudProviderAssessmentInput) {
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
    const problems: Problem[] = [];
    if (!provider) problems.push(invalid('CM-16', 'providerId', { zh: '没有该云服务商', en: 'No such cloud provider' }));
    if (!PERIOD.test(assessment.period)) problems.push(invalid('CM-16', 'period', { zh: '考核期为 YYYY-MM 或 YYYY-Qn', en: 'The period is YYYY-MM or YYYY-Qn' }));
    if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) problems.push(invalid('CM-16', 'score', { zh: '得分为 0 至 100', en: 'The score is 0 to 100' }));
    if (input.availabilityPercent !== undefined && (Number(input.availabilityPercent) < 0 || Number(input.availabilityPercent) > 100)) {
      problems.push(invalid('CM-16', 'availabilityPercent', { zh: '可用率为 0 至 100', en: 'Availability is 0 to 100 percent' }));
    }
    if (!assessment.findings) problems.push(invalid('CM-16', 'findings', { zh: '请填写考核意见', en: 'Give the findings' }));
    if (problems.length) throw new Refusal(problems);
    if (await cmd.em.count(CloudProviderAssessment, { provider: provider!, period: assessment.period })) {
      throw new Refusal([conflict('CM-16', { zh: '该服务商该期已考核', en: 'This provider was already assessed for the period' }, 'period')]);
    }
    cmd.em.persist(assessment);
    return assessment;
  });
}
