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
import {
  DepartmentEntity,
  GradeEntity,
  ProfessionEntity,
  RegionEntity,
} from '../reference/reference.entities';

/** Someone in the Civil Service. The staff number stays with them across departments. */
@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text', name: 'staff_number' })
  staffNumber!: string;

  @Column({ type: 'text', name: 'given_name' })
  givenName!: string;

  @Column({ type: 'text', name: 'family_name' })
  familyName!: string;

  @Index({ unique: true, where: 'email IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @ManyToOne(() => DepartmentEntity, { nullable: false })
  @JoinColumn({ name: 'department_code' })
  department?: DepartmentEntity;

  @Column({ type: 'text', name: 'department_code' })
  departmentCode!: string;

  @ManyToOne(() => GradeEntity, { nullable: false })
  @JoinColumn({ name: 'grade_code' })
  grade?: GradeEntity;

  @Column({ type: 'text', name: 'grade_code' })
  gradeCode!: string;

  @ManyToOne(() => ProfessionEntity, { nullable: true })
  @JoinColumn({ name: 'profession_code' })
  profession?: ProfessionEntity | null;

  @Column({ type: 'text', name: 'profession_code', nullable: true })
  professionCode!: string | null;

  @ManyToOne(() => RegionEntity, { nullable: true })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity | null;

  @Column({ type: 'text', name: 'region_code', nullable: true })
  regionCode!: string | null;

  @Column({ type: 'date', name: 'date_of_birth', nullable: true })
  dateOfBirth!: string | null;

  /** Sensitive: never shown to anyone but the person. */
  @Column({ type: 'boolean', name: 'care_leaver', nullable: true })
  careLeaver!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  apprentice!: boolean | null;

  /** Set when an admin erases the person: identifying fields are blanked, counts stay. */
  @Column({ type: 'timestamptz', name: 'erased_at', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
