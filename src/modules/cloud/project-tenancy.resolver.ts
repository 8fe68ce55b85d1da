import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { relation } from '../../graphql/relations';
import { Project } from '../projects/project.entity';
import { CloudTenancy } from './tenancy.entity';

const tenanciesOf = relation(Project, 'cloudTenancies', { kind: 'manyBy', entity: CloudTenancy, key: 'project' }, 'id');

/** The cloud tenancies that serve a project, seen from the project. */
@Resolver(() => Project)
export class ProjectTenancyResolver {
  @FieldResolver(() => [CloudTenancy], { description: 'CM-9: the cloud tenancies filed for it that the reader may see, oldest first' })
  cloudTenancies(@Root() project: Project, @Ctx() ctx: RequestContext) {
    return tenanciesOf(ctx, project);
  }
}
