import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayOf } from '../../calendar/clock';
import { readRows } from '../../db/rows';
import type { RequestContext } from '../../context';
import { StateTransition } from '../../workflow/state-transition.entity';
import type { DocumentKind } from '../documents/document.enums';
import { Project } from '../projects/project.entity';
import { AcceptanceExtension } from './acceptance-extension.entity';
import { AcceptanceRecord } from './acceptance-record.entity';
import { ACCEPTANCE_REPORTS, AcceptanceStatus, ExtensionStatus, SecurityTestKind, SharingReviewStatus } from './acceptance.enums';
import type { AcceptanceFacts, ExtensionFacts, SharingReviewFacts } from './acceptance.machine';
import { SecurityTest } from './security-test.entity';
import { SharingReview } from './sharing-review.entity';

function grouped<T>(rows: T[], key: (row: T) => string, keys: readonly string[]): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k)!);
}

/**
 * The facts the acceptance gates read, loaded in batches by project: one statement per kind of
 * fact for any number of projects, so `availableActions` on a page of records costs what it costs
 * on one. Facts are the objective record, read without the reader's policy filter; they decide
 * what the rules allow and are never returned as such.
 */
export class AcceptanceFactSource {
  readonly today: string;
  private readonly projects: DataLoader<string, Project | null>;
  private readonly reviews: DataLoader<string, SharingReview | null>;
  private readonly reportKinds: DataLoader<string, Set<DocumentKind>>;
  private readonly mlpsTests: DataLoader<string, boolean>;
  private readonly securityReviews: DataLoader<string, boolean>;
  private readonly records: DataLoader<string, AcceptanceRecord[]>;
  private readonly extensions: DataLoader<string, AcceptanceExtension[]>;
  private readonly transitions: DataLoader<string, StateTransition[]>;

  /**
   * `today`: the Asia/Shanghai date by the service's clock (`todayOf(ctx.services.clock)`).
   * `plain`: a read path's source, whose reviews, records and extensions are rows (src/db/rows.ts);
   * a command's are entities of its unit of work, since a new record refers to them.
   */
  constructor(em: EntityManager, today: string, plain = false) {
    this.today = today;
    const find = <T extends object>(entity: EntityClass<T>, where: FilterQuery<T>, options: { orderBy?: QueryOrderMap<T> } = {}): Promise<T[]> =>
      plain ? readRows(em, entity, where, options) : (em.find(entity, where, options) as Promise<T[]>);
    this.projects = new DataLoader(async (ids) => {
      const rows = await readRows(em, Project, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((p) => p.id === id) ?? null);
    });
    this.reviews = new DataLoader(async (ids) => {
      const rows = await find(SharingReview, { project: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.project.id === id) ?? null);
    });
    this.reportKinds = new DataLoader(async (ids) => {
      const rows = await em.execute<{ project_id: string; kind: DocumentKind }[]>(
          `select distinct project_id, kind from project_document where project_id in (${ids.map(() => '?').join(',')}) and kind in (${ACCEPTANCE_REPORTS.map(() => '?').join(',')})`,
          [...ids, ...ACCEPTANCE_REPORTS],
        );
      return grouped(rows, (r) => r.project_id, ids).map((rs) => new Set(rs.map((r) => r.kind)));
    });
    this.mlpsTests = new DataLoader(async (ids) => {
      const rows = await em.execute<{ project_id: string }[]>(
          `select distinct project_id from security_test where kind = ? and project_id in (${ids.map(() => '?').join(',')})`,
          [SecurityTestKind.MLPS_TEST, ...ids],
        );
      const found = new Set(rows.map((r) => r.project_id));
      return ids.map((id) => found.has(id));
    });
    this.securityReviews = new DataLoader(async (ids) => {
      const rows = await em.execute<{ project_id: string }[]>(
          `select distinct project_id from security_review where project_id in (${ids.map(() => '?').join(',')})`,
          [...ids],
        );
      const found = new Set(rows.map((r) => r.project_id));
      return ids.map((id) => found.has(id));
    });
    this.records = new DataLoader(async (ids) =>
      grouped(await find(AcceptanceRecord, { project: { $in: [...ids] } }, { orderBy: { round: 'asc' } }), (r) => r.project.id, ids),
    );
    this.extensions = new DataLoader(async (ids) =>
      grouped(await find(AcceptanceExtension, { project: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (e) => e.project.id, ids),
    );
    this.transitions = new DataLoader(async (ids) =>
      grouped(
        await readRows(em, StateTransition, { subjectId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
        (t) => t.subjectId,
        ids,
      ),
    );
  }

  /** The steps of a workflow object, oldest first (readable to whoever may read the object). */
  history(subjectId: string): Promise<StateTransition[]> {
    return this.transitions.load(subjectId);
  }

  project(projectId: string): Promise<Project | null> {
    return this.projects.load(projectId);
  }

  sharingReview(projectId: string): Promise<SharingReview | null> {
    return this.reviews.load(projectId);
  }

  acceptanceRecords(projectId: string): Promise<AcceptanceRecord[]> {
    return this.records.load(projectId);
  }

  acceptanceExtensions(projectId: string): Promise<AcceptanceExtension[]> {
    return this.extensions.load(projectId);
  }

  async sharingFacts(projectId: string): Promise<SharingReviewFacts> {
    const project = await this.projects.load(projectId);
    return { projectStatus: project!.status };
  }

  /** Facts of an application of the project: `record` when it exists, none for a new one. */
  async acceptanceFacts(projectId: string, record?: AcceptanceRecord): Promise<AcceptanceFacts> {
    // One after the other: inside a command all statements share the transaction's connection.
    // Rows of a page still batch, since their resolvers advance through these loads together.
    const project = await this.projects.load(projectId);
    const review = await this.reviews.load(projectId);
    const reports = await this.reportKinds.load(projectId);
    const mlps = await this.mlpsTests.load(projectId);
    const records = await this.records.load(projectId);
    const reviewed = await this.securityReviews.load(projectId);
    return {
      projectStatus: project!.status,
      sharingConfirmed: review?.status === SharingReviewStatus.CONFIRMED,
      reports,
      mlpsTestRecorded: mlps,
      dueOn: project!.acceptanceDueOn ?? null,
      today: this.today,
      activeAcceptance: records.some((r) => r.status !== AcceptanceStatus.FAILED),
      delegated: record?.delegated ?? false,
      competentDepartmentId: project!.competentDepartment?.id ?? null,
      result: record?.result ?? null,
      securityReviewed: reviewed,
    };
  }

  async extensionFacts(projectId: string, extension?: AcceptanceExtension): Promise<ExtensionFacts> {
    const project = await this.projects.load(projectId);
    const extensions = await this.extensions.load(projectId);
    return {
      projectStatus: project!.status,
      pendingExtension: extensions.some((e) => e.status === ExtensionStatus.APPLIED),
    };
  }
}

/** The fact source of a GraphQL request (read paths), made once per request. */
export function factsOf(ctx: RequestContext): AcceptanceFactSource {
  return ctx.loaders.memo('AcceptanceFactSource', () => new AcceptanceFactSource(ctx.em, todayOf(ctx.services.clock), true));
}
