import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Refusal, UserErrorCode } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import type { Command } from '../../workflow/command';
import { Agency } from '../organizations/agency.entity';
import { CITY_CODE } from '../organizations/division.entity';
import { AgencyKind } from '../organizations/organization.enums';
import { Project } from '../projects/project.entity';

/**
 * The project a command is about, locked for the rest of the transaction so that commands on the
 * same project (two applications at once) run one after the other; null when there is none.
 */
export function lockProject(cmd: Command, projectId: string): Promise<Project | null> {
  const key = keyOf(projectId, 'Project');
  return key ? cmd.em.findOne(Project, key, { lockMode: LockMode.PESSIMISTIC_WRITE }) : Promise.resolve(null);
}

export async function findProject(cmd: Command, projectId: string): Promise<Project | null> {
  const key = keyOf(projectId, 'Project');
  return key ? cmd.em.findOne(Project, key) : null;
}

/**
 * Who receives a project's acceptance application and extension requests: DRC for municipal
 * projects (PM-16). County projects go to their county's approving department (本级审批部门,
 * COUNTY_DRC), which plays DRC's part at its own level (PM-8.3).
 */
export async function acceptanceOrganizer(em: EntityManager, project: Project): Promise<Agency> {
  const where: FilterQuery<Agency> =
    project.division.code === CITY_CODE ? { kind: AgencyKind.DRC } : { kind: AgencyKind.COUNTY_DRC, county: { code: project.division.code } };
  const organizer = await em.findOne(Agency, where, { orderBy: { code: 'asc' } });
  if (!organizer) {
    throw Refusal.of(UserErrorCode.PRECONDITION_FAILED, 'PM-16.1', {
      zh: '未找到受理验收申请的机关',
      en: 'No agency receives acceptance applications for this project',
    });
  }
  return organizer;
}

export function blank(text: string | null | undefined): boolean {
  return !text || !text.trim();
}

/** The display name of the acting user, kept on records they sign. */
export function actorName(cmd: Command): string {
  return cmd.ctx.principal!.user.displayName;
}
