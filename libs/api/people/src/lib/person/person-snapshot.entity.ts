import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** Where someone was on a date, from a workforce extract: grade at a date = latest snapshot on or before it. */
@Entity('person_snapshot')
@Index(['personId', 'snapshotDate'], { unique: true })
@Index(['snapshotDate', 'departmentCode', 'gradeCode'])
// Created by migration (DESC order and INCLUDE columns TypeORM cannot describe).
@Index('person_snapshot_latest', { synchronize: false })
export class PersonSnapshotEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @Column({ type: 'date', name: 'snapshot_date' })
  snapshotDate!: string;

  @Column({ type: 'text', name: 'department_code' })
  departmentCode!: string;

  @Column({ type: 'text', name: 'grade_code' })
  gradeCode!: string;

  @Column({ type: 'text', name: 'profession_code', nullable: true })
  professionCode!: string | null;

  @Column({ type: 'text', name: 'region_code', nullable: true })
  regionCode!: string | null;

  /** Sensitive: the SEB occupation answer as the extract gave it; read only by aggregate reports. */
  @Column({ type: 'text', name: 'seb_occupation', nullable: true })
  sebOccupation!: string | null;
}
