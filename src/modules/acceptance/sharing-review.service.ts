import type { RequestContext } from '../../context';
import { invalid, type Problem } from '../../graphql/errors';
import { keyOf, toGlobalId } from '../../graphql/global-id';
import { actorName, blank, lockProject } from './acceptance.helpers';
import type { SharingReviewConfirmInput, SharingReviewRequestInput, SharingReviewReturnInput } from './acceptance.types';
import { sharingReviewWorkflow as workflow } from './acceptance.workflow';
import { SharingReview } from './sharing-review.entity';

function requestProblems(input: SharingReviewRequestInput): Problem[] {
  return blank(input.note) ? [invalid('PM-15', 'note', { zh: '请说明项目数据共享完成情况', en: 'Describe what the project shares' })] : [];
}

/** The first request creates the review. */
const requestFirst = workflow.create<SharingReviewRequestInput>('request', {
  async build(cmd, input) {
    const project = await lockProject(cmd, input.projectId);
    if (!project) throw cmd.notFound('Project');
    const review = Object.assign(new SharingReview(), { project, requestNote: input.note.trim(), requestedBy: cmd.currentUser(), requestedAt: new Date() });
    // Whoever sees the project is told whether they may file (FORBIDDEN); nobody else learns of it.
    if (!cmd.canRead(review) && !cmd.canRead(project)) throw cmd.notFound('Project');
    return review;
  },
  validate: requestProblems,
  note: (i) => i.note,
});

/** A request after a return asks again on the same review. */
const requestAgain = workflow.step<SharingReviewRequestInput & { reviewId: string }>('request', {
  id: (i) => i.reviewId,
  validate: requestProblems,
  apply(cmd, review, input) {
    review.requestNote = input.note.trim();
    review.requestCount += 1;
    review.requestedBy = cmd.currentUser();
    review.requestedAt = new Date();
  },
  note: (i) => i.note,
});

/**
 * PM-15: the construction unit asks BDC to review the data sharing of its project (again, after a
 * return). The review is created on the first request.
 */
export async function requestSharingReview(ctx: RequestContext, input: SharingReviewRequestInput) {
  const key = keyOf(input.projectId, 'Project');
  const existing = key ? await ctx.em.findOne(SharingReview, { project: key }) : null;
  return existing ? requestAgain(ctx, { ...input, reviewId: toGlobalId('SharingReview', existing.id) }) : requestFirst(ctx, input);
}

/** PM-15: BDC, and BDC alone, confirms that the project shares its data as required. */
export const confirmSharingReview = workflow.step<SharingReviewConfirmInput>('confirm', {
  validate: (input) =>
    blank(input.confirmation) ? [invalid('PM-15', 'confirmation', { zh: '请填写数据共享完成确认意见', en: 'Write the confirmation opinion' })] : [],
  check: (cmd, _review, input) =>
    input.confirmedOn && input.confirmedOn > cmd.today
      ? [invalid('PM-15', 'confirmedOn', { zh: '确认日期不能晚于今天', en: 'The confirmation cannot be dated in the future' })]
      : [],
  apply(cmd, review, input) {
    review.confirmation = input.confirmation.trim();
    review.confirmedOn = input.confirmedOn ?? cmd.today;
    review.confirmedAt = new Date();
    review.confirmedBy = cmd.currentUser();
    review.confirmedByName = actorName(cmd);
    review.confirmedByAgency = cmd.currentAgency();
  },
  note: (i) => i.confirmation,
});

/** PM-15: BDC returns the review with its findings; the unit may ask again. */
export const returnSharingReview = workflow.step<SharingReviewReturnInput>('return', {
  validate: (input) => (blank(input.findings) ? [invalid('PM-15', 'findings', { zh: '退回须写明审查发现的问题', en: 'A return states the findings' })] : []),
  apply(cmd, review, input) {
    review.findings = input.findings.trim();
    review.returnedAt = new Date();
    review.returnedBy = cmd.currentUser();
  },
  note: (i) => i.findings,
});
