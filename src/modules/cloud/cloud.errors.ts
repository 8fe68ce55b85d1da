import { invalid as invalidInput, precondition as unmet, type Problem } from '../../graphql/errors';

/** An input the measures do not allow, naming the rule and the field. */
export function invalid(rule: string, field: string | undefined, zh: string, en: string): Problem {
  return invalidInput(rule, field, { zh, en });
}

export function precondition(rule: string, zh: string, en: string): Problem {
  return unmet(rule, { zh, en });
}

export const CLASSIFIED_REFUSED = invalid(
  'CM-2',
  'classified',
  '涉及国家秘密的信息系统不适用政务云，不能申请',
  'Systems handling state secrets are outside the government cloud and cannot apply',
);

export const MIGRATED_SYSTEM_MISSING = invalid(
  'CM-4',
  'migratedSystemName',
  '迁移上云须写明被迁移的原信息系统',
  'A migration must name the existing system it moves',
);

export function mlpsAboveZone(level: number, zoneLevel: number, field = 'mlpsLevel'): Problem {
  return invalid(
    'CM-21',
    field,
    `系统等级保护第${level}级，高于云区域测评的第${zoneLevel}级`,
    `The system is MLPS level ${level}, above the zone’s certified level ${zoneLevel}`,
  );
}
