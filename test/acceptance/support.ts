import { randomBytes } from 'node:crypto';
import { toGlobalId } from '../../src/graphql/global-id';
import { systemClock, todayOf } from '../../src/calendar/clock';
import { addDays } from '../../src/calendar/dates';
import { ACCEPTANCE_REPORTS } from '../../src/modules/acceptance/acceptance.enums';
import { Agency } from '../../src/modules/organizations/agency.entity';
import { CITY_CODE, Division } from '../../src/modules/organizations/division.entity';
import { Project } from '../../src/modules/projects/project.entity';
import { BuildType, NetworkKind, ProjectCategory, ProjectStatus } from '../../src/modules/projects/project.enums';
import { graphql } from '../gql';
import type { TestApp } from '../support/app';

/** Today by the service's clock: these tests leave it the system clock. */
export const today = () => todayOf(systemClock);
export const daysFromToday = (n: number) => addDays(today(), n);

/**
 * A project fixture made directly with the ORM (the project workflow drives projects up to
 * construction; acceptance starts from there).
 */
export async function createProject(
  app: TestApp,
  options: { unit: string; dueOn?: string | null; status?: ProjectStatus; name?: string; competent?: string },
): Promise<{ id: string; gid: string; code: string }> {
  const em = app.orm.em.fork();
  const unit = await em.findOneOrFail(Agency, { code: options.unit }, { populate: ['county'] });
  const code = `JA-T-${randomBytes(4).toString('hex')}`;
  const project = em.create(Project, {
    code,
    name: options.name ?? `${unit.name}信息系统建设项目`,
    constructionUnit: unit,
    division: unit.county ?? (await em.findOneOrFail(Division, { code: CITY_CODE })),
    category: ProjectCategory.BUSINESS_SYSTEM,
    buildType: BuildType.NEW,
    network: NetworkKind.EGOV_EXTRANET,
    investment: '3200000.00',
    year: 2026,
    status: options.status ?? ProjectStatus.UNDER_CONSTRUCTION,
    acceptanceDueOn: options.dueOn === undefined ? daysFromToday(90) : (options.dueOn ?? undefined),
    // PM-16.3: the department its acceptance may be delegated to; by default the unit's own.
    competentDepartment: options.competent ? await em.findOneOrFail(Agency, { code: options.competent }) : unit.competentDepartment,
  });
  await em.flush();
  return { id: project.id, gid: toGlobalId('Project', project.id), code };
}

export async function agencyGid(app: TestApp, code: string): Promise<string> {
  const agency = await app.orm.em.fork().findOneOrFail(Agency, { code });
  return toGlobalId('Agency', agency.id);
}

/** The six acceptance reports (PM-16.1), uploaded by `as`; `except` leaves some out. */
export async function reports(app: TestApp, as: string, except: string[] = []) {
  const out = [];
  for (const kind of ACCEPTANCE_REPORTS.filter((k) => !except.includes(k))) {
    out.push({ kind, title: `${kind} 报告`, contentId: await app.upload(as, `${kind} ${Math.random()}`, `${kind}.pdf`) });
  }
  return out;
}

export const findings = (crypto: 'MET' | 'NOT_MET' = 'MET') => ({
  productSecurity: { conclusion: 'MET' as const, note: '采用安全可靠产品，已核验清单' },
  cryptography: { conclusion: crypto, note: crypto === 'MET' ? '密评通过，商用密码应用合规' : '未采用商用密码保护重要数据' },
  energyEfficiency: { conclusion: 'NOT_APPLICABLE' as const, note: '部署于市政务云，无新增硬件和数据中心' },
});

export const ApplyAcceptance = graphql(`
  mutation ApplyAcceptance($input: AcceptanceApplyInput!) {
    acceptanceApply(input: $input) {
      acceptanceRecord {
        id
        round
        status
        delegated
        reportReceived
        organizerAgency {
          code
        }
        previous {
          round
          status
        }
      }
      errors {
        code
        rule
        field
        message
      }
    }
  }
`);

