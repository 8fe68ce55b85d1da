import { invalid } from '../../graphql/errors';
import type { CloudIncidentResolveInput } from './cloud.types';
import { incidentWorkflow } from './cloud.workflow';

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

// CM-16: provider assessments are scored against BDC's published standard (src/modules/monitoring).
export { recordProviderAssessment } from '../monitoring/assessment.service';
