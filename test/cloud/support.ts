import { ManualClock, todayOf } from '../../src/calendar/clock';
import { graphql } from '../gql';
import type { TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';

/** Relay global ID of a row. */
export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

export interface CloudIds {
  agency: (code: string) => string;
  user: (username: string) => string;
  item: (code: string) => string;
  zone: (code: string) => string;
}

/** Global IDs of seeded agencies, catalog items and zones, by code. */
export async function cloudIds(app: TestApp): Promise<CloudIds> {
  const rows = async (table: string) => new Map((await sqlAsAdmin<{ id: string; code: string }>(app.database, `select id, code from ${table}`)).map((r) => [r.code, r.id]));
  const [agencies, items, zones] = await Promise.all([rows('agency'), rows('cloud_service_item'), rows('cloud_zone')]);
  const users = new Map((await sqlAsAdmin<{ id: string; username: string }>(app.database, 'select id, username from "user"')).map((r) => [r.username, r.id]));
  const get = (map: Map<string, string>, type: string) => (code: string) => {
    const id = map.get(code);
    if (!id) throw new Error(`no ${type} ${code}`);
    return gid(type, id);
  };
  return { agency: get(agencies, 'Agency'), user: get(users, 'User'), item: get(items, 'CloudServiceItem'), zone: get(zones, 'CloudZone') };
}

/** Puts the service's clock on a date (10:00 in Ji'an) and returns it. */
export function useClock(app: TestApp, date: string): ManualClock {
  const clock = new ManualClock(date);
  app.services.clock = clock;
  return clock;
}

export const Apply = graphql(`
  mutation CloudApply($input: CloudTenancyApplyInput!) {
    cloudTenancyApply(input: $input) {
      cloudTenancy {
        id
        code
        status
        level
        divisionCode
        migration
        migratedSystemName
        tenant {
          code
        }
        filedBy {
          code
        }
        userDepartment {
          code
        }
        provider {
          code
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const Resubmit = graphql(`
  mutation CloudResubmit($input: CloudTenancyResubmitInput!) {
    cloudTenancyResubmit(input: $input) {
      cloudTenancy {
        status
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const Review = graphql(`
  mutation CloudReview($input: CloudTenancyReviewInput!) {
    cloudTenancyReview(input: $input) {
      cloudTenancy {
        status
        returnReasons
        provider {
          code
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const ExpertReview = graphql(`
  mutation CloudExpertReview($input: CloudExpertReviewInput!) {
    cloudTenancyExpertReview(input: $input) {
      cloudTenancy {
        status
        experts
        resources {
          requestedQuantity
          quotaQuantity
          item {
            code
          }
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const Sign = graphql(`
  mutation CloudSign($input: CloudTenancySignDocumentsInput!) {
    cloudTenancySignDocuments(input: $input) {
      cloudTenancy {
        status
        documents {
          kind
          reference
          signedOn
          uploaded
          sm3
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const Notify = graphql(`
  mutation CloudNotify($input: CloudTenancyStepInput!) {
    cloudTenancyNotifyProvider(input: $input) {
      cloudTenancy {
        status
        providerNotifiedOn
        provisioningDueOn
      }
      errors {
        code
        rule
        message
      }
    }
  }
`);

export const ConfirmProvisioning = graphql(`
  mutation CloudConfirmProvisioning($input: CloudTenancyStepInput!) {
    cloudTenancyConfirmProvisioning(input: $input) {
      cloudTenancy {
        status
        provisionedOn
        deploymentDueOn
      }
      errors {
        code
        rule
      }
    }
  }
`);

export const RecordDeployment = graphql(`
  mutation CloudRecordDeployment($input: CloudTenancyDeploymentInput!) {
    cloudTenancyRecordDeployment(input: $input) {
      cloudTenancy {
        status
        deployedOn
        cutoverOn
        oldSystemRetainedUntil
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const ExitApply = graphql(`
  mutation CloudExitApply($input: CloudTenancyExitApplyInput!) {
    cloudTenancyExitApply(input: $input) {
      cloudTenancy {
        status
        exitReason
      }
      errors {
        code
        rule
      }
    }
  }
`);

export const ExitApprove = graphql(`
  mutation CloudExitApprove($input: CloudTenancyStepInput!) {
    cloudTenancyExitApprove(input: $input) {
      cloudTenancy {
        status
        exitTransitionDueOn
      }
      errors {
        code
        rule
      }
    }
  }
`);

export const ConfirmCleared = graphql(`
  mutation CloudConfirmCleared($input: CloudTenancyStepInput!) {
    cloudTenancyConfirmDataCleared(input: $input) {
      cloudTenancy {
        status
        dataClearedOn
      }
      errors {
        code
        rule
      }
    }
  }
`);

export const ConfirmReclaimed = graphql(`
  mutation CloudConfirmReclaimed($input: CloudTenancyStepInput!) {
    cloudTenancyConfirmReclaimed(input: $input) {
      cloudTenancy {
        status
        resourcesReclaimedOn
      }
      errors {
        code
        rule
      }
    }
  }
`);

export const Decommission = graphql(`
  mutation CloudDecommission($input: CloudTenancyStepInput!) {
    cloudTenancyDecommission(input: $input) {
      cloudTenancy {
        status
        decommissionedOn
      }
      errors {
        code
        rule
        message
      }
    }
  }
`);

export const ChangeSubmit = graphql(`
  mutation CloudChangeSubmit($input: CloudChangeRequestSubmitInput!) {
    cloudChangeRequestSubmit(input: $input) {
      cloudChangeRequest {
        id
        kind
        status
        lines {
          originalQuantity
          requestedQuantity
          decidedQuantity
          item {
            code
          }
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const ChangeReview = graphql(`
  mutation CloudChangeReview($input: CloudChangeRequestReviewInput!) {
    cloudChangeRequestReview(input: $input) {
      cloudChangeRequest {
        status
        completedOn
        providerNotifiedOn
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const ChangeExpertReview = graphql(`
  mutation CloudChangeExpertReview($input: CloudExpertReviewInput!) {
    cloudChangeRequestExpertReview(input: $input) {
      cloudChangeRequest {
        status
        lines {
          decidedQuantity
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const ChangeNotify = graphql(`
  mutation CloudChangeNotify($input: CloudChangeRequestStepInput!) {
    cloudChangeRequestNotifyProvider(input: $input) {
      cloudChangeRequest {
        status
        provisioningDueOn
        deadline {
          kind
          dueOn
          workingDaysLeft
          overdue
          responsibleAgency {
            code
          }
        }
      }
      errors {
        code
        rule
      }
    }
  }
`);

export const ChangeConfirm = graphql(`
  mutation CloudChangeConfirm($input: CloudChangeRequestStepInput!) {
    cloudChangeRequestConfirmProvisioning(input: $input) {
      cloudChangeRequest {
        status
        completedOn
      }
      errors {
        code
        rule
      }
    }
  }
`);

export const Adjust = graphql(`
  mutation CloudAdjust($input: CloudTenancyAdjustInput!) {
    cloudTenancyAdjust(input: $input) {
      cloudChangeRequest {
        id
        kind
        status
        completedOn
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const TenancyDetail = graphql(`
  query CloudTenancyDetail($id: ID!) {
    cloudTenancy(id: $id) {
      id
      code
      status
      contactName
      contactPhone
      monthlyFee
      provisioningDueOn
      deploymentDueOn
      exitTransitionDueOn
      quota {
        quantity
        effectiveFrom
        item {
          code
        }
      }
      quotaHistory {
        quantity
        effectiveFrom
        effectiveTo
        item {
          code
        }
      }
      changeRequests {
        kind
        status
        reason
        requestedByAgency {
          code
        }
      }
      deadlines {
        kind
        rule
        dueOn
        workingDaysLeft
        overdue
        responsibleAgency {
          code
        }
      }
      availableActions {
        action
        allowed
        blockers {
          code
          rule
        }
      }
    }
  }
`);

export const NamePanel = graphql(`
  mutation CloudNamePanel($input: CloudExpertPanelInput!) {
    cloudTenancyNameExpertPanel(input: $input) {
      cloudTenancy {
        expertPanel {
          username
          opinion
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const RecordOpinion = graphql(`
  mutation CloudRecordOpinion($input: CloudExpertOpinionInput!) {
    cloudTenancyRecordExpertOpinion(input: $input) {
      cloudTenancy {
        expertPanel {
          username
          opinion
          recordedOn
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const ChangeNamePanel = graphql(`
  mutation CloudChangeNamePanel($input: CloudExpertPanelInput!) {
    cloudChangeRequestNameExpertPanel(input: $input) {
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const ChangeRecordOpinion = graphql(`
  mutation CloudChangeRecordOpinion($input: CloudExpertOpinionInput!) {
    cloudChangeRequestRecordExpertOpinion(input: $input) {
      errors {
        code
        rule
        field
      }
    }
  }
`);

/**
 * CM-11: BDC's reviewer names the panel of a tenancy's (or an expansion's) expert review and each
 * expert on it records its own opinion, so that BDC may then record the review.
 */
export async function seatExperts(app: TestApp, ids: CloudIds, on: 'tenancy' | 'change', id: string, experts: string[] = ['expert.liu']): Promise<void> {
  const input = { id, expertIds: experts.map((e) => ids.user(e)) };
  if (on === 'tenancy') expect((await app.query(NamePanel, { input }, 'bdc.reviewer')).cloudTenancyNameExpertPanel.errors).toEqual([]);
  else expect((await app.query(ChangeNamePanel, { input }, 'bdc.reviewer')).cloudChangeRequestNameExpertPanel.errors).toEqual([]);
  for (const expert of experts) {
    const opinion = { id, opinion: '资源测算合理，同意' };
    if (on === 'tenancy') expect((await app.query(RecordOpinion, { input: opinion }, expert)).cloudTenancyRecordExpertOpinion.errors).toEqual([]);
    else expect((await app.query(ChangeRecordOpinion, { input: opinion }, expert)).cloudChangeRequestRecordExpertOpinion.errors).toEqual([]);
  }
}

/** Sorted quota in force, as `CODE×n`. */
export function quotaOf(t: { quota: { quantity: number; item?: { code: string } | null }[] }): string[] {
  return t.quota.map((q) => `${q.item?.code}×${q.quantity}`).sort();
}

export interface ProvisionOptions {
  as: string;
  zone?: string;
  resources: [string, number][];
  migration?: boolean;
  systemName?: string;
}

/** The user department a county filing names (CM-10, CM-7): the county's seeded department unless said otherwise. */
export function userDepartmentFor(ids: CloudIds, as: string): string | undefined {
  return as.endsWith('.egov') ? ids.agency(`${as.split('.')[0].toUpperCase()}-DEPT`) : undefined;
}

/** Who takes the user's steps (CM-7) on a tenancy filed by `as`: a county's department, or the filer itself. */
export function userOf(as: string): string {
  return as.endsWith('.egov') ? `${as.split('.')[0]}.dept` : as;
}

/** A signed CM-12 document uploaded by `as` (POST /documents), as the sign mutation takes it. */
export async function signedDocument(app: TestApp, as: string, signedOn: string, reference?: string) {
  return { contentId: await app.upload(as, `signed ${reference ?? ''} ${Math.random()}`, 'signed.pdf'), signedOn, reference };
}

/** Both CM-12 documents, signed and uploaded by `as`. */
export async function bothSigned(app: TestApp, as: string, signedOn: string) {
  return { responsibilityLetter: await signedDocument(app, as, signedOn, 'ZRS-1'), confirmationForm: await signedDocument(app, as, signedOn, 'QRB-1') };
}

/**
 * A tenancy taken straight to PROVISIONED on the clock's current day: applied, approved, quota as
 * requested, documents signed and uploaded, provider notified, provisioning confirmed (both on that day).
 */
export async function provisionTenancy(app: TestApp, ids: CloudIds, o: ProvisionOptions): Promise<string> {
  const resources = o.resources.map(([code, quantity]) => ({ itemId: ids.item(code), quantity }));
  const applied = await app.query(
    Apply,
    {
      input: {
        systemName: o.systemName ?? '测试业务系统',
        zoneId: ids.zone(o.zone ?? 'CT-JIAN-EXTRANET'),
        mlpsLevel: 2,
        classified: false,
        migration: o.migration ?? false,
        migratedSystemName: o.migration ? '原机房部署的业务系统' : undefined,
        contactName: '张工',
        contactPhone: '0796-8888888',
        resources,
        userDepartmentId: userDepartmentFor(ids, o.as),
      },
    },
    o.as,
  );
  expect(applied.cloudTenancyApply.errors).toEqual([]);
  const id = applied.cloudTenancyApply.cloudTenancy!.id;
  const today = (app.services.clock!.now() as Date).toISOString().slice(0, 10);
  const steps = [
    await app.query(Review, { input: { id, decision: 'APPROVE' } }, 'bdc.leader').then((r) => r.cloudTenancyReview.errors),
    await seatExperts(app, ids, 'tenancy', id, ['expert.liu', 'expert.wang']).then(() => []),
    await app
      .query(ExpertReview, { input: { id, reviewedOn: today, conclusion: '同意按申请配置', quota: resources } }, 'bdc.reviewer')
      .then((r) => r.cloudTenancyExpertReview.errors),
    await app
      .query(Sign, { input: { id, ...(await bothSigned(app, userOf(o.as), today)) } }, userOf(o.as))
      .then((r) => r.cloudTenancySignDocuments.errors),
    await app.query(Notify, { input: { id } }, 'bdc.clerk').then((r) => r.cloudTenancyNotifyProvider.errors),
    await app.query(ConfirmProvisioning, { input: { id } }, o.zone?.startsWith('CMCC') ? 'mobile.operator' : 'telecom.operator').then((r) => r.cloudTenancyConfirmProvisioning.errors),
  ];
  expect(steps).toEqual([[], [], [], [], [], []]);
  return id;
}

/** How many sessions on the app's database wait for a lock another session holds. */
export async function lockWaiters(app: TestApp): Promise<number> {
  const [row] = await sqlAsAdmin<{ n: string }>(
    app.database,
    `select count(*) n from pg_locks l join pg_stat_activity a on a.pid = l.pid where not l.granted and a.datname = $1`,
    [app.database],
  );
  return Number(row.n);
}

/**
 * Waits until `n` sessions wait for a lock, or until `pending` settles without having waited (then
 * false): how a test knows a request is blocked behind a lock the test holds.
 */
export async function untilLockWaiters(app: TestApp, n: number, pending: Promise<unknown>, timeoutMs = 10_000): Promise<boolean> {
  let settled = false;
  void pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await lockWaiters(app)) >= n) return true;
    if (settled) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

/** An expansion of the tenancy (filed by `as`) taken to PROVISIONING; returns its ID. */
export async function expansionProvisioning(app: TestApp, ids: CloudIds, tenancyId: string, as: string, lines: [string, number][]): Promise<string> {
  const today = todayOf(app.services.clock);
  const q = lines.map(([code, quantity]) => ({ itemId: ids.item(code), quantity }));
  const submitted = await app.query(ChangeSubmit, { input: { tenancyId, kind: 'EXPANSION', reason: '业务量增长', lines: q } }, as);
  expect(submitted.cloudChangeRequestSubmit.errors).toEqual([]);
  const id = submitted.cloudChangeRequestSubmit.cloudChangeRequest!.id;
  const steps = [
    await app.query(ChangeReview, { input: { id, decision: 'APPROVE' } }, 'bdc.leader').then((r) => r.cloudChangeRequestReview.errors),
    await seatExperts(app, ids, 'change', id, ['expert.wang']).then(() => []),
    await app
      .query(ChangeExpertReview, { input: { id, reviewedOn: today, conclusion: '同意扩容', quota: q } }, 'bdc.reviewer')
      .then((r) => r.cloudChangeRequestExpertReview.errors),
    await app.query(ChangeNotify, { input: { id } }, 'bdc.clerk').then((r) => r.cloudChangeRequestNotifyProvider.errors),
  ];
  expect(steps).toEqual([[], [], [], []]);
  return id;
}
