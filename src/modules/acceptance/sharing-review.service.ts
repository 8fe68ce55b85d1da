import type { RequestContext } from '../../context';
import { keyOf } from '../../graphql/global-id';
import { runCommand, type Command } from '../../workflow/command';
import { commandFacts } from './acceptance.facts';
import { actorName, blank, lockProject } from './acceptance.helpers';
import { invalid, refuseIfAny } from '../../graphql/errors';
import { recordTransition } from '../../workflow/transition';
import { NONE, sharingReviewMachine } from './acceptance.machine';
import { SharingReviewStatus } from './acceptance.enums';
import { todayOf } from '../../calendar/clock';
import { SharingReview } from './sharing-review.entity';

export interface SharingReviewRequestInput {
  projectId: string;
  note: string;
}

export interface SharingReviewConfirmInput {
  confirmation: string;
  /** Date of the confirmation; today when omitted. */
  confirmedOn?: string | null;
}

/**
 * PM-15: the construction unit asks BDC to review the data sharing of its project (again, after a
 * return). The review is created on the first request.
 */
export function requestSharingReview(ctx: RequestContext, input: SharingReviewRequestInput) {
  return runCommand(ctx, { action: 'request', subjectType: 'SharingReview' }, async (cmd) => {
    const project = await lockProject(cmd, input.projectId);
    if (!project) throw cmd.notFound('Project');
    const facts = commandFacts(cmd);
    const existing = await facts.sharingReview(project.id);
    const state = existing?.status ?? NONE;
    const review =
      existing ??
      Object.assign(new SharingReview(), { project, requestNote: input.note.trim(), requestedBy: cmd.currentUser(), requestedAt: new Date() });
    if (!cmd.canRead(review)) throw cmd.notFound('Project');
    cmd.authorize('request', review);
    cmd.subjectId = review.id;

    const problems = sharingReviewMachine.blockers(state, 'request', await facts.sharingFacts(project.id));
    if (blank(input.note)) {
      problems.push(invalid('PM-15', 'note', { zh: '请说明项目数据共享完成情况', en: 'Describe what the project shares' }));
    }
    refuseIfAny(problems);

    if (existing) {
      existing.status = SharingReviewStatus.REQUESTED;
      existing.requestNote = input.note.trim();
      existing.requestCount += 1;
      existing.requestedBy = cmd.currentUser();
      existing.requestedAt = new Date();
    } else {
      cmd.em.persist(review);
    }
    recordTransition(cmd, review, 'request', state, SharingReviewStatus.REQUESTED, input.note);
    return review;
  });
}

async function loadReview(cmd: Command, id: string): Promise<SharingReview> {
  const key = keyOf(id, 'SharingReview');
  const review = key ? await cmd.em.findOne(SharingReview, key, { populate: ['project'] }) : null;
  if (!review || !cmd.canRead(review)) throw cmd.notFound('SharingReview');
  return review;
}

/** PM-15: BDC, and BDC alone, confirms that the project shares its data as required. */
export function confirmSharingReview(ctx: RequestContext, id: string, input: SharingReviewConfirmInput) {
  return runCommand(ctx, { action: 'confirm', subjectType: 'SharingReview', subjectId: keyOf(id, 'SharingReview') ?? undefined }, async (cmd) => {
    const review = await loadReview(cmd, id);
    cmd.authorize('confirm', review);
    const today = todayOf(ctx.services.clock);
    const confirmedOn = input.confirmedOn ?? today;
    const problems = sharingReviewMachine.blockers(review.status, 'confirm', await commandFacts(cmd).sharingFacts(review.project.id));
    if (blank(input.confirmation)) {
      problems.push(invalid('PM-15', 'confirmation', { zh: '请填写数据共享完成确认意见', en: 'Write the confirmation opinion' }));
    }
    if (confirmedOn > today) {
      problems.push(invalid('PM-15', 'confirmedOn', { zh: '确认日期不能晚于今天', en: 'The confirmation cannot be dated in the future' }));
    }
    refuseIfAny(problems);
    const from = review.status;
    review.status = SharingReviewStatus.CONFIRMED;
    review.confirmation = input.confirmation.trim();
    review.confirmedOn = confirmedOn;
    review.confirmedAt = new Date();
    review.confirmedBy = cmd.currentUser();
    review.confirmedByName = actorName(cmd);
    review.confirmedByAgency = cmd.currentAgency();
    recordTransition(cmd, review, 'confirm', from, review.status, input.confirmation);
    return review;
  });
}

/** PM-15: BDC returns the review with its findings; the unit may ask again. */
export function returnSharingReview(ctx: RequestContext, id: string, findings: string) {
  return runCommand(ctx, { action: 'return', subjectType: 'SharingReview', subjectId: keyOf(id, 'SharingReview') ?? undefined }, async (cmd) => {
    const review = await loadReview(cmd, id);
    cmd.authorize('return', review);
    const problems = sharingReviewMachine.blockers(review.status, 'return', await commandFacts(cmd).sharingFacts(review.project.id));
    if (blank(findings)) {
      problems.push(invalid('PM-15', 'findings', { zh: '退回须写明审查发现的问题', en: 'A return states the findings' }));
    }
    refuseIfAny(problems);
    const from = review.status;
    review.status = SharingReviewStatus.RETURNED;
    review.findings = findings.trim();
    review.returnedAt = new Date();
    review.returnedBy = cmd.currentUser();
    recordTransition(cmd, review, 'return', from, review.status, findings);
    return review;
  });
}
