import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { DocumentContent } from '../documents/document.entity';
import { User } from '../organizations/user.entity';
import { CloudTenancy } from './tenancy.entity';

/** CM-12: the two documents the user signs before provisioning. */
export enum CloudTenancyDocumentKind {
  /** 《政务云使用责任书》 */
  RESPONSIBILITY_LETTER = 'RESPONSIBILITY_LETTER',
  /** 《吉安市政务云资源开通情况确认表》 */
  PROVISIONING_CONFIRMATION = 'PROVISIONING_CONFIRMATION',
}

registerEnumType(CloudTenancyDocumentKind, { name: 'CloudTenancyDocumentKind', description: 'CM-12' });

/**
 * CM-12: a signed document of a tenancy, uploaded like a project's (POST /documents) and attached
 * with its SM3 hash, so later edits of storage cannot pass unnoticed. Provisioning needs an
 * uploaded one of each kind. Rows without content are the references and dates recorded before
 * documents were uploaded: kept as history, they satisfy no gate.
 */
@ObjectType({ implements: Node, description: 'CM-12: a signed document of a tenancy (责任书, 开通情况确认表)' })
@Entity()
@Index({ properties: ['tenancy', 'kind'] })
@Check({ name: 'cloud_tenancy_document_hash_with_content', expression: '(content_id is null) = (sm3 is null)' })
export class CloudTenancyDocument extends BaseEntity {
  @ManyToOne(() => CloudTenancy)
  tenancy!: CloudTenancy;

  @Field(() => CloudTenancyDocumentKind)
  @Enum({ items: () => CloudTenancyDocumentKind, nativeEnumName: 'cloud_tenancy_document_kind' })
  kind!: CloudTenancyDocumentKind;

  @Field(() => String, { nullable: true, description: 'Its number or reference (文号/编号), if it has one' })
  @Property({ type: 'string', nullable: true })
  reference?: string;

  @Field(() => LocalDateScalar, { description: 'Date signed' })
  @Property({ type: 'date' })
  signedOn!: string;

  @Index()
  @ManyToOne(() => DocumentContent, { nullable: true })
  content?: DocumentContent;

  @Field(() => ID, { nullable: true, description: 'The content: GET /documents/<contentId> returns its bytes (null for a reference recorded before uploads)' })
  contentId(): string | null {
    return this.content ? toGlobalId('DocumentContent', this.content.id) : null;
  }

  @Field(() => Boolean, { description: 'The signed document itself was uploaded (CM-12): only then does it count for provisioning' })
  uploaded(): boolean {
    return Boolean(this.content);
  }

  @Field(() => String, { nullable: true, description: 'SM3 hash of the content, hex' })
  @Property({ type: 'string', length: 64, nullable: true })
  sm3?: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  size?: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  fileName?: string;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  submittedBy?: User;
}
