import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PgChannelListener } from '@pathways/api-core';
import { DataSource } from 'typeorm';

/** Raised on commit by statement triggers on the tables outcome figures are counted from. */
export const OUTCOME_DATA_CHANNEL = 'pathways_outcome_data';

/**
 * Counts the changes to outcome data this process has heard of, from any process, so figures
 * computed from that data can be kept until it changes. Null while not listening: nothing
 * may be kept then, as a change could go unheard.
 */
@Injectable()
export class OutcomeDataChanges implements OnApplicationShutdown {
  private readonly logger = new Logger(OutcomeDataChanges.name);
  private readonly listener: PgChannelListener;
  private changes = 0;
  private failing = false;

  constructor(dataSource: DataSource) {
    this.listener = new PgChannelListener({
      url: (dataSource.options as { url?: string }).url,
      channel: OUTCOME_DATA_CHANNEL,
      applicationName: 'pathways-outcome-changes',
      onNotification: () => this.changes++,
      onLost: (error) => {
        this.changes++;
        this.logger.warn(`outcome change listener lost: ${error.message}`);
      },
      onReconnected: () => this.changes++,
    });
  }

  generation(): number | null {
    if (this.listener.listening) return this.changes;
    this.listener.start().then(
      () => (this.failing = false),
      (error: unknown) => {
        // Once per outage, not on every request that finds it down.
        if (!this.failing)
          this.logger.warn(`outcome change listener not started: ${(error as Error).message}`);
        this.failing = true;
      },
    );
    return null;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }
}
