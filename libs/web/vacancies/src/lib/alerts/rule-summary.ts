import type { AlertRuleFieldsFragment } from '@pathways/web-graphql';
import { DELIVERY_LABELS } from '../common/labels';
import { namesOf, type ReferenceData, type ReferenceKind } from '../common/reference';
import type { Fact } from '../roles/vacancy-view';

export type RuleView = AlertRuleFieldsFragment;

/** "In the app and by e-mail", "In the app", "By e-mail". */
export function channelsText({ inApp, email }: Pick<RuleView, 'inApp' | 'email'>): string {
  if (inApp && email) return 'In Pathways and by e-mail';
  if (email) return 'By e-mail';
  return inApp ? 'In Pathways' : 'Nowhere';
}

/** A list joined for reading, "A, B or C"; the "any" text when it is empty. */
export function anyOf(names: readonly string[], any: string): string {
  if (names.length === 0) return any;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** The rule's own name, or "Alert 2" by its place in the list. */
export function ruleTitle(rule: Pick<RuleView, 'name'>, index: number): string {
  return rule.name.trim() || `Alert ${index + 1}`;
}

/** What the rule matches and how it tells you, as summary rows; empty criteria match anything. */
export function ruleSummaryRows(rule: RuleView, reference: ReferenceData): Fact[] {
  const names = (kind: ReferenceKind, codes: readonly string[], any: string) =>
    anyOf(namesOf(reference, kind, codes), any);
  return [
    { key: 'Grades', value: names('grades', rule.gradeCodes, 'Any grade') },
    { key: 'Professions', value: names('professions', rule.professionCodes, 'Any profession') },
    { key: 'Locations', value: names('regions', rule.regionCodes, 'Anywhere') },
    { key: 'Departments', value: names('departments', rule.departmentCodes, 'Any department') },
    {
      key: 'Words',
      value: rule.keywords.length
        ? anyOf(
            rule.keywords.map((word) => `“${word}”`),
            '',
          )
        : 'Any words',
    },
    { key: 'How often', value: DELIVERY_LABELS[rule.delivery] },
    { key: 'How', value: channelsText(rule) },
  ];
}
