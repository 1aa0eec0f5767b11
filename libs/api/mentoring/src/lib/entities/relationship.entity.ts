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
import { MenteeApplicationEntity } from './mentee-application.entity';
import { MentorOfferEntity } from './mentor-offer.entity';

/**
 * suggested (by a run, or by hand: locked) → proposed (lead approved; both asked) → active
 * (both accepted) → completed | ended_early. Off the path: declined, returned (unanswered
 * for 10 days), discarded (a re-run replaced the suggestion), withdrawn (the mentee withdrew).
 */
export const RELATIONSHIP_STATUSES = [
  'suggested',
  'proposed',
  'active',
  'completed',
  'ended_early',
  'declined',
  'returned',
  'discarded',
  'withdrawn',
] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

/** Statuses holding the mentee (one at a time) and a seat of the mentor. */
export const LIVE_STATUSES: readonly RelationshipStatus[] = ['suggested', 'proposed', 'active'];

@Entity('mentoring_relationship')
@Index(['cohortId', 'status'])
@Index(['menteePersonId'])
@Index(['mentorPersonId'])
@Index(['mentorOfferId'])
@Index(['menteeApplicationId'], {
  unique: true,
  where: `status IN ('suggested', 'proposed', 'active')`,
})
export class RelationshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CohortEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'uuid', name: 'cohort_id' })
  cohortId!: string;

  @Column({ type: 'uuid', name: 'matching_run_id', nullable: true })
  matchingRunId!: string | null;

  @ManyToOne(() => MenteeApplicationEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_application_id' })
  menteeApplication?: MenteeApplicationEntity;

  @Column({ type: 'uuid', name: 'mentee_application_id' })
  menteeApplicationId!: string;

  @Column({ type: 'uuid', name: 'mentee_person_id' })
  menteePersonId!: string;

  @ManyToOne(() => MentorOfferEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_offer_id' })
  mentorOffer?: MentorOfferEntity;

  @Column({ type: 'uuid', name: 'mentor_offer_id' })
  mentorOfferId!: string;

  @Column({ type: 'uuid', name: 'mentor_person_id' })
  mentorPersonId!: string;

  @Column({ type: 'text' })
  status!: RelationshipStatus;

  @Column({ type: 'double precision', default: 0 })
  score!: number;

  /** Which criteria the pair met, in words (from scorePair). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  explanation!: string[];

  /** Paired by hand by the lead: kept by every re-run. */
  @Column({ type: 'boolean', default: false })
  locked!: boolean;

  @Column({ type: 'timestamptz', name: 'proposed_at', nullable: true })
  proposedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'mentor_accepted_at', nullable: true })
  mentorAcceptedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'mentee_accepted_at', nullable: true })
  menteeAcceptedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'reminder_sent_at', nullable: true })
  reminderSentAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'returned_at', nullable: true })
  returnedAt!: Date | null;

  @Column({ type: 'uuid', name: 'declined_by', nullable: true })
  declinedBy!: string | null;

  @Column({ type: 'text', name: 'decline_reason', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'date', name: 'started_on', nullable: true })
  startedOn!: string | null;

  @Column({ type: 'date', name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'uuid', name: 'ended_by', nullable: true })
  endedBy!: string | null;

  @Column({ type: 'text', name: 'end_reason', nullable: true })
  endReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
