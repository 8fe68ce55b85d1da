import { UserErrorCode, invalid, type Problem } from '../../graphql/errors';
import { isIsoDate } from '../../graphql/scalars';
import { gate, type Gate } from '../../workflow/machine';
import './cloud.messages';

/**
 * CM-11: the expert review BDC organizes fixes resource amounts, for a new tenancy and for an
 * expansion alike (CM-14 sends an expansion through CM-11 again): the same input, the same checks.
 */
export interface ExpertReview {
  reviewedOn: string;
  experts: string[];
  conclusion: string;
}

/** The experts as recorded: trimmed, none empty. */
export function expertNames(review: ExpertReview): string[] {
  return review.experts.map((e) => e.trim()).filter(Boolean);
}

/** The review's own facts for the gate below. */
export function expertReviewFacts(review: ExpertReview): { experts: string[]; conclusion: string } {
  return { experts: expertNames(review), conclusion: review.conclusion };
}

/** The experts are named and their conclusion given. */
export const expertsNamed: Gate<{ expertReview?: { experts: string[]; conclusion: string } }> = gate(
  'cloudExpertsNamed',
  'CM-11',
  (f) => !f.expertReview || (f.expertReview.experts.length > 0 && Boolean(f.expertReview.conclusion.trim())),
  { code: UserErrorCode.INVALID_INPUT, field: 'experts' },
);

/** The review took place, not in the future. */
export function reviewDateProblems(review: ExpertReview, today: string): Problem[] {
  return !isIsoDate(review.reviewedOn) || review.reviewedOn > today
    ? [invalid('CM-11', 'reviewedOn', { zh: '评审日期不能晚于今天', en: 'The review date cannot be in the future' })]
    : [];
}
