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
import { DepartmentEntity } from '@pathways/api-people';
import type {
  AcceleratorCategory,
  ContractType,
  VacancyStatus,
  WorkingPattern,
} from './vacancy-vocabulary';

/** An accelerator role: published openly, targeted at networks, reported by SEB. */
@Entity('vacancy')
@Index(['status', 'closingDate'])
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @ManyToOne(() => DepartmentEntity, { nullable: false })
  @JoinColumn({ name: 'department_code' })
  department?: DepartmentEntity;

  @Index()
  @Column({ type: 'text', name: 'department_code' })
  departmentCode!: string;

  @Column({ type: 'text', array: true, name: 'grade_codes' })
  gradeCodes!: string[];

  @Column({ type: 'text', name: 'profession_code', nullable: true })
  professionCode!: string | null;

  @Column({ type: 'text', array: true, name: 'region_codes', default: '{}' })
  regionCodes!: string[];

  @Column({ type: 'boolean', default: false })
  remote!: boolean;

  @Column({ type: 'text', name: 'working_pattern' })
  workingPattern!: WorkingPattern;

  @Column({ type: 'text', name: 'contract_type' })
  contractType!: ContractType;

  /** The last day applications are accepted (inclusive). */
  @Column({ type: 'date', name: 'closing_date' })
  closingDate!: string;

  @Column({ type: 'text', name: 'apply_url', nullable: true })
  applyUrl!: string | null;

  @Column({ type: 'text', name: 'apply_contact', nullable: true })
  applyContact!: string | null;

  @Column({ type: 'text' })
  category!: AcceleratorCategory;

  @Column({ type: 'boolean', name: 'reserved_for_talent_scheme', default: false })
  reservedForTalentScheme!: boolean;

  /** e.g. Fast Stream; set exactly when reserved. */
  @Column({ type: 'text', name: 'talent_scheme', nullable: true })
  talentScheme!: string | null;

  @Column({ type: 'text', default: 'draft' })
  status!: VacancyStatus;

  /** Who posted it: they record appointments and read its funnel. */
  @Column({ type: 'uuid', name: 'owner_person_id' })
  ownerPersonId!: string;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
