import { PersonEntity } from '@pathways/api-people';
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

export const INTERNSHIP_APPLICATION_STATUSES = ['active', 'withdrawn'] as const;
export type InternshipApplicationStatus = (typeof INTERNSHIP_APPLICATION_STATUSES)[number];

/**
 * An eligible care leaver's application to an intake (ineligible ones are refused, not
 * stored). The care details are sensitive, with the protection of SEB answers: only the
 * applicant reads them; everyone else learns only that the application was accepted.
 */
@Entity('internship_application')
@Index(['cohortId', 'personId'], { unique: true, where: `status = 'active'` })
@Index(['personId'])
export class InternshipApplicationEntity {
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

  /** Sensitive. Null once the person is erased. */
  @Column({ type: 'smallint', name: 'weeks_in_care', nullable: true })
  weeksInCare!: number | null;

  /** Sensitive. Null once the person is erased. */
  @Column({ type: 'boolean', name: 'in_care_after_sixteen', nullable: true })
  inCareAfterSixteen!: boolean | null;

  /** Region codes; empty = any region. */
  @Column({ type: 'text', array: true, name: 'preferred_regions', default: () => "'{}'" })
  preferredRegions!: string[];

  /** Profession codes; empty = no preference. */
  @Column({ type: 'text', array: true, name: 'preferred_work', default: () => "'{}'" })
  preferredWork!: string[];

  @Column({ type: 'text', default: 'active' })
  status!: InternshipApplicationStatus;

  /** Left unplaced by a run, or declined an offer: later runs give a small priority. */
  @Column({ type: 'boolean', name: 'previously_unmatched', default: false })
  previouslyUnmatched!: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
