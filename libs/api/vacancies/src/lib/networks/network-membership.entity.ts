import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@pathways/api-people';
import { NetworkEntity } from './network.entity';

/** Sensitive: belonging to a network can reveal a characteristic. */
@Entity('network_membership')
export class NetworkMembershipEntity {
  @PrimaryColumn({ type: 'uuid', name: 'network_id' })
  networkId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid', name: 'person_id' })
  personId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @CreateDateColumn({ type: 'timestamptz', name: 'joined_at' })
  joinedAt!: Date;
}
