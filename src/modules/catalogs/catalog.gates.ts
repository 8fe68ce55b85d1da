import type { EntityManager } from '@mikro-orm/postgresql';
import type { Gate } from '../../workflow/machine';
import { CatalogEntry, CatalogStatus } from './catalog.entity';

/** States in which a project's catalog counts as submitted for its approval (PM-9(3)). */
export const SUBMITTED_STATES: readonly CatalogStatus[] = [CatalogStatus.SUBMITTED, CatalogStatus.PUBLISHED];

/**
 * PM-9(3) "信息资源目录是审批政务信息化项目的必备条件": whether the project has a submitted catalog.
 *
 * True when the project's catalog is SUBMITTED (awaiting BDC) or PUBLISHED and lists at least one
 * entry; false when it has none, or it is a DRAFT, or BDC RETURNED it for revision.
 *
 * `projectId` is the project's database key (a UUID, not a Relay global ID). Pass the entity
 * manager of the running command (`cmd.em`), so that the answer is read inside its transaction.
 * One SQL statement; no authorization (the caller's own policy check decides who may approve).
 *
 * The project workflow's DRC approval gates on it, e.g. with `catalogSubmittedGate`:
 *   facts.catalogSubmitted = await catalogSubmitted(cmd.em, project.id);
 */
export async function catalogSubmitted(em: EntityManager, projectId: string): Promise<boolean> {
  const n = await em.count(CatalogEntry, { catalog: { project: projectId, status: { $in: [...SUBMITTED_STATES] } } });
  return n > 0;
}

/** The gate for a machine whose facts carry `catalogSubmitted` (from `catalogSubmitted()`), PM-9(3). */
export function catalogSubmittedGate<F extends { catalogSubmitted: boolean }>(): Gate<F> {
  return {
    name: 'catalogSubmitted',
    rule: 'PM-9(3)',
    message: {
      zh: '项目须已报送信息资源目录（已提交或已发布，且至少一条信息资源）方可审批',
      en: 'The project needs a submitted information-resource catalog (submitted or published, with at least one resource) before approval',
    },
    check: (f) => f.catalogSubmitted,
  };
}
