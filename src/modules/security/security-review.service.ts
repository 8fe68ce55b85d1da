import type { RequestContext } from '../../context';
import { invalid, type Problem, refuseIfAny } from '../../graphql/errors';
import { runCommand } from '../../workflow/command';
import { actorName, blank, findProject } from '../acceptance/acceptance.helpers';
import { SecurityReview } from './security-review.entity';
import type { SecurityReviewRecordInput } from './security-review.types';

function reviewProblems(input: SecurityReviewRecordInput, today: string): Problem[] {
  const problems: Problem[] = [];
  if (blank(input.findings)) problems.push(invalid('PM-4', 'findings', { zh: '请写明网络安全审查意见', en: 'State what the security review found' }));
  if (blank(input.cryptographyPlanAssessment)) {
    problems.push(invalid('PM-12', 'cryptographyPlanAssessment', { zh: '请写明对密码应用方案的评估意见', en: 'State the assessment of the cryptography plan' }));
  }
  if (input.reviewedOn > today) problems.push(invalid('PM-4', 'reviewedOn', { zh: '审查日期不能晚于今天', en: 'The review cannot be dated in the future' }));
  return problems;
}

/**
 * PM-4, PM-12: NSC records its security review of a project (网络安全审查): findings, conclusion
 * and its assessment of the cryptography plan. Acceptance needs one on file (PM-12).
 */
export function recordSecurityReview(ctx: RequestContext, input: SecurityReviewRecordInput) {
  return runCommand(ctx, { action: 'record', subjectType: 'SecurityReview' }, async (cmd) => {
    const project = await findProject(cmd, input.projectId);
    if (!project || !cmd.canRead(project)) throw cmd.notFound('Project');
    const review = Object.assign(new SecurityReview(), {
      project,
      reviewedOn: input.reviewedOn,
      conclusion: input.conclusion,
      findings: input.findings.trim(),
      cryptographyPlanConclusion: input.cryptographyPlanConclusion,
      cryptographyPlanAssessment: input.cryptographyPlanAssessment.trim(),
      reviewer: cmd.currentUser(),
      reviewerName: actorName(cmd),
      reviewedByAgency: cmd.currentAgency(),
    });
    cmd.subjectId = review.id;
    cmd.authorize('record', review);
    refuseIfAny(reviewProblems(input, cmd.today));
    cmd.em.persist(review);
    return review;
  });
}
