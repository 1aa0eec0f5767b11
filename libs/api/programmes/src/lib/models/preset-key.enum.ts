import { registerEnumType } from '@nestjs/graphql';

export const ProgrammePresetKeyEnum = {
  catapult: 'catapult',
  stride: 'stride',
  cross_government_sponsorship: 'cross_government_sponsorship',
} as const;
registerEnumType(ProgrammePresetKeyEnum, { name: 'ProgrammePresetKey' });
