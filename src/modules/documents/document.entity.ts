import { BlobType, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { Chapter, DocumentKind } from './document.enums';

/**
 * Uploaded bytes, stored by the service in PostgreSQL (one transactional store for every API
 * process) and referenced by ID; the SM3 hash is computed on upload.
 */
@Entity()
export class DocumentContent extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  sm3!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string' })
  mediaType!: string;

  @Property({ type: 'string' })
  fileName!: string;

  @Property({ type: BlobType, lazy: true })
  data!: Buffer;

  @Index()
  @ManyToOne(() => User)
  uploadedBy!: User;
}

/** A document submitted on a project, with the chapters it declares (PM-9) and its content's hash. */
@ObjectType({ implements: Node })
@Entity()
@Index({ properties: ['project', 'kind'] })
export class ProjectDocument extends BaseEntity<'chapters'> {
  @ManyToOne(() => Project)
  project!: Project;

  @Field(() => DocumentKind)
  @Enum({ items: () => DocumentKind, nativeEnumName: 'document_kind' })
  kind!: DocumentKind;

  @Field(() => String)
  @Property({ type: 'string' })
  title!: string;

  @Field(() => [Chapter], { description: 'Chapters the document declares (PM-9)' })
  @Property({ type: 'text[]' })
  chapters: Chapter[] = [];

  @Field(() => String, { nullable: true, description: 'PM-9(4): statement on the security and reliability of products' })
  @Property({ type: 'text', nullable: true })
  securityStatement?: string;

  @Field(() => String, { nullable: true, description: 'Conclusion (expert review, opinions)' })
  @Property({ type: 'text', nullable: true })
  conclusion?: string;

  @Index()
  @ManyToOne(() => DocumentContent)
  content!: DocumentContent;

  @Field(() => ID, { description: 'The content: GET /documents/<contentId> returns its bytes' })
  contentId(): string {
    return toGlobalId('DocumentContent', this.content.id);
  }

  @Field(() => String, { description: 'SM3 hash of the content, hex' })
  @Property({ type: 'string', length: 64 })
  sm3!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String)
  @Property({ type: 'string' })
  fileName!: string;

  @Index()
  @ManyToOne(() => User)
  submittedBy!: User;
}
