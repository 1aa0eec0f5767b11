import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Action 6.3: at most this share of a department's open accelerator roles may be reserved. */
@Entity('reserved_share_cap')
export class ReservedShareCapEntity {
  @PrimaryColumn({ type: 'text', name: 'department_code' })
  departmentCode!: string;

  @Column({ type: 'smallint', name: 'max_percent' })
  maxPercent!: number;

  @Column({ type: 'uuid', name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
