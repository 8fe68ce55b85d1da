import { invalid, type Problem } from '../../graphql/errors';
import { isIsoDate } from '../../graphql/scalars';
import { gate, type Gate } from '../../workflow/machine';
import { panelComplete, type PanelFacts } from '../experts/expert-panel';
import './cloud.messages';

/**
 * CM-11: BDC names the panel of an expert review from the expert accounts; each expert on it
 * records its own opinion, and only then does BDC record the review that fixes the resource amounts
 * (for a new tenancy and for an expansion alike: CM-14 sends an expansion through CM-11 again).
 */
export interface ExpertReview {
  reviewedOn: string;
  conclusion: string;
}

/** The review counts once BDC has named a panel and every expert on it has recorded its opinion. */
export const expertsNamed: Gate<{ expertPanel: PanelFacts }> = gate('cloudExpertsNamed', 'CM-11', (f) => panelComplete(f.expertPanel));

/** An expert records its opinion once. */
export const opinionOpen: Gate<{ expertPanel: PanelFacts }> = gate('expertOpinionOpen', 'CM-11', (f) => !f.expertPanel.mineRecorded);

/** The review took place, not in the future, and states the conclusion. */
export function reviewProblems(review: ExpertReview, today: string): Problem[] {
  return [
    ...(!isIsoDate(review.reviewedOn) || review.reviewedOn > today
      ? [invalid('CM-11', 'reviewedOn', { zh: '评审日期不能晚于今天', en: 'The review date cannot be in the future' })]
      : []),
    ...(review.conclusion.trim() ? [] : [invalid('CM-11', 'conclusion', { zh: '请填写专家评审结论', en: 'Give the experts’ conclusion' })]),
  ];
}
