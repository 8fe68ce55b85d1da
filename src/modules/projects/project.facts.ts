import DataLoader from 'dataloader';
import Decimal from 'decimal.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readRows } from '../../db/rows';
import { StateTransition } from '../../workflow/state-transition.entity';
import { Catalog, CatalogStatus } from '../catalogs/catalog.entity';
import { ProjectDocument } from '../documents/document.entity';
import type { DocumentKind } from '../documents/document.enums';
import { RectificationOrder, RectificationStatus } from '../organizations/rectification-order.entity';
import { BudgetLine } from './budget-line.entity';
import type { ProjectFacts } from './project.machine';
import { ProjectParticipant } from './project-participant.entity';
import type { Project } from './project.entity';
import { ReviewOpinion } from './review-opinion.entity';

function grouped<T>(rows: T[], key: (row: T) => string, keys: readonly string[]): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k)!);
}

/**
 * The facts the project gates read, loaded in batches: one statement per kind of fact for any
 * number of projects, so `availableActions` on a page of projects costs the same as on one.
 * Facts are the objective record, read without the reader's policy filter (they decide what the
 * rules allow; they are never returned as such), so they are read as rows (src/db/rows.ts).
 */
export class ProjectFactSource {
  private readonly budgetLines: DataLoader<string, BudgetLine[]>;
  private readonly documents: DataLoader<string, ProjectDocument[]>;
  private readonly participants: DataLoader<string, ProjectParticipant[]>;
  private readonly openOrders: DataLoader<string, number>;
  private readonly catalogs: DataLoader<string, boolean>;
  private readonly techRoundStart: DataLoader<string, Date | null>;
  private readonly reviewRounds: DataLoader<string, number>;
  private readonly opinions: DataLoader<string, ReviewOpinion[]>;

  constructor(em: EntityManager) {
    this.budgetLines = new DataLoader(async (ids) =>
      grouped(await readRows(em, BudgetLine, { project: { $in: [...ids] } }), (l) => l.project.id, ids),
    );
    this.documents = new DataLoader(async (ids) =>
      grouped(
        await readRows(em, ProjectDocument, { project: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } }),
        (d) => d.project.id,
        ids,
      ),
    );
    this.participants = new DataLoader(async (ids) =>
      grouped(await readRows(em, ProjectParticipant, { project: { $in: [...ids] } }), (p) => p.project.id, ids),
    );
    this.openOrders = new DataLoader(async (units) => {
      const rows = await readRows(em, RectificationOrder, { unit: { $in: [...units] }, status: RectificationStatus.OPEN });
      return units.map((u) => rows.filter((r) => r.unit.id === u).length);
    });
    // PM-9(3): a catalog counts once submitted (or published) with at least one entry.
    this.catalogs = new DataLoader(async (ids) => {
      const catalogs = await readRows(em, Catalog, { project: { $in: [...ids] }, status: { $in: [CatalogStatus.SUBMITTED, CatalogStatus.PUBLISHED] } });
      const withEntries = new Set(
        catalogs.length === 0
          ? []
          : (
              await em.execute<{ catalog_id: string }[]>('select distinct catalog_id from catalog_entry where catalog_id in (?)', [
                catalogs.map((c) => c.id),
              ])
            ).map((r) => r.catalog_id),
      );
      const ok = new Set(catalogs.filter((c) => withEntries.has(c.id)).map((c) => c.project.id));
      return ids.map((id) => ok.has(id));
    });
    // A technical review round starts at the latest submission of the plan or failure of the review.
    this.techRoundStart = new DataLoader(async (ids) => {
      const rows = await readRows(em, 
        StateTransition,
        { subjectType: 'Project', subjectId: { $in: [...ids] }, event: { $in: ['submitTechnicalPlan', 'failTechReview'] } },
        { orderBy: { createdAt: 'asc' } },
      );
      const latest = new Map(rows.map((r) => [r.subjectId, r.createdAt]));
      return ids.map((id) => latest.get(id) ?? null);
    });
    // DRC's review round: the number of submissions of the feasibility study so far.
    this.reviewRounds = new DataLoader(async (ids) => {
      const rows = await em.execute<{ subject_id: string; n: string }[]>(
        `select subject_id, count(*) as n from state_transition where subject_type = 'Project' and subject_id in (?) and event = 'submitFeasibility' group by subject_id`,
        [[...ids]],
      );
      const counts = new Map(rows.map((r) => [r.subject_id, Number(r.n)]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
    this.opinions = new DataLoader(async (ids) =>
      grouped(await readRows(em, ReviewOpinion, { project: { $in: [...ids] } }), (o) => o.project.id, ids),
    );
  }

  /** The project's facts; `agencyId` (the current user's) adds what concerns that agency. */
  async of(project: Project, agencyId?: string): Promise<ProjectFacts> {
    // One after another: inside a command they share the transaction's single connection.
    // Across projects they still batch, since every project asks for the same fact in the same tick.
    const lines = await this.budgetLines.load(project.id);
    const docs = await this.documents.load(project.id);
    const participants = await this.participants.load(project.id);
    // PM-17 bars every unit that builds: the construction unit and the co-builders.
    const builders = [project.constructionUnit.id, ...project.participantAgencyIds];
    const openRectifications = (await this.openOrders.loadMany(builders)).reduce<number>((n, c) => n + (typeof c === 'number' ? c : 0), 0);
    const catalogSubmitted = await this.catalogs.load(project.id);
    const roundStart = await this.techRoundStart.load(project.id);
    const reviewRound = await this.reviewRounds.load(project.id);
    const invitation = agencyId ? (await this.opinions.load(project.id)).find((o) => o.agency.id === agencyId && o.round === reviewRound) : undefined;
    const part = agencyId ? participants.find((p) => p.agency.id === agencyId) : undefined;
    const kinds = (list: ProjectDocument[]) => new Set<DocumentKind>(list.map((d) => d.kind));
    return {
      status: project.status,
      level: project.level(),
      inPlan: project.inPlan(),
      urgencyBasis: project.urgencyBasis,
      urgencyReference: project.urgencyReference,
      category: project.category,
      buildType: project.buildType,
      network: project.network,
      investment: new Decimal(project.investment),
      fundingSource: project.fundingSource,
      scale: project.scale,
      budgetLines: lines.map((l) => ({ kind: l.kind, amount: new Decimal(l.amount) })),
      documents: kinds(docs),
      documentsThisTechRound: kinds(roundStart ? docs.filter((d) => d.createdAt > roundStart) : docs),
      joint: project.joint,
      participants: participants.map((p) => ({ confirmed: Boolean(p.confirmedAt) })),
      openRectifications,
      catalogSubmitted,
      budgetConfirmed: Boolean(project.budgetConfirmedAt),
      procurementConfirmed: Boolean(project.procurementConfirmedAt),
      supervisionContracted: Boolean(project.supervisor && project.supervisionContractNo && project.supervisionSignedOn),
      implementationNamed: Boolean(project.implementingBody?.trim() && project.projectLeader?.trim()),
      reviewRound,
      myInvitation: !invitation ? 'none' : invitation.recordedAt ? 'recorded' : 'invited',
      myParticipation: !part ? 'none' : part.confirmedAt ? 'confirmed' : 'pending',
    };
  }
}
