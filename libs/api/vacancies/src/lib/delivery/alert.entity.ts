import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PersonEntity } from '@pathways/api-people';
import { VacancyEntity } from '../vacancies/vacancy.entity';

export const ALERT_CHANNELS = ['in_app', 'email'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];
export type AlertTiming = 'instant' | 'digest';
/**
 * pending → sent; e-mail through an external transport passes through sending (claimed, maybe
 * sent), and ends failed only when delivery cannot be known; cancelled by unsubscribing first.
 */
export type AlertStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';

/** One (vacancy, person, channel): the unique key is what makes delivery exactly once. */
@Entity('alert')
@Unique('UQ_alert_vacancy_person_channel', ['vacancyId', 'personId', 'channel'])
@Index('IDX_alert_undelivered', ['vacancyId', 'personId'], {
  where: `status IN ('pending', 'sending')`,
})
@Index('IDX_alert_digest_due', ['personId'], { where: `timing = 'digest' AND status = 'pending'` })
@Index(['personId'])
export class AlertEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid', name: 'vacancy_id' })
  vacancyId!: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  channel!: AlertChannel;

  @Column({ type: 'text' })
  timing!: AlertTiming;

  /** The rule that matched, for its unsubscribe link; null for a broadcast to all members. */
  @Column({ type: 'uuid', name: 'rule_id', nullable: true })
  ruleId!: string | null;

  @Column({ type: 'uuid', name: 'fanout_id', nullable: true })
  fanoutId!: string | null;

  @Column({ type: 'text' })
  status!: AlertStatus;

  /** Sends that may have reached the person without being recorded (a crash mid-send). */
  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', name: 'claimed_at', nullable: true })
  claimedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt!: Date | null;
}
