import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput, forbidden, notFound } from '@pathways/api-core';
import { DataSource, In } from 'typeorm';
import { AlertFanoutEntity } from '../delivery/alert-fanout.entity';
import { JOBS } from '../delivery/job-names';
import { JobQueue } from '../delivery/job-queue.service';
import { londonToday } from '../london-date';
import { leadsNetwork } from '../networks/network-access';
import { NetworkEntity } from '../networks/network.entity';
import { VacancyEntity } from '../vacancies/vacancy.entity';
import { BroadcastVacancyInput, VacancyBroadcast } from './broadcast.model';

@Injectable()
export class BroadcastService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /** A lead targets an open vacancy at networks they lead; the fan-out commits with the request. */
  async broadcast(
    user: AuthenticatedUser,
    input: BroadcastVacancyInput,
  ): Promise<VacancyBroadcast> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await manager
        .getRepository(VacancyEntity)
        .findOne({ where: { id: input.vacancyId } });
      if (!vacancy) throw notFound('No such vacancy');
      if (vacancy.status !== 'open' || vacancy.closingDate < londonToday())
        throw badInput('Only an open vacancy can be broadcast', 'vacancyId');
      const networkIds = [...new Set(input.networkIds)];
      const networks = await manager
        .getRepository(NetworkEntity)
        .find({ where: { id: In(networkIds) } });
      if (networks.length !== networkIds.length) throw notFound('No such network');
      const notLed = networks.find((network) => !leadsNetwork(user, network));
      if (notLed) throw forbidden(`You do not lead ${notLed.name}.`);
      const fanouts = manager.getRepository(AlertFanoutEntity);
      const fanout = await fanouts.save(
        fanouts.create({
          vacancyId: vacancy.id,
          kind: 'broadcast',
          audience: input.audience,
          networkIds,
          requestedBy: user.personId,
        }),
      );
      await this.jobs.send(JOBS.fanout, { fanoutId: fanout.id }, manager);
      return {
        id: fanout.id,
        vacancyId: vacancy.id,
        networkIds,
        audience: fanout.audience,
        createdAt: fanout.createdAt,
      };
    });
  }
}
