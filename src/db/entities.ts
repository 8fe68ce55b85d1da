import { AuditEvent } from '../audit/audit-event.entity';
import { BaseEntity } from './base.entity';
import { Agency } from '../modules/organizations/agency.entity';
import { Division } from '../modules/organizations/division.entity';
import { User } from '../modules/organizations/user.entity';

/** Every entity class; the ORM is given this list (no path scanning, same in src/ and dist/). */
export const entities = [BaseEntity, Division, Agency, User, AuditEvent];
