import type { EntityClass } from '@mikro-orm/core';
import type { WorkingCalendar } from '../../calendar/working-calendar';
import type { Workflow, WorkflowSubject } from '../../workflow/workflow';
import { AcceptanceExtension } from '../acceptance/acceptance-extension.entity';
import { AcceptanceRecord } from '../acceptance/acceptance-record.entity';
import { acceptanceWorkflow, extensionWorkflow, sharingReviewWorkflow } from '../acceptance/acceptance.workflow';
import { SharingReview } from '../acceptance/sharing-review.entity';
import { Catalog } from '../catalogs/catalog.entity';
import { catalogWorkflow } from '../catalogs/catalog.workflow';
import { CloudChangeRequest } from '../cloud/change-request.entity';
import { changeRequestWorkflow, feeStatementWorkflow, incidentWorkflow, tenancyWorkflow } from '../cloud/cloud.workflow';
import { changeDeadline, tenancyDeadline, type Deadline } from '../cloud/deadlines';
import { FeeStatement } from '../cloud/fee-statement.entity';
import { CloudIncident } from '../cloud/incident.entity';
import { CloudTenancy } from '../cloud/tenancy.entity';
import { RectificationOrder } from '../organizations/rectification-order.entity';
import { rectificationWorkflow } from '../organizations/rectification.service';
import { Project } from '../projects/project.entity';
import { projectWorkflow } from '../projects/project.workflow';
import { TaskKind } from './inbox.types';

/** One kind of object an inbox lists: its workflow (whose `tasks` say which steps wait on someone). */
export interface TaskSource<E extends WorkflowSubject = any> {
  kind: TaskKind;
  entity: EntityClass<E>;
  workflow: Workflow<E, string, any>;
  /** Relations the title and the facts read, loaded with the rows. */
  populate: string[];
  title(subject: E): string;
  /** The running working-day deadline of the step the object awaits, if any. */
  deadline?(subject: E, today: string, calendar: WorkingCalendar): Deadline | null;
}

function source<E extends WorkflowSubject>(s: TaskSource<E>): TaskSource<E> {
  return s;
}

export const taskSources: TaskSource[] = [
  source<Project>({
    kind: TaskKind.PROJECT,
    entity: Project,
    workflow: projectWorkflow,
    populate: ['constructionUnit', 'division', 'planEntry'],
    title: (p) => p.name,
  }),
  source<Catalog>({ kind: TaskKind.CATALOG, entity: Catalog, workflow: catalogWorkflow, populate: ['project'], title: (c) => c.project.name }),
  source<SharingReview>({
    kind: TaskKind.SHARING_REVIEW,
    entity: SharingReview,
    workflow: sharingReviewWorkflow,
    populate: ['project'],
    title: (r) => r.project.name,
  }),
  source<AcceptanceRecord>({
    kind: TaskKind.ACCEPTANCE,
    entity: AcceptanceRecord,
    workflow: acceptanceWorkflow,
    populate: ['project'],
    title: (r) => r.project.name,
  }),
  source<AcceptanceExtension>({
    kind: TaskKind.EXTENSION,
    entity: AcceptanceExtension,
    workflow: extensionWorkflow,
    populate: ['project'],
    title: (x) => x.project.name,
  }),
  source<CloudTenancy>({
    kind: TaskKind.TENANCY,
    entity: CloudTenancy,
    workflow: tenancyWorkflow,
    populate: [],
    title: (t) => `${t.systemName}（${t.code}）`,
    deadline: tenancyDeadline,
  }),
  source<CloudChangeRequest>({
    kind: TaskKind.CHANGE_REQUEST,
    entity: CloudChangeRequest,
    workflow: changeRequestWorkflow,
    populate: ['tenancy'],
    title: (c) => `${c.tenancy.systemName}（${c.tenancy.code}）`,
    deadline: changeDeadline,
  }),
  source<FeeStatement>({
    kind: TaskKind.FEE_STATEMENT,
    entity: FeeStatement,
    workflow: feeStatementWorkflow,
    populate: ['tenant'],
    title: (f) => `${f.tenant.name} ${f.month}`,
  }),
  source<CloudIncident>({
    kind: TaskKind.INCIDENT,
    entity: CloudIncident,
    workflow: incidentWorkflow,
    populate: ['tenancy'],
    title: (i) => `${i.tenancy.systemName}（${i.tenancy.code}）`,
  }),
  source<RectificationOrder>({
    kind: TaskKind.RECTIFICATION,
    entity: RectificationOrder,
    workflow: rectificationWorkflow,
    populate: ['unit'],
    title: (o) => o.unit.name,
  }),
];
