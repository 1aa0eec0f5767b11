import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PROGRAMME_TYPES = ['mentoring', 'sponsorship', 'internship'] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

/**
 * Who may join: every listed condition must hold. Absent = no condition.
 * SEB groups are checked against the applicant's own answers on the server; a lead only ever
 * learns eligible / not eligible.
 */
export interface EligibilityRules {
  sebGroups?: string[];
  minimumGrade?: string;
  maximumGrade?: string;
  departments?: string[];
  careLeaver?: boolean;
  minimumAge?: number;
  maximumAge?: number;
}

export interface MatchingRules {
  mentorMinimumGrade?: string;
  minimumGradeGap?: number;
  maximumGradeGap?: number;
  profession: 'same' | 'other' | 'any' | 'prefer_same';
  department: 'same' | 'other' | 'any';
  defaultMentorCapacity: number;
}

/** A scheme: Catapult-style mentoring, cross-government sponsorship or a care leaver internship. */
@Entity('programme')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: ProgrammeType;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'smallint', name: 'duration_months', default: 12 })
  durationMonths!: number;

  @Column({ type: 'text', array: true, name: 'participating_departments', default: () => "'{}'" })
  participatingDepartments!: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  eligibility!: EligibilityRules;

  @Column({ type: 'jsonb', name: 'matching_rules', nullable: true })
  matchingRules!: MatchingRules | null;

  /** Soft-preference weights for pair scoring, tunable per programme; null = engine defaults. */
  @Column({ type: 'jsonb', name: 'matching_weights', nullable: true })
  matchingWeights!: Record<string, number> | null;

  /** Settings of the kind of programme, e.g. an internship's term length in months. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
