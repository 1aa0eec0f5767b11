import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser, conflict, forbidden, notFound } from '@pathways/api-core';
import { DataSource, Repository } from 'typeorm';
import { assertReferenceCodes } from '../reference-codes';
import { leadsNetwork } from './network-access';
import { NetworkMembershipEntity } from './network-membership.entity';
import { NetworkEntity } from './network.entity';
import { CreateNetworkInput, UpdateNetworkInput } from './network.inputs';
import { Network } from './network.model';

@Injectable()
export class NetworksService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(NetworkEntity) private readonly networks: Repository<NetworkEntity>,
    @InjectRepository(NetworkMembershipEntity)
    private readonly memberships: Repository<NetworkMembershipEntity>,
  ) {}

  /** Every network, with whether the caller belongs to or leads each. */
  async list(user: AuthenticatedUser, onlyJoined = false): Promise<Network[]> {
    const networks = await this.networks.find({ order: { name: 'ASC' } });
    const joined = new Set(
      (await this.memberships.find({ where: { personId: user.personId } })).map(
        (membership) => membership.networkId,
      ),
    );
    return networks
      .filter((network) => !onlyJoined || joined.has(network.id))
      .map((network) => toModel(network, joined.has(network.id), leadsNetwork(user, network)));
  }

  async get(user: AuthenticatedUser, id: string): Promise<Network> {
    const network = await this.networks.findOne({ where: { id } });
    if (!network) throw notFound('No such network');
    const joined = await this.memberships.exists({
      where: { networkId: id, personId: user.personId },
    });
    return toModel(network, joined, leadsNetwork(user, network));
  }

  /** Admins create any network; a network lead only one their grant already names. */
  async create(user: AuthenticatedUser, input: CreateNetworkInput): Promise<Network> {
    if (!leadsNetwork(user, { id: '', code: input.code }))
      throw forbidden('Only an admin, or the lead named for this network code, can create it.');
    return this.dataSource.transaction(async (manager) => {
      await assertReferenceCodes(manager, 'department', input.departmentCodes, 'departmentCodes');
      const repository = manager.getRepository(NetworkEntity);
      if (await repository.exists({ where: { code: input.code } }))
        throw conflict(`A network with code ${input.code} already exists`, 'code');
      const network = await repository.save(
        repository.create({
          code: input.code,
          name: input.name.trim(),
          kind: input.kind,
          description: input.description?.trim() ?? '',
          departmentCodes: [...new Set(input.departmentCodes)],
        }),
      );
      return toModel(network, false, true);
    });
  }

  async update(user: AuthenticatedUser, input: UpdateNetworkInput): Promise<Network> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(NetworkEntity);
      const network = await repository.findOne({ where: { id: input.id } });
      if (!network) throw notFound('No such network');
      if (!leadsNetwork(user, network)) throw forbidden('Only the network’s leads can change it.');
      if (input.departmentCodes)
        await assertReferenceCodes(manager, 'department', input.departmentCodes, 'departmentCodes');
      if (input.name !== undefined) network.name = input.name.trim();
      if (input.kind !== undefined) network.kind = input.kind;
      if (input.description !== undefined) network.description = input.description.trim();
      if (input.departmentCodes) network.departmentCodes = [...new Set(input.departmentCodes)];
      await repository.save(network);
      const joined = await manager
        .getRepository(NetworkMembershipEntity)
        .exists({ where: { networkId: network.id, personId: user.personId } });
      return toModel(network, joined, true);
    });
  }
}

function toModel(network: NetworkEntity, joined: boolean, leading: boolean): Network {
  return {
    id: network.id,
    code: network.code,
    name: network.name,
    kind: network.kind,
    description: network.description,
    departmentCodes: network.departmentCodes,
    joined,
    leading,
  };
}
