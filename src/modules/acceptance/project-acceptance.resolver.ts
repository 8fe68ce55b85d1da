import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { localize, Refusal } from '../../graphql/errors';
import { relation, then } from '../../graphql/relations';
import { AvailableAction, availableActions } from '../../workflow/available-actions';
import { NONE, type Machine, type None } from '../../workflow/machine';
import type { Agency } from '../organizations/agency.entity';
import { Project } from '../projects/project.entity';
import { AcceptanceExtension } from './acceptance-extension.entity';
import { AcceptanceRecord } from './acceptance-record.entity';
import { factsOf } from './acceptance.facts';
import { acceptanceOrganizer } from './acceptance.helpers';
import { acceptanceMachine, extensionMachine, sharingReviewMachine } from './acceptance.machine';
import { sharingReviewWorkflow } from './acceptance.workflow';
import { SharingReview } from './sharing-review.entity';

/** The agency that receives a project's applications, once per division and request. */
async function organizerOf(ctx: RequestContext, project: Project): Promise<Agency> {
  // The division's code is the key of the project's division, on a row as on an entity.
  const byDivision = ctx.loaders.memo('acceptanceOrganizers', () => new Map<string, Promise<Agency>>());
  const code = project.division.code;
  if (!byDivision.has(code)) byDivision.set(code, acceptanceOrganizer(ctx.em, project));
  return byDivision.get(code)!;
}

/** `event` of a machine judged on an object not filed yet, listed under its mutation's name. */
function filing<S extends string, F>(ctx: RequestContext, mutation: string, event: string, machine: Machine<S | None, F>, draft: object, facts: F): AvailableAction {
  const action = availableActions(ctx, machine, draft, NONE, facts).find((a) => a.action === event)!;
  return Object.assign(action, { action: mutation });
}

function refused(ctx: RequestContext, mutation: string, refusal: Refusal): AvailableAction {
  return Object.assign(new AvailableAction(), { action: mutation, allowed: false, blockers: refusal.problems.map((p) => localize(p, ctx.lang)) });
}

const sharingReviewsOf = relation(Project, 'sharingReview', { kind: 'manyBy', entity: SharingReview, key: 'project' }, 'id');
const acceptanceRecordsOf = relation(Project, 'acceptanceRecords', { kind: 'manyBy', entity: AcceptanceRecord, key: 'project' }, 'id');

/**
 * A project's acceptance, seen from the project: its sharing review, applications and extension
 * applications, each with its own `availableActions`, and what the reader may file on it now.
 */
@Resolver(() => Project)
export class ProjectAcceptanceResolver {
  @FieldResolver(() => SharingReview, { nullable: true, description: 'PM-15: the data-sharing review (null until the unit asks, or unless the reader may see it)' })
  sharingReview(@Root() project: Project, @Ctx() ctx: RequestContext) {
    return then(sharingReviewsOf(ctx, project), ([review]) => review ?? null);
  }

  @FieldResolver(() => [AcceptanceRecord], { description: 'PM-16: the acceptance applications the reader may see, oldest first' })
  acceptanceRecords(@Root() project: Project, @Ctx() ctx: RequestContext) {
    return acceptanceRecordsOf(ctx, project);
  }

  @FieldResolver(() => [AcceptanceExtension], { description: 'PM-16.2: the extension applications the reader may see, oldest first' })
  acceptanceExtensions(@Root() project: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.manyBy(AcceptanceExtension, 'project').load(project.id);
  }

  @FieldResolver(() => [AvailableAction], {
    description:
      'What the reader may file on the project now, by mutation: sharingReviewRequest (PM-15), acceptanceApply (PM-16.1), ' +
      'acceptanceExtensionApply (PM-16.2), each with every reason it would be refused. Judged by the same machines and ' +
      'policies as the mutations; steps of an object already filed are in its own availableActions.',
  })
  async acceptanceFilings(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<AvailableAction[]> {
    const facts = factsOf(ctx);
    const filings: AvailableAction[] = [];

    // A request after a return is a step of the review itself; the first one files it.
    const review = await facts.sharingReview(project.id);
    if (!review) {
      const draft = Object.assign(new SharingReview(), { project });
      filings.push(filing(ctx, 'sharingReviewRequest', 'request', sharingReviewMachine, draft, await facts.sharingFacts(project.id)));
    } else if (ctx.ability.can('read', review)) {
      const request = (await sharingReviewWorkflow.availableActions(ctx, review)).find((a) => a.action === 'request')!;
      filings.push(Object.assign(request, { action: 'sharingReviewRequest' }));
    }

    let organizer: Agency | undefined;
    try {
      organizer = await organizerOf(ctx, project);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      // Nobody receives the project's applications: that is the answer, unless the reader may file nothing at all.
      if (!ctx.readOnly) return [...filings, refused(ctx, 'acceptanceApply', e), refused(ctx, 'acceptanceExtensionApply', e)];
    }
    const record = Object.assign(new AcceptanceRecord(), { project, organizerAgency: organizer });
    filings.push(filing(ctx, 'acceptanceApply', 'apply', acceptanceMachine, record, await facts.acceptanceFacts(project.id)));
    const extension = Object.assign(new AcceptanceExtension(), { project, decidingAgency: organizer });
    filings.push(filing(ctx, 'acceptanceExtensionApply', 'apply', extensionMachine, extension, await facts.extensionFacts(project.id)));
    return filings;
  }
}
