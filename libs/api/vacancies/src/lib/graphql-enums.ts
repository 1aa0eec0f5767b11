import { registerEnumType } from '@nestjs/graphql';
import { ALERT_DELIVERIES } from './alert-rules/alert-rule.entity';
import { FUNNEL_STAGES } from './funnel/funnel-stages';
import { NETWORK_KINDS } from './networks/network.entity';
import {
  ACCELERATOR_CATEGORIES,
  CONTRACT_TYPES,
  VACANCY_STATUSES,
  WORKING_PATTERNS,
} from './vacancies/vacancy-vocabulary';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const NetworkKindEnum = enumOf(NETWORK_KINDS);
registerEnumType(NetworkKindEnum, { name: 'NetworkKind' });

export const AcceleratorCategoryEnum = enumOf(ACCELERATOR_CATEGORIES);
registerEnumType(AcceleratorCategoryEnum, {
  name: 'AcceleratorCategory',
  description: 'Why the role accelerates a career (action 6 of the action plan).',
});

export const WorkingPatternEnum = enumOf(WORKING_PATTERNS);
registerEnumType(WorkingPatternEnum, { name: 'WorkingPattern' });

export const ContractTypeEnum = enumOf(CONTRACT_TYPES);
registerEnumType(ContractTypeEnum, { name: 'ContractType' });

export const VacancyStatusEnum = enumOf(VACANCY_STATUSES);
registerEnumType(VacancyStatusEnum, { name: 'VacancyStatus' });

export const AlertDeliveryEnum = enumOf(ALERT_DELIVERIES);
registerEnumType(AlertDeliveryEnum, { name: 'AlertDelivery' });

export const BroadcastAudienceEnum = enumOf(['matching', 'all'] as const);
registerEnumType(BroadcastAudienceEnum, {
  name: 'BroadcastAudience',
  description: 'matching: members whose alert rules match the vacancy; all: every member.',
});

export const FunnelStageEnum = enumOf(FUNNEL_STAGES);
registerEnumType(FunnelStageEnum, { name: 'FunnelStage' });
