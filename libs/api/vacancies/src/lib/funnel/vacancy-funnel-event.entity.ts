import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@pathways/api-people';
import { VacancyEntity } from '../vacancies/vacancy.entity';

export const FUNNEL_EVENT_STAGES = ['viewed', 'applied', 'appointed'] as const;
export type FunnelEventStage = (typeof FUNNEL_EVENT_STAGES)[number];
/** self: the person said so; link: they followed the apply link; owner: the vacancy's owner. */
export type FunnelEventSource = 'self' | 'link' | 'owner';

/** The first time a person reached a stage for a vacancy ("alerted" is the alert table). */
@Entity('vacancy_funnel_event')
@Index(['personId'])
export class VacancyFunnelEventEntity {
  @PrimaryColumn({ type: 'uuid', name: 'vacancy_id' })
  vacancyId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @PrimaryColumn({ type: 'text' })
  stage!: FunnelEventStage;

  @Column({ type: 'text' })
  source!: FunnelEventSource;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'uuid', name: 'recorded_by', nullable: true })
  recordedBy!: string | null;
}
