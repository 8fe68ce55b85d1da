import { Field, ObjectType } from 'type-graphql';
import { invalid, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { isIsoDate, LocalDateScalar } from '../../graphql/scalars';
import type { Command } from '../../workflow/command';
import { gate, type Gate } from '../../workflow/machine';
import { AgencyKind } from '../organizations/organization.enums';
import { User } from '../organizations/user.entity';
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

/** One seat of a panel: the expert (a user of an EXPERT agency) and the opinion it recorded. */
@ObjectType('CloudExpertSeat', { description: 'CM-11: an expert on the review panel and the opinion it recorded itself' })
export class ExpertSeat {
  /** The expert's user ID (policies scope on the panel's IDs). */
  expertId!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Null until the expert records it' })
  opinion?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  recordedOn?: string;
}

/** What the panel gates read: its size, how many opinions are in, whether the current user's is. */
export interface PanelFacts {
  members: number;
  recorded: number;
  mineRecorded: boolean;
}

export function panelFacts(seats: ExpertSeat[], userId: string | undefined): PanelFacts {
  return {
    members: seats.length,
    recorded: seats.filter((s) => s.opinion).length,
    mineRecorded: seats.some((s) => s.expertId === userId && Boolean(s.opinion)),
  };
}

/** The review counts once BDC has named a panel and every expert on it has recorded its opinion. */
export const expertsNamed: Gate<{ expertPanel: PanelFacts }> = gate(
  'cloudExpertsNamed',
  'CM-11',
  (f) => f.expertPanel.members > 0 && f.expertPanel.recorded === f.expertPanel.members,
);

/** An expert records its opinion once. */
export const opinionOpen: Gate<{ expertPanel: PanelFacts }> = gate('expertOpinionOpen', 'CM-11', (f) => !f.expertPanel.mineRecorded);

const NOT_EXPERTS = invalid('CM-11', 'expertIds', {
  zh: '评审专家须为专家库中的专家账号，且不得重复',
  en: 'The panel is chosen from the expert accounts, each once',
});

/** The expert accounts named by global ID: each an active user of an EXPERT agency, none twice. */
export async function panelOf(cmd: Command, expertIds: string[]): Promise<{ experts: User[]; problems: Problem[] }> {
  const keys = expertIds.map((id) => keyOf(id, 'User'));
  if (keys.length === 0 || keys.some((k) => !k) || new Set(keys).size !== keys.length) return { experts: [], problems: [NOT_EXPERTS] };
  const found = await cmd.em.find(User, { id: { $in: keys as string[] }, active: true, agency: { kind: AgencyKind.EXPERT } });
  const byId = new Map(found.map((u) => [u.id, u]));
  const experts = keys.map((k) => byId.get(k!)).filter((u): u is User => Boolean(u));
  return experts.length === keys.length ? { experts, problems: [] } : { experts: [], problems: [NOT_EXPERTS] };
}

/** The new panel's seats: an expert already on the panel keeps the opinion it recorded. */
export function seatPanel(current: ExpertSeat[], experts: User[]): ExpertSeat[] {
  const kept = new Map(current.map((s) => [s.expertId, s]));
  return experts.map((u) => kept.get(u.id) ?? { expertId: u.id, username: u.username, displayName: u.displayName });
}

/** The seats with the current expert's opinion recorded today. */
export function withOpinion(seats: ExpertSeat[], expertId: string, opinion: string, today: string): ExpertSeat[] {
  return seats.map((s) => (s.expertId === expertId ? { ...s, opinion: opinion.trim(), recordedOn: today } : s));
}

export const opinionProblems = (opinion: string): Problem[] =>
  opinion.trim() ? [] : [invalid('CM-11', 'opinion', { zh: '请填写专家评审意见', en: 'Give the expert opinion' })];

/** The review took place, not in the future, and states the conclusion. */
export function reviewProblems(review: ExpertReview, today: string): Problem[] {
  return [
    ...(!isIsoDate(review.reviewedOn) || review.reviewedOn > today
      ? [invalid('CM-11', 'reviewedOn', { zh: '评审日期不能晚于今天', en: 'The review date cannot be in the future' })]
      : []),
    ...(review.conclusion.trim() ? [] : [invalid('CM-11', 'conclusion', { zh: '请填写专家评审结论', en: 'Give the experts’ conclusion' })]),
  ];
}

/** The experts as the review records them: the panel's names. */
export const panelNames = (seats: ExpertSeat[]): string[] => seats.map((s) => s.displayName);
