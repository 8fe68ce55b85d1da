import type { FilterQuery } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { workingDaysLeft } from '../../calendar/calendar.service';
import type { WorkingCalendar } from '../../calendar/working-calendar';
import { LocalDateScalar } from '../../graphql/scalars';
import type { CloudChangeRequest } from './change-request.entity';
import { CloudChangeStatus, CloudTenancyStatus, DeadlineKind } from './cloud.enums';
import type { CloudTenancy } from './tenancy.entity';

/** A working-day deadline that is running on an object, for the reader to see how it stands. */
@ObjectType({ description: 'A running working-day deadline: when it is due, how many working days are left, and whose act is awaited' })
export class Deadline {
  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => String, { description: 'The rule that sets it (CM-12, CM-13, CM-15)' })
  rule!: string;

  @Field(() => LocalDateScalar, { description: 'The last day to act on (Asia/Shanghai)' })
  dueOn!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Working days after today up to the due date (0 on it); negative: working days past it. Null when today is in a year without calendar data',
  })
  workingDaysLeft!: number | null;

  @Field(() => Boolean, { description: 'Today is after the due date and the act is still awaited' })
  overdue!: boolean;

  /** The agency whose act is awaited (resolved to an Agency by the resolver). */
  responsibleAgencyId!: string;

  /** The change request it belongs to, for change deadlines. */
  changeRequestId?: string;
}

function deadline(kind: DeadlineKind, rule: string, dueOn: string, responsibleAgencyId: string, today: string, calendar: WorkingCalendar, changeRequestId?: string): Deadline {
  return Object.assign(new Deadline(), {
    kind,
    rule,
    dueOn,
    workingDaysLeft: workingDaysLeft(calendar, today, dueOn),
    overdue: today > dueOn,
    responsibleAgencyId,
    changeRequestId,
  });
}

/** The tenancy's own running deadline, if any. */
export function tenancyDeadline(t: CloudTenancy, today: string, calendar: WorkingCalendar): Deadline | null {
  switch (t.status) {
    case CloudTenancyStatus.PROVISIONING:
      return t.provisioningDueOn && t.provider ? deadline(DeadlineKind.PROVISIONING, 'CM-12', t.provisioningDueOn, t.provider.id, today, calendar) : null;
    case CloudTenancyStatus.PROVISIONED:
      // The system's user deploys it (CM-7): a county's department, when recorded.
      return t.deploymentDueOn ? deadline(DeadlineKind.DEPLOYMENT, 'CM-13', t.deploymentDueOn, (t.userDepartment ?? t.tenant).id, today, calendar) : null;
    case CloudTenancyStatus.EXITING: {
      if (!t.exitTransitionDueOn || (t.dataClearedOn && t.resourcesReclaimedOn)) return null;
      // During the transition the user migrates its data; after it, clearing and reclaiming are awaited.
      const awaited = !t.dataClearedOn || !t.provider ? (t.userDepartment ?? t.tenant).id : t.provider.id;
      return deadline(DeadlineKind.EXIT_TRANSITION, 'CM-15', t.exitTransitionDueOn, awaited, today, calendar);
    }
    default:
      return null;
  }
}

export function changeDeadline(cr: CloudChangeRequest, today: string, calendar: WorkingCalendar): Deadline | null {
  if (cr.status !== CloudChangeStatus.PROVISIONING || !cr.provisioningDueOn || !cr.provider) return null;
  return deadline(DeadlineKind.CHANGE_PROVISIONING, 'CM-12', cr.provisioningDueOn, cr.provider.id, today, calendar, cr.id);
}

/** Tenancies with a deadline past due and its act still awaited, as a filter the database evaluates. */
export function overdueFilter(today: string): FilterQuery<CloudTenancy> {
  return {
    $or: [
      { status: CloudTenancyStatus.PROVISIONING, provisioningDueOn: { $lt: today } },
      { status: CloudTenancyStatus.PROVISIONED, deploymentDueOn: { $lt: today } },
      {
        status: CloudTenancyStatus.EXITING,
        exitTransitionDueOn: { $lt: today },
        $or: [{ dataClearedOn: null }, { resourcesReclaimedOn: null }],
      },
      { changeRequests: { $some: { status: CloudChangeStatus.PROVISIONING, provisioningDueOn: { $lt: today } } } },
    ],
  } as FilterQuery<CloudTenancy>;
}
