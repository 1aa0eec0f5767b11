import { CohortEntity } from '@pathways/api-programmes';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PlacementOutcome } from '../rules/placement-outcomes';

/**
 * A paid post a department offers in an intake. Filled when a candidate accepts it; the
 * line manager then records training, monthly check-ins and the end-of-placement outcome.
 */
@Entity('internship_placement')
@Index(['cohortId'])
@Index(['lineManagerPersonId'])
@Index(['internPersonId'])
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CohortEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'uuid', name: 'cohort_id' })
  cohortId!: string;

  /** Denormalised from the cohort: access checks and reports start from the programme. */
  @Column({ type: 'uuid', name: 'programme_id' })
  programmeId!: string;

  @Column({ type: 'text', name: 'department_code' })
  departmentCode!: string;

  @Column({ type: 'text' })
  team!: string;

  /** AO or EO. */
  @Column({ type: 'text', name: 'grade_code' })
  gradeCode!: string;

  @Column({ type: 'text', name: 'region_code' })
  regionCode!: string;

  /** The kind of work, as a profession code. */
  @Column({ type: 'text', name: 'work_area' })
  workArea!: string;

  @Column({ type: 'uuid', name: 'line_manager_person_id' })
  lineManagerPersonId!: string;

  @Column({ type: 'date', name: 'start_date' })
  startDate!: string;

  @Column({ type: 'smallint', name: 'term_months' })
  termMonths!: number;

  /** The last day of the term. */
  @Column({ type: 'date', name: 'end_date' })
  endDate!: string;

  /** Who offered it: a lead of its department, or a lead of the programme or an admin for it. */
  @Column({ type: 'uuid', name: 'offered_by', nullable: true })
  offeredBy!: string | null;

  @Column({ type: 'uuid', name: 'intern_person_id', nullable: true })
  internPersonId!: string | null;

  @Column({ type: 'uuid', name: 'application_id', nullable: true })
  applicationId!: string | null;

  /** When the line manager completed line manager training; due before the start date. */
  @Column({ type: 'date', name: 'training_completed_on', nullable: true })
  trainingCompletedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: PlacementOutcome | null;

  @Column({ type: 'date', name: 'outcome_effective_date', nullable: true })
  outcomeEffectiveDate!: string | null;

  @Column({ type: 'uuid', name: 'outcome_recorded_by', nullable: true })
  outcomeRecordedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'outcome_recorded_at', nullable: true })
  outcomeRecordedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
