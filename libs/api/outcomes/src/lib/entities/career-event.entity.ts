import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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

export const CAREER_EVENT_SOURCES = ['hr_import', 'lead_recorded', 'self_reported'] as const;
export type CareerEventSource = (typeof CAREER_EVENT_SOURCES)[number];

/** A dated step in someone's career. Self-reported events count only once a lead confirms them. */
@Entity('career_event')
@Index(['source', 'eventId'], { unique: true })
@Index(['personId', 'effectiveDate'])
@Index(['type', 'effectiveDate'])
// Outcome reports probe each person's progression in a cohort's first year: index-only.
@Index('career_event_progression', ['personId', 'effectiveDate'], {
  where: "confirmed AND type IN ('promotion', 'temporary_promotion', 'lateral_move')",
})
export class CareerEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The source's own id (events.csv `event_id`): a repeated id is skipped, not duplicated. */
  @Column({ type: 'text', name: 'event_id' })
  eventId!: string;

  @Column({ type: 'text' })
  source!: CareerEventSource;

  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text' })
  type!: CareerEventType;

  @Column({ type: 'date', name: 'effective_date' })
  effectiveDate!: string;

  @Column({ type: 'text', name: 'from_grade', nullable: true })
  fromGrade!: string | null;

  @Column({ type: 'text', name: 'to_grade', nullable: true })
  toGrade!: string | null;

  @Column({ type: 'text', name: 'from_department', nullable: true })
  fromDepartment!: string | null;

  @Column({ type: 'text', name: 'to_department', nullable: true })
  toDepartment!: string | null;

  /** False only for self-reported events awaiting a lead's confirmation. */
  @Column({ type: 'boolean', default: true })
  confirmed!: boolean;

  @Column({ type: 'uuid', name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @Column({ type: 'uuid', name: 'confirmed_by', nullable: true })
  confirmedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
