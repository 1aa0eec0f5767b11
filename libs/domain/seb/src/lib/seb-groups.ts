export const SEB_GROUPS = ['professional', 'intermediate', 'lower', 'unknown'] as const;

export type SebGroup = (typeof SEB_GROUPS)[number];

export const SEB_GROUP_LABELS: Readonly<Record<SebGroup, string>> = {
  professional: 'Higher (professional)',
  intermediate: 'Intermediate',
  lower: 'Lower',
  unknown: 'Not classifiable or not declared',
};

export function isSebGroup(value: string): value is SebGroup {
  return (SEB_GROUPS as readonly string[]).includes(value);
}
