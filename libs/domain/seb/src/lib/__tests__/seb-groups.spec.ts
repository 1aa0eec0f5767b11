import { SEB_GROUPS, SEB_GROUP_LABELS, isSebGroup } from '../seb-groups';

describe('SEB_GROUPS', () => {
  it('is in report order', () => {
    expect(SEB_GROUPS).toEqual(['professional', 'intermediate', 'lower', 'unknown']);
  });

  it('has a label for each group', () => {
    expect(SEB_GROUPS.map((group) => SEB_GROUP_LABELS[group])).toEqual([
      'Higher (professional)',
      'Intermediate',
      'Lower',
      'Not classifiable or not declared',
    ]);
  });
});

describe(isSebGroup.name, () => {
  it('accepts the four groups and nothing else', () => {
    expect(SEB_GROUPS.every(isSebGroup)).toBe(true);
    expect(isSebGroup('all')).toBe(false);
    expect(isSebGroup('Lower')).toBe(false);
  });
});
