import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const NETWORK_KINDS = [
  'social_mobility',
  'ethnic_minority_talent',
  'disability',
  'care_leaver',
  'other',
] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** A staff network or support programme (META, DELTA, a care leaver network…). */
@Entity('network')
export class NetworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What a network lead's role grant names, e.g. MOJ-SOCIAL-MOBILITY. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: NetworkKind;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true, name: 'department_codes', default: '{}' })
  departmentCodes!: string[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
