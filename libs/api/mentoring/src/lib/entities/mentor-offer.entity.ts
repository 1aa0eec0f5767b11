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

/**
 * A mentor volunteering for a cohort. Accepting a proposal locks this row (SELECT … FOR
 * UPDATE), so concurrent accepts are counted one at a time against the capacity.
 */
@Entity('mentor_offer')
@Index(['cohortId', 'personId'], { unique: true })
@Index(['personId'])
export class MentorOfferEntity {
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

  /** How many mentees at once. */
  @Column({ type: 'smallint' })
  capacity!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  /** Professions the mentor knows well enough to advise on. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  professions!: string[];

  /** A paused mentor gets no new proposals; pairs already made stay. */
  @Column({ type: 'boolean', default: false })
  paused!: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
