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
import { PlacementEntity } from './placement.entity';

export const CHECK_IN_STATUSES = ['on_track', 'needs_support'] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

/** The line manager's monthly word on how the intern is doing; one per placement and month. */
@Entity('internship_check_in')
@Index(['placementId', 'month'], { unique: true })
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => PlacementEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column({ type: 'uuid', name: 'placement_id' })
  placementId!: string;

  /** The first day of the month the check-in is for. */
  @Column({ type: 'date' })
  month!: string;

  @Column({ type: 'text' })
  status!: CheckInStatus;

  /** Between the line manager and the intern: the coordinator sees only the status. */
  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
