import { REFERENCE } from '../../common/__tests__/fixtures';
import {
  checkAlertRuleForm,
  EMPTY_ALERT_RULE_FORM,
  formFromRule,
  parseKeywords,
} from '../alert-rule-form';
import { anyOf, channelsText, ruleSummaryRows, ruleTitle, type RuleView } from '../rule-summary';

const RULE: RuleView = {
  id: 'r1',
  name: '',
  gradeCodes: ['HEO', 'SEO'],
  professionCodes: [],
  regionCodes: ['TLI'],
  departmentCodes: [],
  keywords: ['private office', 'briefing'],
  delivery: 'weekly_digest',
  inApp: true,
  email: true,
  createdAt: '2026-03-01T10:00:00Z',
};

describe(ruleSummaryRows.name, () => {
  it('says what the rule matches, with "any" for criteria left empty, and how it tells you', () => {
    expect(ruleSummaryRows(RULE, REFERENCE)).toEqual([
      { key: 'Grades', value: 'Higher Executive Officer or Senior Executive Officer' },
      { key: 'Professions', value: 'Any profession' },
      { key: 'Locations', value: 'London' },
      { key: 'Departments', value: 'Any department' },
      { key: 'Words', value: '“private office” or “briefing”' },
      { key: 'How often', value: 'Once a week, in a digest' },
      { key: 'How', value: 'In Pathways and by e-mail' },
    ]);
  });

  it('names channels and lists', () => {
    expect(channelsText({ inApp: false, email: true })).toBe('By e-mail');
    expect(channelsText({ inApp: true, email: false })).toBe('In Pathways');
    expect(anyOf(['A', 'B', 'C'], 'Any')).toBe('A, B or C');
    expect(anyOf([], 'Any')).toBe('Any');
  });

  it('titles a rule by its name, or its place in the list', () => {
    expect(ruleTitle({ name: '' }, 1)).toBe('Alert 2');
    expect(ruleTitle({ name: 'London policy' }, 0)).toBe('London policy');
  });
});

describe(parseKeywords.name, () => {
  it('splits on commas, lower-cases, and drops blanks and repeats', () => {
    expect(parseKeywords(' Private  Office, policy,, POLICY ,')).toEqual([
      'private office',
      'policy',
    ]);
  });
});

describe(checkAlertRuleForm.name, () => {
  it('asks how often and how to be told', () => {
    expect(checkAlertRuleForm(EMPTY_ALERT_RULE_FORM, null).problems).toEqual([
      { field: 'delivery', message: 'Select how often to be told' },
      { field: 'inApp', message: 'Select in Pathways, by e-mail, or both' },
    ]);
  });

  it('refuses more than ten keywords', () => {
    const keywords = Array.from({ length: 11 }, (_, i) => `word${i}`).join(',');
    expect(
      checkAlertRuleForm(
        { ...EMPTY_ALERT_RULE_FORM, keywords, delivery: 'instant', channels: ['inApp'] },
        null,
      ).problems,
    ).toEqual([{ field: 'keywords', message: 'Enter up to 10 words or phrases' }]);
  });

  it('round-trips a saved rule, keeping its id', () => {
    expect(checkAlertRuleForm(formFromRule(RULE), RULE.id).input).toEqual({
      id: 'r1',
      name: '',
      gradeCodes: ['HEO', 'SEO'],
      professionCodes: [],
      regionCodes: ['TLI'],
      departmentCodes: [],
      keywords: ['private office', 'briefing'],
      delivery: 'weekly_digest',
      inApp: true,
      email: true,
    });
  });

  it('leaves the id out of a new rule', () => {
    const { input } = checkAlertRuleForm(
      { ...EMPTY_ALERT_RULE_FORM, delivery: 'instant', channels: ['email'] },
      null,
    );
    expect(input).not.toHaveProperty('id');
    expect(input).toMatchObject({ inApp: false, email: true });
  });
});
