import { rulebook } from '../rulebook/rulebook';
import { subjectNames, vocabulary } from './vocabulary';

/**
 * The JSON schema of decision tables (policies/tests/*.test.json), built from the vocabulary and
 * the rulebook and committed as policies/tests/decision-table.schema.json (a test fails when the
 * committed file is stale). A table names its principals and resources once and lists the cells
 * it allows; every other principal × resource × action of the table is refused.
 */
export function buildDecisionTableSchema(): Record<string, unknown> {
  const labels = (item: Record<string, unknown>) => ({ oneOf: [item, { type: 'array', minItems: 1, uniqueItems: true, items: item }] });
  const entry = (description: string, wildcard: boolean) => ({
    type: 'object',
    description,
    required: wildcard ? ['who', 'on', 'actions'] : ['who', 'on', 'actions', 'rule'],
    additionalProperties: false,
    properties: {
      who: wildcard ? { anyOf: [{ const: '*' }, labels({ type: 'string' })] } : labels({ type: 'string' }),
      on: wildcard ? { anyOf: [{ const: '*' }, labels({ type: 'string' })] } : labels({ type: 'string' }),
      actions: wildcard ? { anyOf: [{ const: '*' }, labels({ type: 'string' })] } : labels({ type: 'string' }),
      rule: { enum: rulebook.ruleIds },
      note: { type: 'string' },
    },
  });
  const bySubject = subjectNames.map((name) => {
    const action = { enum: Object.keys(vocabulary[name].actions) };
    return {
      if: { properties: { subject: { const: name } } },
      then: {
        properties: {
          actions: { type: 'array', minItems: 1, uniqueItems: true, items: action },
          allowed: { items: { properties: { actions: labels(action) } } },
          denied: { items: { properties: { actions: { anyOf: [{ const: '*' }, labels(action)] } } } },
        },
      },
    };
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: "Ji'an e-gov decision tables",
    description:
      'Tables of principal × resource × action. Each table names its principals (seeded usernames) and resources once, by label, ' +
      'and lists the ALLOWED cells with the rule ID that grants them; every other cell of the table is refused, citing the ' +
      "vocabulary's rule of the action unless a `denied` entry states another. `*` in a denied entry: every cell of the table not allowed.",
    type: 'object',
    required: ['description', 'tables'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      description: { type: 'string' },
      tables: { type: 'array', minItems: 1, items: { $ref: '#/definitions/table' } },
    },
    definitions: {
      table: {
        type: 'object',
        required: ['subject', 'principals', 'resources', 'allowed'],
        additionalProperties: false,
        properties: {
          title: { type: 'string' },
          subject: { enum: subjectNames },
          actions: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } },
          principals: {
            type: 'object',
            description: 'label → username of a seeded user',
            minProperties: 1,
            additionalProperties: { type: 'string' },
          },
          resources: {
            type: 'object',
            description: 'label → resource: a stored row (`find`, by natural key) or attributes (`@agency:CODE` is that agency\'s ID, `@user:USERNAME` that user\'s)',
            minProperties: 1,
            additionalProperties: {
              type: 'object',
              additionalProperties: false,
              not: { required: ['find', 'attributes'] },
              properties: {
                find: { type: 'object', minProperties: 1 },
                attributes: { type: 'object' },
                field: { type: 'string' },
                note: { type: 'string' },
              },
            },
          },
          allowed: { type: 'array', items: entry('cells allowed, with the rule that grants them', false) },
          denied: { type: 'array', items: entry('refusals worth stating: another rule than the vocabulary\'s, or a note', true) },
        },
        allOf: bySubject,
      },
    },
  };
}
