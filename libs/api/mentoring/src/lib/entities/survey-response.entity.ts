import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SurveyKind } from '../rules/survey-schedule';
import { RelationshipEntity } from './relationship.entity';

/** One member's answer to a check-in or the close-out survey of a relationship. */
@Entity('survey_response')
@Index(['relationshipId', 'personId', 'kind', 'dueOn'], { unique: true })
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => RelationshipEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'relationship_id' })
  relationship?: RelationshipEntity;

  @Column({ type: 'uuid', name: 'relationship_id' })
  relationshipId!: string;

  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text' })
  kind!: SurveyKind;

  @Column({ type: 'date', name: 'due_on' })
  dueOn!: string;

  /** 1 to 5. */
  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'boolean', name: 'met_expectations', nullable: true })
  metExpectations!: boolean | null;

  @Column({ type: 'boolean', name: 'sessions_interesting', nullable: true })
  sessionsInteresting!: boolean | null;

  @Column({ type: 'text', default: '' })
  comments!: string;

  @Column({ type: 'timestamptz', name: 'submitted_at', default: () => 'now()' })
  submittedAt!: Date;
}
