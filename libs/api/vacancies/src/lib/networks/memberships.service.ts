import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser, forbidden, notFound } from '@pathways/api-core';
import { Repository } from 'typeorm';
import { leadsNetwork } from './network-access';
import { NetworkMembershipEntity } from './network-membership.entity';
import { NetworkEntity } from './network.entity';
import { NetworkMember } from './network.model';

const MEMBER_PAGE_LIMIT = 5000;

/** Membership is sensitive: only the member and the network's leads ever see it. */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectRepository(NetworkEntity) private readonly networks: Repository<NetworkEntity>,
    @InjectRepository(NetworkMembershipEntity)
    private readonly memberships: Repository<NetworkMembershipEntity>,
  ) {}

  async join(user: AuthenticatedUser, networkId: string): Promise<void> {
    await this.networkOrFail(networkId);
    await this.memberships
      .createQueryBuilder()
      .insert()
      .values({ networkId, personId: user.personId })
      .orIgnore()
      .execute();
  }

  /** True when the caller was a member. */
  async leave(user: AuthenticatedUser, networkId: string): Promise<boolean> {
    await this.networkOrFail(networkId);
    const result = await this.memberships.delete({ networkId, personId: user.personId });
    return (result.affected ?? 0) > 0;
  }

  async members(user: AuthenticatedUser, networkId: string): Promise<NetworkMember[]> {
    const network = await this.networkOrFail(networkId);
    if (!leadsNetwork(user, network)) throw forbidden('Only the network’s leads see its members.');
    const rows: NetworkMember[] = await this.memberships.query(
      `SELECT p.id AS "personId", p.given_name AS "givenName", p.family_name AS "familyName",
              p.email, p.department_code AS "departmentCode", p.grade_code AS "gradeCode",
              m.joined_at AS "joinedAt"
       FROM network_membership m JOIN person p ON p.id = m.person_id
       WHERE m.network_id = $1 AND p.erased_at IS NULL
       ORDER BY p.family_name, p.given_name, p.id
       LIMIT ${MEMBER_PAGE_LIMIT}`,
      [networkId],
    );
    return rows;
  }

  async remove(user: AuthenticatedUser, networkId: string, personId: string): Promise<boolean> {
    const network = await this.networkOrFail(networkId);
    if (!leadsNetwork(user, network))
      throw forbidden('Only the network’s leads can remove members.');
    const result = await this.memberships.delete({ networkId, personId });
    return (result.affected ?? 0) > 0;
  }

  private async networkOrFail(id: string): Promise<NetworkEntity> {
    const network = await this.networks.findOne({ where: { id } });
    if (!network) throw notFound('No such network');
    return network;
  }
}
