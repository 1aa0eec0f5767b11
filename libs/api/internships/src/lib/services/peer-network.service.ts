import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput } from '@pathways/api-core';
import { NetworkEntity, NetworkMembershipEntity } from '@pathways/api-vacancies';
import { DataSource, EntityManager } from 'typeorm';
import { PlacementEntity } from '../entities/placement.entity';
import type { CareLeaverNetworkMembership } from '../models/candidate.model';

/** The cross-government network interns join: a network (vacancies feature) of kind care_leaver. */
export const CARE_LEAVER_PEER_NETWORK = {
  code: 'CARE-LEAVER-INTERNS',
  name: 'Care leaver intern peer network',
  kind: 'care_leaver',
  description:
    'Care leaver interns supporting each other through learning, development and sharing experiences.',
} as const;

/** Interns join the care leaver peer network themselves; membership stays theirs to see. */
@Injectable()
export class PeerNetworkService {
  constructor(private readonly dataSource: DataSource) {}

  async membership(user: AuthenticatedUser): Promise<CareLeaverNetworkMembership> {
    const manager = this.dataSource.manager;
    const network = await manager
      .getRepository(NetworkEntity)
      .findOne({ where: { code: CARE_LEAVER_PEER_NETWORK.code } });
    const membership = network
      ? await manager
          .getRepository(NetworkMembershipEntity)
          .findOne({ where: { networkId: network.id, personId: user.personId } })
      : null;
    const canJoin = await manager
      .getRepository(PlacementEntity)
      .exists({ where: { internPersonId: user.personId } });
    return { member: membership !== null, joinedAt: membership?.joinedAt ?? null, canJoin };
  }

  /** Joining twice changes nothing; the network is made the first time an intern joins. */
  async join(user: AuthenticatedUser): Promise<CareLeaverNetworkMembership> {
    const current = await this.membership(user);
    if (!current.canJoin) {
      throw badInput('The care leaver peer network is for interns who have accepted a placement');
    }
    if (!current.member) {
      await this.dataSource.transaction(async (manager) => {
        const network = await this.network(manager);
        await manager
          .getRepository(NetworkMembershipEntity)
          .createQueryBuilder()
          .insert()
          .values({ networkId: network.id, personId: user.personId })
          .orIgnore()
          .execute();
      });
    }
    return this.membership(user);
  }

  private async network(manager: EntityManager): Promise<NetworkEntity> {
    const repository = manager.getRepository(NetworkEntity);
    await repository
      .createQueryBuilder()
      .insert()
      .values({ ...CARE_LEAVER_PEER_NETWORK, departmentCodes: [] })
      .orIgnore()
      .execute();
    return repository.findOneByOrFail({ code: CARE_LEAVER_PEER_NETWORK.code });
  }
}
