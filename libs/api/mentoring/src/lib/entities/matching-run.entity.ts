import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CohortEntity } from '@pathways/api-programmes';
import type { AssignmentResult } from '@pathways/domain-matching';

/** One solve of a cohort: engine ids are application and mentor offer ids. */
@Entity('matching_run')
@Index(['cohortId', 'createdAt'])
export class MatchingRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CohortEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'uuid', name: 'cohort_id' })
  cohortId!: string;

  @Column({ type: 'uuid', name: 'run_by', nullable: true })
  runBy!: string | null;

  @Column({ type: 'integer', name: 'mentee_count' })
  menteeCount!: number;

  @Column({ type: 'integer', name: 'mentor_count' })
  mentorCount!: number;

  @Column({ type: 'integer', name: 'matched_count' })
  matchedCount!: number;

  @Column({ type: 'double precision', name: 'total_score' })
  totalScore!: number;

  /** The engine's answer as it was, for the fairness view of this run. */
  @Column({ type: 'jsonb' })
  result!: AssignmentResult;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
