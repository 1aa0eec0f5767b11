import type { ProgrammeEntity } from '@pathways/api-programmes';
import { mentorRuleReasons } from '../rules/mentor-rules';

type Programme = Pick<ProgrammeEntity, 'matchingRules' | 'participatingDepartments' | 'type'>;

const rules = {
  mentorMinimumGrade: 'G7',
  profession: 'any',
  department: 'any',
  defaultMentorCapacity: 2,
} as const;
const catapult: Programme = {
  type: 'mentoring',
  participatingDepartments: [],
  matchingRules: rules,
};

describe(mentorRuleReasons.name, () => {
  it.each(['G7', 'G6', 'SCS1', 'PS'])('lets a %s mentor a G7+ programme', (gradeCode) => {
    expect(mentorRuleReasons(catapult, { gradeCode, departmentCode: 'MOJ' })).toEqual([]);
  });

  it('turns down a grade below the minimum, saying why', () => {
    expect(mentorRuleReasons(catapult, { gradeCode: 'SEO', departmentCode: 'MOJ' })).toEqual([
      'Mentors on this programme must be grade G7 or above; your grade is SEO.',
    ]);
  });

  it('holds sponsors to the participating departments', () => {
    const sponsorship: Programme = {
      ...catapult,
      type: 'sponsorship',
      participatingDepartments: ['DWP', 'HMRC'],
      matchingRules: { ...rules, mentorMinimumGrade: 'SCS1' },
    };
    expect(mentorRuleReasons(sponsorship, { gradeCode: 'SCS2', departmentCode: 'DWP' })).toEqual(
      [],
    );
    expect(mentorRuleReasons(sponsorship, { gradeCode: 'G6', departmentCode: 'MOJ' })).toEqual([
      'Sponsors on this programme must be grade SCS1 or above; your grade is G6.',
      'Sponsors on this programme come from the departments taking part (DWP, HMRC); you are in MOJ.',
    ]);
  });

  it('uses the default rules (G7+) for a programme without any', () => {
    const imported: Programme = { ...catapult, matchingRules: null };
    expect(mentorRuleReasons(imported, { gradeCode: 'HEO', departmentCode: 'MOJ' })).toHaveLength(
      1,
    );
  });
});
