import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertFanoutEntity } from './alert-fanout.entity';
import { CHUNK_SIZE, ChunkJobData, JOBS, rangesFrom } from './job-names';
import { JobQueue } from './job-queue.service';
import { chunkStartsSql } from './recipients.sql';

/** The fan-out job: split the recipients into chunks by person id, one job per chunk. */
@Injectable()
export class FanoutService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /** Returns how many people the chunks cover; a repeat of a finished fan-out does nothing. */
  async run(fanoutId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const fanout = await manager
        .getRepository(AlertFanoutEntity)
        .findOne({ where: { id: fanoutId }, lock: { mode: 'pessimistic_write' } });
      if (!fanout || fanout.chunksEnqueuedAt) return 0;
      const sql = chunkStartsSql(fanout.audience);
      const rows: { person_id: string; n: string; total: string }[] = await manager.query(sql, [
        fanout.vacancyId,
        fanout.networkIds,
        null,
        null,
        CHUNK_SIZE,
      ]);
      const total = Number(rows[0]?.total ?? 0);
      const chunks: ChunkJobData[] =
        total === 0
          ? []
          : rangesFrom(rows.filter((row) => row.n !== '1').map((row) => row.person_id)).map(
              (range) => ({ fanoutId, ...range }),
            );
      await this.jobs.insert(JOBS.chunk, chunks, manager);
      await manager
        .getRepository(AlertFanoutEntity)
        .update({ id: fanoutId }, { chunksEnqueuedAt: new Date() });
      return total;
    });
  }
}
