import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id';

/** Relay Node: every object with a global ID can be fetched by `node(id)`. */
@InterfaceType('Node', { resolveType: (value: object) => value.constructor.name })
export abstract class Node {
  @Field(() => ID, { name: 'id' })
  globalId(this: { id: string }): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
