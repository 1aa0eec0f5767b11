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
import { CohortEntity } from '@pathways/api-programmes';
import { PersonEntity } from '@pathways/api-people';
import type { Preference } from '../rules/vocabulary';

export const APPLICATION_STATUSES = ['active', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Someone asking to be mentored in a cohort. One live application per person and cohort. */
@Entity('mentee_application')
@Index(['cohortId', 'personId'], { unique: true, where: `status = 'active'` })
@Index(['personId'])
export class MenteeApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CohortEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'uuid', name: 'cohort_id' })
  cohortId!: string;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text' })
  goals!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Column({ type: 'text', name: 'profession_preference', default: 'any' })
  professionPreference!: Preference;

  @Column({ type: 'text', name: 'department_preference', default: 'any' })
  departmentPreference!: Preference;

  /** Where they would like to meet, when not their own region. */
  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', default: '' })
  availability!: string;

  @Column({ type: 'text', default: 'active' })
  status!: ApplicationStatus;

  /** Left unmatched by a run, or declined: the next run gives a priority bonus. */
  @Column({ type: 'boolean', name: 'previously_unmatched', default: false })
  previouslyUnmatched!: boolean;

  @Column({ type: 'timestamptz', name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
