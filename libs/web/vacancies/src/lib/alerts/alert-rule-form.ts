import type { AlertDelivery, SaveAlertRuleInput } from '@pathways/web-graphql';
import type { Problem } from '@pathways/web-ui';
import type { RuleView } from './rule-summary';

export interface AlertRuleForm {
  name: string;
  gradeCodes: string[];
  professionCodes: string[];
  regionCodes: string[];
  departmentCodes: string[];
  keywords: string;
  delivery: AlertDelivery | null;
  channels: ('inApp' | 'email')[];
}

export const EMPTY_ALERT_RULE_FORM: AlertRuleForm = {
  name: '',
  gradeCodes: [],
  professionCodes: [],
  regionCodes: [],
  departmentCodes: [],
  keywords: '',
  delivery: null,
  channels: [],
};

export const ALERT_RULE_FIELD_IDS = {
  name: 'name',
  gradeCodes: 'grades',
  professionCodes: 'professions',
  regionCodes: 'regions',
  departmentCodes: 'departments',
  keywords: 'keywords',
  delivery: 'delivery',
  inApp: 'channels',
  email: 'channels',
  id: 'name',
};

export const MAX_KEYWORDS = 10;

/** "private office, policy" → ["private office", "policy"]: commas separate, case is ignored. */
export function parseKeywords(text: string): string[] {
  const words = text
    .split(',')
    .map((word) => word.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter(Boolean);
  return [...new Set(words)];
}

export function formFromRule(rule: RuleView): AlertRuleForm {
  return {
    name: rule.name,
    gradeCodes: [...rule.gradeCodes],
    professionCodes: [...rule.professionCodes],
    regionCodes: [...rule.regionCodes],
    departmentCodes: [...rule.departmentCodes],
    keywords: rule.keywords.join(', '),
    delivery: rule.delivery,
    channels: [
      ...(rule.inApp ? (['inApp'] as const) : []),
      ...(rule.email ? (['email'] as const) : []),
    ],
  };
}

export type AlertRuleCheck =
  { problems: Problem[]; input: null } | { problems: []; input: SaveAlertRuleInput };

export function checkAlertRuleForm(form: AlertRuleForm, id: string | null): AlertRuleCheck {
  const problems: Problem[] = [];
  const keywords = parseKeywords(form.keywords);
  if (form.name.trim().length > 100)
    problems.push({ field: 'name', message: 'The name must be 100 characters or fewer' });
  if (keywords.length > MAX_KEYWORDS)
    problems.push({ field: 'keywords', message: `Enter up to ${MAX_KEYWORDS} words or phrases` });
  else if (keywords.some((word) => word.length > 50))
    problems.push({
      field: 'keywords',
      message: 'Each word or phrase must be 50 characters or fewer',
    });
  if (!form.delivery) problems.push({ field: 'delivery', message: 'Select how often to be told' });
  if (form.channels.length === 0)
    problems.push({ field: 'inApp', message: 'Select in Pathways, by e-mail, or both' });
  if (problems.length > 0 || !form.delivery) return { problems, input: null };
  return {
    problems: [],
    input: {
      ...(id ? { id } : {}),
      name: form.name.trim(),
      gradeCodes: form.gradeCodes,
      professionCodes: form.professionCodes,
      regionCodes: form.regionCodes,
      departmentCodes: form.departmentCodes,
      keywords,
      delivery: form.delivery,
      inApp: form.channels.includes('inApp'),
      email: form.channels.includes('email'),
    },
  };
}
