import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { inbox } from './inbox.service';
import { TaskConnection, TaskFilter } from './inbox.types';

@Resolver()
export class InboxResolver {
  @Query(() => TaskConnection, {
    description:
      "The current user's to-do list (待办): every object on which the user may take a step now, with the steps, the due date and working days left where a deadline runs. An OA system acting for a user sees that user's.",
  })
  myTasks(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20)' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return inbox(ctx, first ?? undefined, after ?? undefined, filter ?? undefined);
  }
}
