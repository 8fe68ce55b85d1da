import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { relation, then } from '../../graphql/relations';
import { Project } from '../projects/project.entity';
import { Catalog } from './catalog.entity';

const catalogsOf = relation(Project, 'catalog', { kind: 'manyBy', entity: Catalog, key: 'project' }, 'id');

/** A project's information-resource catalog, seen from the project (one per project, PM-9(3)). */
@Resolver(() => Project)
export class ProjectCatalogResolver {
  @FieldResolver(() => Catalog, { nullable: true, description: 'PM-9(3): its information-resource catalog (null until created, or unless the reader may see it)' })
  catalog(@Root() project: Project, @Ctx() ctx: RequestContext) {
    return then(catalogsOf(ctx, project), ([catalog]) => catalog ?? null);
  }
}
