import type { RequestContext } from '../../context';
import { conflict, invalid, Refusal, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { runCommand } from '../../workflow/command';
import type { CloudProviderAssessmentInput } from '../cloud/cloud.types';
import { CloudProviderAssessment } from '../cloud/incident.entity';
import { Agency } from '../organizations/agency.entity';
import { AgencyKind } from '../organizations/organization.enums';
import { CloudAssessmentCriterion, CloudAssessmentScore, CloudAssessmentStandard } from './assessment-standard.entity';
import type { CloudAssessmentStandardPublishInput } from './monitoring.types';

const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

function standardProblems(input: CloudAssessmentStandardPublishInput): Problem[] {
  const problems: Problem[] = [];
  const bad = (field: string, zh: string, en: string) => problems.push(invalid('CM-16', field, { zh, en }));
  if (!input.title.trim()) bad('title', '请填写标准名称', 'Give the standard a title');
  if (input.criteria.length === 0) bad('criteria', '请至少列出一项考核指标', 'List at least one criterion');
  const codes = new Set<string>();
  input.criteria.forEach((c, i) => {
    if (!CODE.test(c.code)) bad(`criteria[${i}].code`, '指标编码为大写字母、数字和下划线', 'A criterion code is capitals, digits and underscores');
    else if (codes.has(c.code)) bad(`criteria[${i}].code`, `指标编码「${c.code}」重复`, `Criterion ${c.code} is listed twice`);
    codes.add(c.code);
    if (!c.name.trim()) bad(`criteria[${i}].name`, '请填写指标名称', 'Name the criterion');
    if (!Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100) bad(`criteria[${i}].weight`, '权重为 1 至 100 的整数', 'A weight is a whole number from 1 to 100');
  });
  const total = input.criteria.reduce((sum, c) => sum + (Number.isInteger(c.weight) ? c.weight : 0), 0);
  if (input.criteria.length && total !== 100) bad('criteria', `各项权重之和须为 100（现为 ${total}）`, `The weights sum to 100 (they sum to ${total})`);
  return problems;
}

/**
 * CM-16: BDC publishes a version of its service-quality assessment standard, whole: its criteria
 * and their weights (summing to 100). The next version number; nothing of a published version can
 * change afterwards (a revision is the next version).
 */
export function publishAssessmentStandard(ctx: RequestContext, input: CloudAssessmentStandardPublishInput) {
  return runCommand(ctx, { action: 'publish', subjectType: 'CloudAssessmentStandard' }, async (cmd) => {
    const [{ max }] = await cmd.em.execute<{ max: number | null }[]>('select max(version) as max from cloud_assessment_standard');
    const standard = cmd.em.create(
      CloudAssessmentStandard,
      { version: (max ?? 0) + 1, title: input.title.trim(), publishedOn: cmd.today, publishedBy: cmd.currentUser() },
      { persist: false },
    );
    cmd.subjectId = standard.id;
    cmd.authorize('publish', standard);
    const problems = standardProblems(input);
    if (problems.length) throw new Refusal(problems);
    cmd.em.persist(standard);
    input.criteria.forEach((c, i) =>
      cmd.em.create(CloudAssessmentCriterion, {
        standard,
        code: c.code,
        name: c.name.trim(),
        description: c.description?.trim() || undefined,
        weight: c.weight,
        position: i + 1,
      }),
    );
    return standard;
  });
}

/**
 * CM-16: BDC records a provider's assessment for a month or quarter against a published version of
 * its standard: points on every criterion of that version (each 0 up to its weight), no other; the
 * total (`score`) is their sum.
 */
export function recordProviderAssessment(ctx: RequestContext, input: CloudProviderAssessmentInput) {
  return runCommand(ctx, { action: 'record', subjectType: 'CloudProviderAssessment' }, async (cmd) => {
    const key = keyOf(input.providerId, 'Agency');
    const standardKey = keyOf(input.standardId, 'CloudAssessmentStandard');
    const [provider, standard] = await Promise.all([
      key ? cmd.em.findOne(Agency, { id: key, kind: AgencyKind.CLOUD_PROVIDER }) : null,
      standardKey ? cmd.em.findOne(CloudAssessmentStandard, standardKey) : null,
    ]);
    const criteria = standard ? await cmd.em.find(CloudAssessmentCriterion, { standard }, { orderBy: { position: 'asc' } }) : [];
    const byCode = new Map(criteria.map((c) => [c.code, c]));
    const total = input.scores.reduce((sum, s) => sum + (Number.isInteger(s.points) ? s.points : 0), 0);
    const assessment = cmd.em.create(CloudProviderAssessment, {
      provider: provider ?? undefined!,
      period: input.period.trim(),
      standard: standard ?? undefined!,
      score: total,
      availabilityPercent: input.availabilityPercent,
      findings: input.findings.trim(),
      assessedBy: cmd.currentUser(),
      assessedByAgency: cmd.currentAgency(),
    }, { persist: false }); // persisted once every check passed, so the checks' queries do not flush it
    cmd.authorize('record', assessment);
    cmd.subjectId = assessment.id;
    const problems: Problem[] = [];
    const bad = (field: string, zh: string, en: string) => problems.push(invalid('CM-16', field, { zh, en }));
    if (!provider) bad('providerId', '没有该云服务商', 'No such cloud provider');
    if (!standard) bad('standardId', '没有该考核标准版本', 'No such version of the assessment standard');
    if (!PERIOD.test(assessment.period)) bad('period', '考核期为 YYYY-MM 或 YYYY-Qn', 'The period is YYYY-MM or YYYY-Qn');
    if (input.availabilityPercent !== undefined && (Number(input.availabilityPercent) < 0 || Number(input.availabilityPercent) > 100)) {
      bad('availabilityPercent', '可用率为 0 至 100', 'Availability is 0 to 100 percent');
    }
    if (!assessment.findings) bad('findings', '请填写考核意见', 'Give the findings');
    const scored = new Set<string>();
    input.scores.forEach((s, i) => {
      const criterion = byCode.get(s.criterion);
      if (!standard) return;
      if (!criterion) bad(`scores[${i}].criterion`, `该版本标准没有指标「${s.criterion}」`, `Version ${standard.version} has no criterion ${s.criterion}`);
      else if (scored.has(criterion.code)) bad(`scores[${i}].criterion`, `指标「${criterion.name}」重复评分`, `Criterion ${criterion.code} is scored twice`);
      else if (!Number.isInteger(s.points) || s.points < 0 || s.points > criterion.weight) {
        bad(`scores[${i}].points`, `指标「${criterion.name}」的得分为 0 至 ${criterion.weight}`, `Criterion ${criterion.code} scores 0 to ${criterion.weight}`);
      }
      if (criterion) scored.add(criterion.code);
    });
    const missing = criteria.filter((c) => !scored.has(c.code));
    if (standard && missing.length) {
      bad('scores', `请为每项指标评分（缺：${missing.map((c) => c.name).join('、')}）`, `Score every criterion (missing: ${missing.map((c) => c.code).join(', ')})`);
    }
    if (problems.length) throw new Refusal(problems);
    if (await cmd.em.count(CloudProviderAssessment, { provider: provider!, period: assessment.period })) {
      throw new Refusal([conflict('CM-16', { zh: '该服务商该期已考核', en: 'This provider was already assessed for the period' }, 'period')]);
    }
    cmd.em.persist(assessment);
    for (const s of input.scores) {
      cmd.em.create(CloudAssessmentScore, { assessment, criterion: byCode.get(s.criterion)!, points: s.points, note: s.note?.trim() || undefined });
    }
    return assessment;
  });
}
