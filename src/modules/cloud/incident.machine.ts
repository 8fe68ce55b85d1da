import { Machine } from '../../workflow/machine';
import { CloudIncidentStatus as S } from './cloud.enums';

/**
 * CM-19: a fault is recorded open (by the tenancy's `reportIncident`) and resolved once, with whose
 * responsibility it was.
 */
export const incidentMachine = new Machine<S, object>('CloudIncident', [{ event: 'resolve', from: [S.OPEN], to: S.RESOLVED, rule: 'CM-19' }]);
