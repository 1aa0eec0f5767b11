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
import { CohortEntity } from './cohort.entity';

export const ENROLMENT_ROLES = ['participant', 'mentor'] as const;
export type EnrolmentRole = (typeof ENROLMENT_ROLES)[number];

/**
 * Someone taking part in a cohort, as a participant (mentee, sponsee, intern) or a mentor:
 * what outcome reports count. Imported (enrolments.csv) or written when a relationship or
 * placement starts in the app.
 */
@Entity('enrolment')
@Index(['cohortId', 'personId', 'role'], { unique: true })
@Index(['personId'])
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CohortEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'uuid', name: 'cohort_id' })
  cohortId!: string;

  /** Denormalised from the cohort: reports filter on it. */
  @Index()
  @Column({ type: 'uuid', name: 'programme_id' })
  programmeId!: string;

  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text' })
  role!: EnrolmentRole;

  /** Relationship or placement start. */
  @Column({ type: 'date', name: 'start_date' })
  startDate!: string;

  @Column({ type: 'date', name: 'end_date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'uuid', name: 'mentor_person_id', nullable: true })
  mentorPersonId!: string | null;

  /** End-of-programme survey answers. */
  @Column({ type: 'boolean', name: 'met_expectations', nullable: true })
  metExpectations!: boolean | null;

  @Column({ type: 'boolean', name: 'sessions_interesting', nullable: true })
  sessionsInteresting!: boolean | null;

  @Column({ type: 'text', default: 'app' })
  source!: 'import' | 'app';

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
