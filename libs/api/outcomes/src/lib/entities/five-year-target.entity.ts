import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * An admin's five-year target for the SEB make-up of (part of) the workforce, e.g. "share of
 * SCS from lower SEB: 25% by 2030". Progress is worked out from the latest snapshots.
 */
@Entity('five_year_target')
export class FiveYearTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The SEB group whose share of classifiable people is targeted. */
  @Column({ type: 'text', name: 'seb_group' })
  sebGroup!: string;

  /** Grade codes counted; empty = every grade. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  grades!: string[];

  /** Department code counted; null = every department. */
  @Column({ type: 'text', name: 'department_code', nullable: true })
  departmentCode!: string | null;

  /** A share, 0..1. */
  @Column({ type: 'double precision', name: 'target_share' })
  targetShare!: number;

  @Column({ type: 'smallint', name: 'target_year' })
  targetYear!: number;

  @Column({ type: 'uuid', name: 'set_by', nullable: true })
  setBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
