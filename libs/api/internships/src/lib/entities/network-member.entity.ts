import { PersonEntity } from '@pathways/api-people';
import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/**
 * Membership of the care leaver intern peer network, until networks proper exist (the
 * vacancies feature): membership says someone is a care leaver, so only they read it.
 */
@Entity('care_leaver_network_member')
export class NetworkMemberEntity {
  @PrimaryColumn({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @CreateDateColumn({ type: 'timestamptz', name: 'joined_at' })
  joinedAt!: Date;
}
