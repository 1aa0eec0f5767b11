import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: a trigger refuses UPDATE and DELETE, and the API offers neither. */
@Entity('audit_event')
@Index(['at'])
@Index(['action', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true, name: 'actor_person_id' })
  actorPersonId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  /** The people whose data was read or changed. */
  @Column({ type: 'uuid', array: true, name: 'subject_person_ids', default: () => "'{}'" })
  subjectPersonIds!: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail!: Record<string, unknown>;
}