export const RequestSharing = graphql(`
  mutation RequestSharing($input: SharingReviewRequestInput!) {
    sharingReviewRequest(input: $input) {
      sharingReview {
        id
        status
        requestCount
        findings
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const ConfirmSharing = graphql(`
  mutation ConfirmSharing($input: SharingReviewConfirmInput!) {
    sharingReviewConfirm(input: $input) {
      sharingReview {
        status
        confirmedOn
        confirmedByName
        confirmation
        confirmedByAgency {
          code
        }
        history {
          event
          fromState
          toState
          note
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

export const ReturnSharing = graphql(`
  mutation ReturnSharing($input: SharingReviewReturnInput!) {
    sharingReviewReturn(input: $input) {
      sharingReview {
        status
        findings
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const ApplyExtension = graphql(`
  mutation ApplyExtension($input: AcceptanceExtensionApplyInput!) {
    acceptanceExtensionApply(input: $input) {
      acceptanceExtension {
        id
        status
        previousDueOn
        requestedDueOn
        appliedAfterDue
        decidingAgency {
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

export const DecideExtension = graphql(`
  mutation DecideExtension($input: AcceptanceExtensionDecideInput!) {
    acceptanceExtensionDecide(input: $input) {
      acceptanceExtension {
        status
        approvedDueOn
        decidedByName
        decisionNote
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const Organize = graphql(`
  mutation Organize($input: AcceptanceOrganizeInput!) {
    acceptanceOrganize(input: $input) {
      acceptanceRecord {
        status
      }
      errors {
        code
        rule
      }
    }
  }
`);

export const Delegate = graphql(`
  mutation Delegate($input: AcceptanceDelegateInput!) {
    acceptanceDelegate(input: $input) {
      acceptanceRecord {
        status
        delegated
        delegate {
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

export const RecordResult = graphql(`
  mutation RecordResult($input: AcceptanceResultInput!) {
    acceptanceRecordResult(input: $input) {
      acceptanceRecord {
        status
        result
        heldOn
        reportReceived
        decidedByName
        decidedByAgency {
          code
        }
        failureReasons
        findings {
          productSecurity {
            conclusion
            note
          }
          cryptography {
            conclusion
          }
          energyEfficiency {
            conclusion
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

export const ReportToDrc = graphql(`
  mutation ReportToDrc($input: AcceptanceReportToDrcInput!) {
    acceptanceReportToDrc(input: $input) {
      acceptanceRecord {
        status
        reportReceived
        reportedAt
      }
      errors {
        code
        rule
      }
    }
  }
`);

export const RecordSecurityTest = graphql(`
  mutation RecordSecurityTest($input: SecurityTestRecordInput!) {
    securityTestRecord(input: $input) {
      securityTest {
        id
        kind
        testedOn
        tester
        result
        mlpsLevel
        recordedByAgency {
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

export const RecordOmContract = graphql(`
  mutation RecordOmContract($input: OmContractRecordInput!) {
    omContractRecord(input: $input) {
      omContract {
        id
        supplierName
        warrantyEndsOn
        startsOn
        endsOn
        amount
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const RecordFinding = graphql(`
  mutation RecordFinding($input: ProjectFindingRecordInput!) {
    projectFindingRecord(input: $input) {
      projectFinding {
        id
        kind
        measure
        recordedByName
        recordedByAgency {
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

export const ProjectFilings = graphql(`
  query ProjectFilings($id: ID!) {
    node(id: $id) {
      __typename
      ... on Project {
        acceptanceFilings {
          action
          allowed
          blockers {
            code
            rule
            gate
            field
          }
        }
        sharingReview {
          id
          status
        }
        acceptanceRecords {
          id
          status
        }
        acceptanceExtensions {
          id
          status
        }
      }
    }
  }
`);

export const RecordById = graphql(`
  query RecordById($id: ID!) {
    acceptanceRecord(id: $id) {
      status
      round
      delegated
      reportReceived
      decidedByAgency {
        code
      }
      project {
        status
        acceptanceDueOn
      }
      history {
        event
        fromState
        toState
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

/** Takes a project through the sharing review to BDC's confirmation (PM-15). */
export async function confirmSharing(app: TestApp, projectGid: string, unitUser: string): Promise<void> {
  const req = await app.query(RequestSharing, { input: { projectId: projectGid, note: '已接入市数据共享交换平台，发布资源目录 12 项' } }, unitUser);
  if (req.sharingReviewRequest.errors.length) throw new Error(JSON.stringify(req.sharingReviewRequest.errors));
  const ok = await app.query(ConfirmSharing, { input: { id: req.sharingReviewRequest.sharingReview!.id, confirmation: '数据共享完成' } }, 'bdc.leader');
  if (ok.sharingReviewConfirm.errors.length) throw new Error(JSON.stringify(ok.sharingReviewConfirm.errors));
}

/** Records the MLPS test that the security risk assessment includes (PM-11, PM-16.1). */
export async function recordMlpsTest(app: TestApp, projectGid: string, unitUser: string): Promise<void> {
  const res = await app.query(
    RecordSecurityTest,
    { input: { projectId: projectGid, kind: 'MLPS_TEST', testedOn: today(), tester: '江西省信息安全测评中心', result: 'PASSED', mlpsLevel: 2 } },
    unitUser,
  );
  if (res.securityTestRecord.errors.length) throw new Error(JSON.stringify(res.securityTestRecord.errors));
}

export const RecordSecurityReview = graphql(`
  mutation RecordSecurityReview($input: SecurityReviewRecordInput!) {
    securityReviewRecord(input: $input) {
      securityReview {
        id
        reviewedOn
        conclusion
        findings
        cryptographyPlanConclusion
        reviewerName
        reviewedByAgency {
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

/** NSC's security review of the project (PM-4), on which the acceptance's security finding rests (PM-12). */
export async function recordSecurityReview(app: TestApp, projectGid: string, as = 'nsc.reviewer'): Promise<string> {
  const res = await app.query(
    RecordSecurityReview,
    {
      input: {
        projectId: projectGid,
        reviewedOn: today(),
        conclusion: 'PASSED',
        findings: '已落实网络安全等级保护和网络安全审查制度要求',
        cryptographyPlanConclusion: 'PASSED',
        cryptographyPlanAssessment: '密码应用方案采用 SM2/SM3/SM4，符合 GB/T 39786',
      },
    },
    as,
  );
  if (res.securityReviewRecord.errors.length) throw new Error(JSON.stringify(res.securityReviewRecord.errors));
  return res.securityReviewRecord.securityReview!.id;
}

/**
 * A project ready to apply: sharing confirmed, MLPS test on record, NSC's security review on file
 * (for the result, PM-12), the six reports attached by the application.
 */
export async function applyReady(app: TestApp, projectGid: string, unitUser: string) {
  await confirmSharing(app, projectGid, unitUser);
  await recordMlpsTest(app, projectGid, unitUser);
  await recordSecurityReview(app, projectGid);
  return app.query(ApplyAcceptance, { input: { projectId: projectGid, reports: await reports(app, unitUser) } }, unitUser);
}
