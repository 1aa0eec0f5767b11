import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@pathways/api-core';
import { NotificationsService } from '@pathways/api-notifications';
import { CohortEntity } from '@pathways/api-programmes';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { MenteeApplicationEntity } from '../entities/mentee-application.entity';
import { RelationshipEntity } from '../entities/relationship.entity';
import {
  awaitingAnswerFrom,
  dueBefore,
  proposalTimeoutStep,
  REMIND_AFTER_DAYS,
} from '../rules/proposal-timeouts';
import { LeadAccessService } from './lead-access.service';

export interface TimeoutReport {
  reminded: number;
  returned: number;
}

const HOUR_MS = 3_600_000;

/**
 * Unanswered proposals: a reminder after 5 days, back to the lead after 10. Runs hourly in
 * the API process (a later change moves it to a job queue); not under NODE_ENV=test, where
 * tests call processDue with a fixed time.
 */
@Injectable()
export class ProposalTimeoutService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ProposalTimeoutService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly leads: LeadAccessService,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    if (this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => {
      this.processDue(new Date()).catch((error: unknown) =>
        this.logger.error(`proposal timeouts failed: ${(error as Error).message}`),
      );
    }, HOUR_MS);
    // The CLI loads this module too: the timer must not keep a finished command alive.
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Idempotent: a reminder is sent once (reminder_sent_at), a return happens once (the status
   * changes), and rows another pass holds are skipped rather than waited for.
   */
  async processDue(now: Date): Promise<TimeoutReport> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(RelationshipEntity);
      const pending = await repository.find({
        where: {
          status: 'proposed',
          proposedAt: LessThanOrEqual(dueBefore(now, REMIND_AFTER_DAYS)),
        },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
        order: { proposedAt: 'ASC' },
      });
      const report: TimeoutReport = { reminded: 0, returned: 0 };
      const returned: RelationshipEntity[] = [];
      for (const proposal of pending) {
        if (!proposal.proposedAt) continue;
        const step = proposalTimeoutStep({ ...proposal, proposedAt: proposal.proposedAt }, now);
        if (step === 'remind') {
          await repository.update({ id: proposal.id }, { reminderSentAt: now });
          await this.notifications.notify(
            awaitingAnswerFrom({ ...proposal, proposedAt: proposal.proposedAt }),
            {
              kind: 'proposal.reminder',
              title: 'A mentoring proposal is waiting for your answer',
              body: 'Please accept or decline it. Unanswered proposals go back to the programme lead after 10 days.',
              link: '/mentoring',
            },
            manager,
          );
          report.reminded++;
        } else if (step === 'return') {
          await repository.update({ id: proposal.id }, { status: 'returned', returnedAt: now });
          await manager
            .getRepository(MenteeApplicationEntity)
            .update({ id: proposal.menteeApplicationId }, { previouslyUnmatched: true });
          await this.notifications.notify(
            [proposal.menteePersonId, proposal.mentorPersonId],
            {
              kind: 'proposal.returned',
              title: 'A mentoring proposal has lapsed',
              body: 'It was not answered within 10 days, so it has gone back to the programme lead.',
              link: '/mentoring',
            },
            manager,
          );
          returned.push(proposal);
          report.returned++;
        }
      }
      await this.tellLeads(manager, returned);
      return report;
    });
  }

  private async tellLeads(manager: EntityManager, returned: RelationshipEntity[]): Promise<void> {
    const cohortIds = [...new Set(returned.map((p) => p.cohortId))];
    if (cohortIds.length === 0) return;
    const cohorts = await manager
      .getRepository(CohortEntity)
      .find({ where: { id: In(cohortIds) }, relations: { programme: true } });
    for (const cohort of cohorts) {
      if (!cohort.programme) continue;
      const count = returned.filter((p) => p.cohortId === cohort.id).length;
      await this.notifications.notify(
        await this.leads.leadIds(cohort.programme, manager),
        {
          kind: 'proposal.returned',
          title: `${count === 1 ? 'A proposal was' : `${count} proposals were`} not answered in 10 days`,
          body: `In ${cohort.programme.name} (${cohort.code}); the mentees are back in the pool.`,
          link: `/programmes/cohorts/${cohort.id}/matching`,
        },
        manager,
      );
    }
  }
}
