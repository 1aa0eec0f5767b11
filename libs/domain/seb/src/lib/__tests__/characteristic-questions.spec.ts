import { sexualOrientationReportGroup } from '../characteristic-questions';

describe(sexualOrientationReportGroup.name, () => {
  it.each([
    ['heterosexual', 'heterosexual'],
    ['gay_lesbian', 'lgbo'],
    ['bisexual', 'lgbo'],
    ['other', 'lgbo'],
    ['prefer_not_to_say', 'not_declared'],
    [null, 'not_declared'],
    [undefined, 'not_declared'],
  ] as const)('reports %p as %p', (code, group) => {
    expect(sexualOrientationReportGroup(code)).toBe(group);
  });
});
