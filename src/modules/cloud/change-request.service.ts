import { invalid, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { CloudChangeLine, CloudChangeRequest } from './change-request.entity';
import { CloudChangeKind, ReviewDecision } from './cloud.enums';
import type { CloudChangeRequestReviewInput, CloudChangeRequestStepInput, CloudExpertOpinionInput, CloudExpertPanelInput, CloudExpertReviewInput } from './cloud.types';
import { changeRequestWorkflow, workingCalendar, workingDays } from './cloud.workflow';
import { panelNames, panelSteps } from '../experts/expert-panel';
import { reviewProblems } from './expert-review';
import { kindMismatch, putQuotaInForce, quantitiesFitKind, type QuantityInput } from './quota';
import { CloudTenancy } from './tenancy.entity';

const NOT_OF_THE_REQUEST = (rule: string, field: string) =>
  invalid(rule, field, { zh: '只能确定申请中所列服务项的数量', en: 'Only the items of the request can be decided' });

/** The amounts decided for the request's items, by item ID; `unknown` when a line names another item. */
function decide(lines: CloudChangeLine[], given: QuantityInput[]): { decided: Map<string, number>; unknown: boolean } {
  const byItem = new Map(lines.map((l) => [l.item.id, l]));
  const decided = new Map<string, number>();
  let unknown = false;
  for (const l of given) {
    const line = byItem.get(keyOf(l.itemId, 'CloudServiceItem') ?? '');
    if (!line) unknown = true;
    else decided.set(line.item.id, l.quantity);
  }
  return { decided, unknown };
}

function decidedQuantities(lines: CloudChangeLine[]): Map<string, number> {
  return new Map(lines.map((l) => [l.item.id, l.decidedQuantity ?? l.requestedQuantity]));
}

/** A reduction's amounts as BDC approves them, when not those requested: only lower, and lower still. */
function reductionProblems(cr: CloudChangeRequest, input: CloudChangeRequestReviewInput): Problem[] {
  if (!input.lines?.length || input.decision !== ReviewDecision.APPROVE) return [];
  if (cr.kind !== CloudChangeKind.REDUCTION) return [invalid('CM-14', 'lines', { zh: '扩容的数量由专家评审确定', en: 'An expansion’s amounts are fixed by the expert review' })];
  const lines = cr.lines.getItems();
  const { decided, unknown } = decide(lines, input.lines);
  if (unknown) return [NOT_OF_THE_REQUEST('CM-14', 'lines')];
  const pairs = lines.map((l) => ({ original: l.originalQuantity, quantity: decided.get(l.item.id) ?? l.requestedQuantity }));
  return pairs.every((p) => Number.isInteger(p.quantity) && p.quantity >= 0) && quantitiesFitKind(CloudChangeKind.REDUCTION, pairs) ? [] : [kindMismatch(CloudChangeKind.REDUCTION)];
}

/**
 * CM-14: BDC reviews a change. An approved expansion goes on to the expert review; an approved
 * reduction is in force today and the provider is notified.
 */
export const reviewChange = changeRequestWorkflow.step<CloudChangeRequestReviewInput>('review', {
  note: (input) => input.reasons,
  inputFacts: (_cmd, _cr, input) => ({ review: { decision: input.decision, reasons: input.reasons } }),
  check: (_cmd, cr, input) => reductionProblems(cr, input),
  async apply(cmd, cr, input) {
    if (input.decision === ReviewDecision.RETURN) {
      cr.returnReasons = input.reasons!.trim();
      return;
    }
    cr.approvedOn = cmd.today;
    if (cr.kind === CloudChangeKind.REDUCTION) {
      const lines = cr.lines.getItems();
      const { decided } = decide(lines, input.lines ?? []);
      for (const l of lines) l.decidedQuantity = decided.get(l.item.id) ?? l.requestedQuantity;
      cr.providerNotifiedOn = cmd.today;
      cr.completedOn = cmd.today;
      await putQuotaInForce(cmd.em, await cmd.em.findOneOrFail(CloudTenancy, cr.tenancy.id), decidedQuantities(lines), cmd.today, cr);
    }
  },
});

/** An expansion's amounts as the experts fixed them: an item they leave out keeps its amount. */
function expansionAmounts(cr: CloudChangeRequest, input: CloudExpertReviewInput) {
  const lines = cr.lines.getItems();
  const { decided, unknown } = decide(lines, input.quota);
  const pairs = lines.map((l) => ({ original: l.originalQuantity, quantity: decided.get(l.item.id) ?? l.originalQuantity }));
  return { lines, decided, unknown, withinKind: pairs.every((p) => Number.isInteger(p.quantity)) && quantitiesFitKind(CloudChangeKind.EXPANSION, pairs) };
}

/** CM-14 → CM-11: BDC names the expansion's panel; each expert on it records its own opinion. */
const changePanel = panelSteps(changeRequestWorkflow, 'CM-11');
export const nameChangeExpertPanel = changePanel.name;
export const recordChangeExpertOpinion = changePanel.recordOpinion;

/** CM-14 → CM-11: once the panel's opinions are in, the expert review fixes an approved expansion's amounts. */
export const recordChangeExpertReview = changeRequestWorkflow.step<CloudExpertReviewInput>('recordExpertReview', {
  note: (input) => input.conclusion,
  inputFacts: (_cmd, cr, input) => ({ expertReview: { withinKind: expansionAmounts(cr, input).withinKind } }),
  check: (cmd, cr, input) => [...(expansionAmounts(cr, input).unknown ? [NOT_OF_THE_REQUEST('CM-11', 'quota')] : []), ...reviewProblems(input, cmd.today)],
  apply(_cmd, cr, input) {
    const { lines, decided } = expansionAmounts(cr, input);
    cr.expertReviewOn = input.reviewedOn;
    cr.experts = panelNames(cr.expertPanel);
    cr.expertConclusion = input.conclusion.trim();
    for (const l of lines) l.decidedQuantity = decided.get(l.item.id) ?? l.originalQuantity;
  },
});

/** CM-12 (by CM-14): BDC tells the provider to provision the expansion within 3 working days. */
export const notifyChangeProvider = changeRequestWorkflow.step<CloudChangeRequestStepInput>('notifyProvider', {
  note: (input) => input.note,
  async apply(cmd, cr) {
    cr.providerNotifiedOn = cmd.today;
    cr.provisioningDueOn = (await workingCalendar(cmd.em)).addWorkingDays(cmd.today, workingDays.provisioning());
  },
});

/** CM-8: the provider confirms the expansion provisioned; the new quota is in force from today. */
export const confirmChangeProvisioning = changeRequestWorkflow.step<CloudChangeRequestStepInput>('confirmProvisioning', {
  note: (input) => input.note,
  async apply(cmd, cr) {
    cr.completedOn = cmd.today;
    await putQuotaInForce(cmd.em, await cmd.em.findOneOrFail(CloudTenancy, cr.tenancy.id), decidedQuantities(cr.lines.getItems()), cmd.today, cr);
  },
});
