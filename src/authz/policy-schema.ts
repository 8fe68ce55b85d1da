import { rulebook } from '../rulebook/rulebook';
import { agencyKinds, conditionOperators, placeholders, roleNames, subjectNames, vocabulary } from './vocabulary';

/** A rule names one action or several. */
function oneOrMany(item: Record<string, unknown>) {
  return { oneOf: [item, { type: 'array', minItems: 1, uniqueItems: true, items: item }] };
}

/**
 * The JSON schema of policy files, built from the vocabulary and the rulebook and committed as
 * policies/policy.schema.json (a test fails when the committed file is stale).
 */
export function buildPolicySchema(): Record<string, unknown> {
  // null: a relation that is not set (e.g. a tenancy with no user department recorded).
  const scalar = { type: ['string', 'number', 'boolean', 'null'] };
  const operand = {
    oneOf: [
      scalar,
      {
        type: 'object',
        minProperties: 1,
        additionalProperties: false,
        properties: Object.fromEntries(
          conditionOperators.map((op) => [op, op === '$in' || op === '$nin' ? { type: 'array', items: scalar } : scalar]),
        ),
      },
    ],
  };
  const bySubject = subjectNames.map((name) => ({
    if: { properties: { subject: { const: name } } },
    then: {
      properties: {
        action: oneOrMany({ enum: Object.keys(vocabulary[name].actions) }),
        fields: { items: { enum: vocabulary[name].fields } },
        conditions: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(vocabulary[name].fields.map((f) => [f, { $ref: '#/definitions/operand' }])),
        },
      },
    },
  }));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: "Ji'an e-gov policy file",
    description:
      'CASL rules for one agency kind ("*" for every signed-in user), or for several kinds sharing a role. Each rule cites the rule ID ' +
      `(policies/rulebook.json) that grants it. Placeholders: ${placeholders.map((p) => '${' + p + '}').join(', ')}.`,
    type: 'object',
    required: ['agencyKind', 'rules'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      agencyKind: {
        oneOf: [{ enum: [...agencyKinds, '*'] }, { type: 'array', minItems: 1, uniqueItems: true, items: { enum: agencyKinds } }],
      },
      description: { type: 'string' },
      rules: { type: 'array', items: { $ref: '#/definitions/rule' } },
    },
    definitions: {
      operand,
      rule: {
        type: 'object',
        required: ['action', 'subject', 'because'],
        additionalProperties: false,
        properties: {
          action: oneOrMany({ type: 'string' }),
          subject: { enum: [...subjectNames, 'all'] },
          fields: { type: 'array', minItems: 1, items: { type: 'string' } },
          conditions: { type: 'object' },
          inverted: { type: 'boolean' },
          roles: { type: 'array', minItems: 1, items: { enum: roleNames } },
          because: { enum: rulebook.ruleIds },
          reason: { type: 'string' },
        },
        allOf: [
          ...bySubject,
          {
            if: { properties: { subject: { const: 'all' } } },
            then: { properties: { action: oneOrMany({ const: 'read' }) }, not: { anyOf: [{ required: ['conditions'] }, { required: ['fields'] }] } },
          },
        ],
      },
    },
  };
}
