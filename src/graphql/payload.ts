import { Field, ObjectType, type ClassType } from 'type-graphql';
import { UserError } from './errors';

export interface PayloadShape<T> {
  value: T | null;
  errors: UserError[];
}

/**
 * `XPayload { <field>: X, errors: [UserError!]! }`: the result of a mutation. On refusal the object
 * is null and `errors` says why (all problems at once); nothing was changed.
 */
export function PayloadType<T extends object>(name: string, field: string, node: ClassType<T>): ClassType<PayloadShape<T>> {
  @ObjectType(name)
  class Payload {
    value!: T | null;

    @Field(() => [UserError])
    errors!: UserError[];
  }
  Field(() => node, { name: field, nullable: true })(Payload.prototype, 'value');
  return Payload;
}
