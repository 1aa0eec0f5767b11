import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role, ScopeType } from '@pathways/api-core';

@Entity('role_grant')
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', name: 'scope_type', nullable: true })
  scopeType!: ScopeType | null;

  @Column({ type: 'text', name: 'scope_id', nullable: true })
  scopeId!: string | null;

  @Column({ type: 'uuid', name: 'granted_by', nullable: true })
  grantedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'granted_at' })
  grantedAt!: Date;
}
