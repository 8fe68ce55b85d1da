import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '../../modules/organizations/agency.entity';
import { Division } from '../../modules/organizations/division.entity';
import { DivisionKind } from '../../modules/organizations/organization.enums';
import { User } from '../../modules/organizations/user.entity';
import { agencies, CITY_CODE, counties } from './reference-data';
import { seedCloudData } from './cloud-data';
import { LIFT_TIME_LIMITS_SQL } from '../orm.config';

/**
 * Loads the Ji'an reference data: divisions, agencies, demo users. Idempotent: rows are matched
 * by their natural keys (code, username) and brought up to date, never duplicated.
 */
export async function seedReferenceData(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    // At boot a second process waits here for the first one's seeding: longer than a request may.
    await tx.execute(LIFT_TIME_LIMITS_SQL);
    const divisions = [
      { code: CITY_CODE, name: '吉安市', nameEn: "Ji'an City", kind: DivisionKind.CITY },
      ...counties.map(({ code, name, nameEn, kind }) => ({ code, name, nameEn, kind })),
    ];
    await tx.upsertMany(Division, divisions);

    const existing = new Map((await tx.find(Agency, {})).map((a) => [a.code, a]));
    for (const seed of agencies) {
      const agency = existing.get(seed.code) ?? tx.create(Agency, { code: seed.code } as Agency);
      tx.assign(agency, {
        name: seed.name,
        nameEn: seed.nameEn,
        kind: seed.kind,
        county: seed.countyCode ? tx.getReference(Division, seed.countyCode) : undefined,
      });
      existing.set(seed.code, agency);
    }
    for (const seed of agencies) {
      existing.get(seed.code)!.parent = seed.parentCode ? existing.get(seed.parentCode) : undefined;
      existing.get(seed.code)!.competentDepartment = seed.competentCode ? existing.get(seed.competentCode) : undefined;
    }

    const users = new Map((await tx.find(User, {})).map((u) => [u.username, u]));
    for (const seed of agencies) {
      for (const u of seed.users) {
        const user = users.get(u.username) ?? tx.create(User, { username: u.username } as User);
        tx.assign(user, { displayName: u.displayName, roles: u.roles, agency: existing.get(seed.code)! });
      }
    }
    await tx.flush();

    // Government cloud: catalog and prices (CM-5), zones (CM-21), the official calendar, the scheduler's account.
    await seedCloudData(tx);
  });
}
