import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { VacancyEntity } from '../vacancies/vacancy.entity';

export type FanoutKind = 'publish' | 'broadcast';
/** matching: people whose alert rules match; all: every member of the networks. */
export type FanoutAudience = 'matching' | 'all';

/** One request to alert people about a vacancy: a publish, or a lead's broadcast. */
@Entity('alert_fanout')
export class AlertFanoutEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'vacancy_id' })
  vacancyId!: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'text' })
  kind!: FanoutKind;

  @Column({ type: 'text' })
  audience!: FanoutAudience;

  /** Empty for a publish: everyone's rules are matched. */
  @Column({ type: 'uuid', array: true, name: 'network_ids', default: '{}' })
  networkIds!: string[];

  @Column({ type: 'uuid', name: 'requested_by' })
  requestedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** Set in the transaction that enqueued the chunk jobs, so a retried fan-out does not repeat it. */
  @Column({ type: 'timestamptz', name: 'chunks_enqueued_at', nullable: true })
  chunksEnqueuedAt!: Date | null;
}
