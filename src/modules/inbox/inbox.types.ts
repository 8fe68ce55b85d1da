import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PageInfo } from '../../graphql/relay';
import { LocalDateScalar } from '../../graphql/scalars';

/** What a task is about: one kind per workflow object, and the calendar's yearly publication. */
export enum TaskKind {
  PROJECT = 'PROJECT',
  CATALOG = 'CATALOG',
  SHARING_REVIEW = 'SHARING_REVIEW',
  ACCEPTANCE = 'ACCEPTANCE',
  EXTENSION = 'EXTENSION',
  TENANCY = 'TENANCY',
  CHANGE_REQUEST = 'CHANGE_REQUEST',
  FEE_STATEMENT = 'FEE_STATEMENT',
  INCIDENT = 'INCIDENT',
  RECTIFICATION = 'RECTIFICATION',
  CALENDAR_YEAR = 'CALENDAR_YEAR',
}
registerEnumType(TaskKind, { name: 'TaskKind' });

@ObjectType({ description: 'An object awaiting a step the current user may take now (待办)' })
export class Task {
  @Field(() => TaskKind)
  kind!: TaskKind;

  @Field(() => Node, { nullable: true, description: 'The object; null for a calendar year still to be published' })
  subject!: Node | null;

  @Field(() => String, { description: "The object's name as its users know it (project, catalog, system, month)" })
  title!: string;

  @Field(() => String, { nullable: true, description: "The object's state" })
  state!: string | null;

  @Field(() => [String], { description: 'The steps (mutation verbs) the user may take on it now: policy granted and every prerequisite met' })
  actions!: string[] | Promise<string[]>;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day of a running working-day deadline of the step awaited' })
  dueOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days after today up to the due date (0 on it, negative past it); null without calendar data' })
  workingDaysLeft!: number | null;

  @Field(() => Boolean)
  overdue!: boolean;

  @Field(() => String, { nullable: true, description: 'The rule that sets the deadline (CM-12, CM-13, CM-15) or asks for the step' })
  rule!: string | null;

  @Field(() => Date, { description: 'When the object entered its state (its last transition)' })
  waitingSince!: Date;

  @Field(() => String, { nullable: true, description: 'What the task is about, for a task with no object (in the reader\'s language)' })
  notice!: string | null;
}

@ObjectType()
export class TaskEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Task) node!: Task;
}

@ObjectType()
export class TaskKindCount {
  @Field(() => TaskKind) kind!: TaskKind;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'The inbox: most urgent first (overdue, then the earliest due date, then the longest waiting)' })
export class TaskConnection {
  @Field(() => [TaskEdge]) edges!: TaskEdge[];
  @Field(() => [Task]) nodes!: Task[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Tasks matching the filter, on all pages' }) totalCount!: number;
  @Field(() => [TaskKindCount], { description: 'Tasks per kind, whatever the filter (badges of tabs); kinds without tasks are left out' })
  countsByKind!: TaskKindCount[];
}

@InputType()
export class TaskFilter {
  @Field(() => [TaskKind], { nullable: true, description: 'Only these kinds' })
  kinds?: TaskKind[];

  @Field(() => Boolean, { nullable: true, description: 'Only tasks past their due date' })
  overdue?: boolean;
}
