/** The API's event types (contracts.md, events.csv), in the order people pick from. */
export const CAREER_EVENT_TYPES = [
  'promotion',
  'temporary_promotion',
  'eoi_success',
  'lateral_move',
  'contract_extended',
  'made_permanent',
  'training_completed',
  'left',
] as const;

export type CareerEventType = (typeof CAREER_EVENT_TYPES)[number];

export const CAREER_EVENT_TYPE_LABELS: Readonly<Record<CareerEventType, string>> = {
  promotion: 'Promotion',
  temporary_promotion: 'Temporary promotion',
  eoi_success: 'Successful expression of interest (EOI)',
  lateral_move: 'Lateral move',
  contract_extended: 'Contract extended',
  made_permanent: 'Made permanent',
  training_completed: 'Training completed',
  left: 'Left the Civil Service',
};

const SOURCE_LABELS: Readonly<Record<string, string>> = {
  hr_import: 'HR records',
  lead_recorded: 'Recorded by a programme lead',
  self_reported: 'Reported by the person',
};

export function careerEventTypeLabel(type: string): string {
  return Object.hasOwn(CAREER_EVENT_TYPE_LABELS, type)
    ? CAREER_EVENT_TYPE_LABELS[type as CareerEventType]
    : type;
}

export function careerEventSourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}

export function isCareerEventType(value: string): value is CareerEventType {
  return (CAREER_EVENT_TYPES as readonly string[]).includes(value);
}
