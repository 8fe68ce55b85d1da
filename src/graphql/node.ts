import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id';

/**
 * Relay Node: every object with a global ID can be fetched by `node(id)`. Entities extend this
 * class (through BaseEntity), so the `id` field computes from the entity itself.
 */
@InterfaceType('Node', { resolveType: (value: object) => value.constructor.name })
export abstract class Node {
  abstract id: string;

  @Field(() => ID, { name: 'id' })
  globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
