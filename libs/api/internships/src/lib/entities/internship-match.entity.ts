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
import { InternshipApplicationEntity } from './internship-application.entity';
import { PlacementEntity } from './placement.entity';

/**
 * suggested (by a matching run) → offered (the coordinator approved it; the candidate is
 * asked) → accepted | declined. A re-run discards earlier suggestions.
 */
export const MATCH_STATUSES = [
  'suggested',
  'offered',
  'accepted',
  'declined',
  'discarded',
] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

@Entity('internship_match')
@Index(['cohortId', 'status'])
@Index(['personId'])
@Index(['placementId'], { unique: true, where: `status IN ('suggested', 'offered', 'accepted')` })
@Index(['applicationId'], { unique: true, where: `status IN ('suggested', 'offered', 'accepted')` })
export class InternshipMatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CohortEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'uuid', name: 'cohort_id' })
  cohortId!: string;

  @ManyToOne(() => PlacementEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column({ type: 'uuid', name: 'placement_id' })
  placementId!: string;

  @ManyToOne(() => InternshipApplicationEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: InternshipApplicationEntity;

  @Column({ type: 'uuid', name: 'application_id' })
  applicationId!: string;

  /** The candidate. */
  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text' })
  status!: MatchStatus;

  @Column({ type: 'double precision', default: 0 })
  score!: number;

  /** Why the engine paired them, in words (from scorePlacement). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  explanation!: string[];

  @Column({ type: 'timestamptz', name: 'offered_at', nullable: true })
  offeredAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'responded_at', nullable: true })
  respondedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
