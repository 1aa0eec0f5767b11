import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ProgrammeEntity } from './programme.entity';

/** One intake of a programme, with an application window and a start date. */
@Entity('cohort')
@Index(['programmeId', 'code'], { unique: true })
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ProgrammeEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'uuid', name: 'programme_id' })
  programmeId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text', default: '' })
  name!: string;

  @Column({ type: 'date', name: 'applications_open', nullable: true })
  applicationsOpen!: string | null;

  @Column({ type: 'date', name: 'applications_close', nullable: true })
  applicationsClose!: string | null;

  @Column({ type: 'date', name: 'start_date', nullable: true })
  startDate!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
