import type { EntityManager } from '@mikro-orm/postgresql';
import type { boot } from '../src/app';
import { Agency } from '../src/modules/organizations/agency.entity';
import { CITY_CODE, Division } from '../src/modules/organizations/division.entity';
import { BudgetLine } from '../src/modules/projects/budget-line.entity';
import { BuildType, BudgetLineKind, NetworkKind, ProjectCategory, ProjectStatus } from '../src/modules/projects/project.enums';
import { Project } from '../src/modules/projects/project.entity';

/**
 * `count` projects of the seeded departments, spread over the statuses, each with a development
 * budget line, unless the database has that many already; `extra` adds what a benchmark needs more
 * of each project. Flushed in batches of 500.
 */
export async function seedBenchProjects(
  services: Awaited<ReturnType<typeof boot>>['services'],
  count: number,
  codePrefix: string,
  extra?: (em: EntityManager, project: Project, i: number) => void,
): Promise<void> {
  const em = services.orm.em.fork() as EntityManager;
  if ((await em.count(Project, {})) >= count) return;
  const units = await em.find(Agency, { kind: 'DEPARTMENT' as never }, { populate: ['county'] });
  for (let i = 0; i < count; i++) {
    const unit = units[i % units.length];
    const project = em.create(Project, {
      code: `${codePrefix}-${i}`,
      name: `${unit.name}信息化项目${i}`,
      constructionUnit: unit,
      division: em.getReference(Division, unit.county?.code ?? CITY_CODE),
      category: ProjectCategory.BUSINESS_SYSTEM,
      buildType: BuildType.NEW,
      network: NetworkKind.EGOV_EXTRANET,
      investment: (100000 + i * 1000).toFixed(2),
      year: 2026,
      status: Object.values(ProjectStatus)[i % 9],
    });
    em.create(BudgetLine, { project, kind: BudgetLineKind.SOFTWARE_DEVELOPMENT, description: '开发', amount: project.investment });
    extra?.(em, project, i);
    if (i % 500 === 499) {
      await em.flush();
      em.clear();
    }
  }
  await em.flush();
}
