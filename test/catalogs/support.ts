import type { MikroORM } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../src/graphql/global-id';
import { Agency } from '../../src/modules/organizations/agency.entity';
import { Division } from '../../src/modules/organizations/division.entity';
import { Project } from '../../src/modules/projects/project.entity';
import { BuildType, NetworkKind, ProjectCategory } from '../../src/modules/projects/project.enums';
import { checkAgreement, type AgreementSpec, type Disagreement } from '../support/agreement';
import type { TestApp } from '../support/app';

export interface ProjectFixture {
  id: string;
  globalId: string;
  code: string;
}

/**
 * A project row made directly with the ORM (the project workflow is not this module's): the
 * catalog tests need only a construction unit, a division and a code.
 */
export async function createProject(
  orm: MikroORM,
  spec: { code: string; unit: string; division?: string; coBuilders?: string[]; buildType?: BuildType },
): Promise<ProjectFixture> {
  const em = orm.em.fork();
  const unit = await em.findOneOrFail(Agency, { code: spec.unit });
  const coBuilders = spec.coBuilders?.length ? await em.find(Agency, { code: { $in: spec.coBuilders } }) : [];
  const project = em.create(Project, {
    code: spec.code,
    name: `${unit.name}信息化项目 ${spec.code}`,
    constructionUnit: unit,
    division: await em.findOneOrFail(Division, { code: spec.division ?? '360800' }),
    category: ProjectCategory.BUSINESS_SYSTEM,
    buildType: spec.buildType ?? BuildType.NEW,
    network: NetworkKind.EGOV_EXTRANET,
    investment: '3000000.00',
    year: 2026,
    joint: coBuilders.length > 0,
    participantAgencyIds: coBuilders.map((a) => a.id),
  });
  await em.flush();
  return { id: project.id, globalId: toGlobalId('Project', project.id), code: spec.code };
}

export async function agencyId(orm: MikroORM, code: string): Promise<string> {
  return (await orm.em.fork().findOneOrFail(Agency, { code })).id;
}

export const agencyGlobalId = async (orm: MikroORM, code: string) => toGlobalId('Agency', await agencyId(orm, code));

/**
 * checkAgreement for each user over the subjects that user may read: an unreadable object is
 * NOT_FOUND to its every mutation (tested elsewhere), and has no availableActions to compare.
 */
export async function checkAgreementOverReadable(app: TestApp, spec: AgreementSpec): Promise<{ compared: number; disagreements: Disagreement[] }> {
  const total = { compared: 0, disagreements: [] as Disagreement[] };
  for (const user of spec.users) {
    const subjects: string[] = [];
    for (const id of spec.subjects) {
      const res = await app.request(`query Readable($id: ID!) { node(id: $id) { id } }`, { id }, { as: user });
      if (res.errors?.[0]?.extensions?.code !== 'NOT_FOUND') subjects.push(id);
    }
    const one = await checkAgreement(app, { ...spec, users: [user], subjects });
    total.compared += one.compared;
    total.disagreements.push(...one.disagreements);
  }
  return total;
}
