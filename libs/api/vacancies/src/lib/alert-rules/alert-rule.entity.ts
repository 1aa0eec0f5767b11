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
import { PersonEntity } from '@pathways/api-people';

export const ALERT_DELIVERIES = ['instant', 'weekly_digest'] as const;
export type AlertDelivery = (typeof ALERT_DELIVERIES)[number];

/** A person's saved search: an empty list matches anything on that criterion. */
@Entity('alert_rule')
export class AlertRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text', default: '' })
  name!: string;

  @Column({ type: 'text', array: true, name: 'grade_codes', default: '{}' })
  gradeCodes!: string[];

  @Column({ type: 'text', array: true, name: 'profession_codes', default: '{}' })
  professionCodes!: string[];

  @Column({ type: 'text', array: true, name: 'region_codes', default: '{}' })
  regionCodes!: string[];

  @Column({ type: 'text', array: true, name: 'department_codes', default: '{}' })
  departmentCodes!: string[];

  /** Lower-case words or phrases, any of which in the title or summary matches. */
  @Column({ type: 'text', array: true, default: '{}' })
  keywords!: string[];

  @Column({ type: 'text', default: 'instant' })
  delivery!: AlertDelivery;

  @Column({ type: 'boolean', name: 'in_app', default: true })
  inApp!: boolean;

  @Column({ type: 'boolean', default: false })
  email!: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
