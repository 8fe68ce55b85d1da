import type { EntityManager } from '@mikro-orm/postgresql';
import { todayOf } from '../../calendar/clock';
import type { RequestContext } from '../../context';
import { defineWorkflow } from '../../workflow/workflow';
import { AcceptanceExtension } from './acceptance-extension.entity';
import { AcceptanceRecord } from './acceptance-record.entity';
import type { AcceptanceStatus, ExtensionStatus, SharingReviewStatus } from './acceptance.enums';
import { AcceptanceFactSource, factsOf } from './acceptance.facts';
import {
  acceptanceMachine,
  extensionMachine,
  sharingReviewMachine,
  type AcceptanceFacts,
  type ExtensionFacts,
  type SharingReviewFacts,
} from './acceptance.machine';
import { SharingReview } from './sharing-review.entity';

const commandSources = new WeakMap<EntityManager, AcceptanceFactSource>();

/** The request's batched fact source for reads; one per unit of work for a command's transaction. */
export function factSource(ctx: RequestContext, em: EntityManager): AcceptanceFactSource {
  if (em === ctx.em) return factsOf(ctx);
  let source = commandSources.get(em);
  if (!source) commandSources.set(em, (source = new AcceptanceFactSource(em, todayOf(ctx.services.clock))));
  return source;
}

/** PM-15: the data-sharing review of a project, asked for by its unit and decided by BDC. */
export const sharingReviewWorkflow = defineWorkflow<SharingReview, SharingReviewStatus, SharingReviewFacts>({
  machine: sharingReviewMachine,
  subjectType: 'SharingReview',
  load: (cmd, key) => cmd.em.findOne(SharingReview, key, { populate: ['project'] }),
  facts: (ctx, em, review) => factSource(ctx, em).sharingFacts(review.project.id),
  tasks: ['request', 'confirm', 'return'],
});

/** PM-12, PM-15, PM-16: an acceptance application and its course; a pass accepts the project. */
export const acceptanceWorkflow = defineWorkflow<AcceptanceRecord, AcceptanceStatus, AcceptanceFacts>({
  machine: acceptanceMachine,
  subjectType: 'AcceptanceRecord',
  load: (cmd, key) => cmd.em.findOne(AcceptanceRecord, key, { populate: ['project'] }),
  facts: (ctx, em, record) => factSource(ctx, em).acceptanceFacts(record.project.id, record),
  tasks: ['organize', 'delegate', 'recordResult', 'reportToDrc'],
});

/** PM-16.2: an application to move the acceptance due date. */
export const extensionWorkflow = defineWorkflow<AcceptanceExtension, ExtensionStatus, ExtensionFacts>({
  machine: extensionMachine,
  subjectType: 'AcceptanceExtension',
  load: (cmd, key) => cmd.em.findOne(AcceptanceExtension, key, { populate: ['project'] }),
  facts: (ctx, em, extension) => factSource(ctx, em).extensionFacts(extension.project.id, extension),
  tasks: ['approve', 'refuse'],
});
