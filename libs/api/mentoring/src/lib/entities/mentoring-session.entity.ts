import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { SessionFormat, SessionTopic } from '../rules/vocabulary';
import { RelationshipEntity } from './relationship.entity';

/** A meeting logged by the mentor or the mentee. */
@Entity('mentoring_session')
@Index(['relationshipId', 'heldOn'])
export class MentoringSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => RelationshipEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'relationship_id' })
  relationship?: RelationshipEntity;

  @Column({ type: 'uuid', name: 'relationship_id' })
  relationshipId!: string;

  @Column({ type: 'uuid', name: 'logged_by' })
  loggedBy!: string;

  @Column({ type: 'date', name: 'held_on' })
  heldOn!: string;

  @Column({ type: 'smallint', name: 'duration_minutes' })
  durationMinutes!: number;

  @Column({ type: 'text' })
  format!: SessionFormat;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: SessionTopic[];

  @Column({ type: 'text', name: 'next_steps', default: '' })
  nextSteps!: string;

  /** Readable by its author only: every read path checks loggedBy. */
  @Column({ type: 'text', name: 'private_note', nullable: true })
  privateNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
