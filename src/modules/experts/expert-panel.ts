import { Field, ObjectType } from 'type-graphql';
import { invalid, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { LocalDateScalar } from '../../graphql/scalars';
import type { Command } from '../../workflow/command';
import type { Workflow, WorkflowSubject } from '../../workflow/workflow';
import { AgencyKind } from '../organizations/organization.enums';
import { User } from '../organizations/user.entity';

/**
 * An expert review's panel (PM-8.2 for a project's technical review, CM-11 for a tenancy or an
 * expansion): the body that organizes the review names it from the expert accounts, and each
 * expert on it records its own opinion. The subject keeps the panel's user IDs (policies scope on
 * them) and its seats.
 */
@ObjectType('ExpertSeat', { description: 'PM-8.2, CM-11: an expert on a review panel and the opinion it recorded itself' })
export class ExpertSeat {
  /** The expert's user ID. */
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

/** A panel is named and every expert on it has recorded its opinion. */
export const panelComplete = (p: PanelFacts | undefined): boolean => Boolean(p && p.members > 0 && p.recorded === p.members);

/** The expert accounts named by global ID: each an active user of an EXPERT agency, none twice. */
export async function panelOf(cmd: Command, expertIds: string[], rule: string): Promise<{ experts: User[]; problems: Problem[] }> {
  const refused = {
    experts: [],
    problems: [invalid(rule, 'expertIds', { zh: '评审专家须为专家库中的专家账号，且不得重复', en: 'The panel is chosen from the expert accounts, each once' })],
  };
  const keys = expertIds.map((id) => keyOf(id, 'User'));
  if (keys.length === 0 || keys.some((k) => !k) || new Set(keys).size !== keys.length) return refused;
  const found = await cmd.em.find(User, { id: { $in: keys as string[] }, active: true, agency: { kind: AgencyKind.EXPERT } });
  const byId = new Map(found.map((u) => [u.id, u]));
  const experts = keys.map((k) => byId.get(k!)).filter((u): u is User => Boolean(u));
  return experts.length === keys.length ? { experts, problems: [] } : refused;
}

/** The new panel's seats: an expert already on the panel keeps the opinion it recorded. */
export function seatPanel(current: ExpertSeat[], experts: User[]): ExpertSeat[] {
  const kept = new Map(current.map((s) => [s.expertId, s]));
  return experts.map((u) => kept.get(u.id) ?? { expertId: u.id, username: u.username, displayName: u.displayName });
}

/** The seats with the expert's opinion recorded today. */
export function withOpinion(seats: ExpertSeat[], expertId: string, opinion: string, today: string): ExpertSeat[] {
  return seats.map((s) => (s.expertId === expertId ? { ...s, opinion: opinion.trim(), recordedOn: today } : s));
}

export const opinionProblems = (opinion: string, rule: string): Problem[] =>
  opinion.trim() ? [] : [invalid(rule, 'opinion', { zh: '请填写专家评审意见', en: 'Give the expert opinion' })];

/** The experts as a review records them: the panel's names. */
export const panelNames = (seats: ExpertSeat[]): string[] => seats.map((s) => s.displayName);

/** An object reviewed by an expert panel: the seats with their opinions, and the members' user IDs for the policies. */
export interface PanelReviewed extends WorkflowSubject {
  expertPanel: ExpertSeat[];
  expertPanelIds: string[];
}

/**
 * The two panel steps of a workflow (PM-8.2 for projects, CM-11 for tenancies and expansions):
 * BDC names the panel from the expert accounts (an expert who stays keeps the opinion it
 * recorded), and each expert on it records its own opinion (the policy admits the panel's members).
 */
export function panelSteps<E extends PanelReviewed, S extends string, F>(workflow: Workflow<E, S, F>, rule: string) {
  return {
    name: workflow.step<{ id: string; expertIds: string[] }>('nameExpertPanel', {
      check: async (cmd, _subject, input) => (await panelOf(cmd, input.expertIds, rule)).problems,
      async apply(cmd, subject, input) {
        const { experts } = await panelOf(cmd, input.expertIds, rule);
        subject.expertPanel = seatPanel(subject.expertPanel, experts);
        subject.expertPanelIds = experts.map((u) => u.id);
      },
    }),
    recordOpinion: workflow.step<{ id: string; opinion: string }>('recordExpertOpinion', {
      validate: (input) => opinionProblems(input.opinion, rule),
      apply(cmd, subject, input) {
        subject.expertPanel = withOpinion(subject.expertPanel, cmd.currentUser().id, input.opinion, cmd.today);
      },
      note: (input) => input.opinion,
    }),
  };
}
