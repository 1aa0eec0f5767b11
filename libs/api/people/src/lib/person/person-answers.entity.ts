import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/**
 * Sensitive answers: the SMC questions (one-part and four-part occupation) and the other
 * characteristics. Read only by the person themself; aggregates read them in SQL.
 * NULL = not answered; 'prefer_not_to_say' = declined.
 */
@Entity('person_answers')
export class PersonAnswersEntity {
  @PrimaryColumn({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text', name: 'seb_occupation', nullable: true })
  sebOccupation!: string | null;

  @Column({ type: 'text', name: 'seb_earner_employment', nullable: true })
  sebEarnerEmployment!: string | null;

  @Column({ type: 'text', name: 'seb_earner_work_type', nullable: true })
  sebEarnerWorkType!: string | null;

  @Column({ type: 'text', name: 'seb_earner_employee_status', nullable: true })
  sebEarnerEmployeeStatus!: string | null;

  @Column({ type: 'text', name: 'seb_earner_workplace_size', nullable: true })
  sebEarnerWorkplaceSize!: string | null;

  @Column({ type: 'text', name: 'seb_earner_supervises', nullable: true })
  sebEarnerSupervises!: string | null;

  @Column({ type: 'text', name: 'seb_school', nullable: true })
  sebSchool!: string | null;

  @Column({ type: 'text', name: 'seb_fsm', nullable: true })
  sebFsm!: string | null;

  @Column({ type: 'text', name: 'seb_parent_degree', nullable: true })
  sebParentDegree!: string | null;

  @Column({ type: 'text', nullable: true })
  gender!: string | null;

  @Column({ type: 'text', nullable: true })
  ethnicity!: string | null;

  @Column({ type: 'text', nullable: true })
  disability!: string | null;

  @Column({ type: 'text', name: 'sexual_orientation', nullable: true })
  sexualOrientation!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
