import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, conflict, notFound } from '@pathways/api-core';
import { NotificationsService } from '@pathways/api-notifications';
import { DataSource, EntityManager, In } from 'typeorm';
import { InternshipApplicationEntity } from '../entities/internship-application.entity';
import { InternshipMatchEntity } from '../entities/internship-match.entity';
import { WithdrawInternshipApplicationInput } from '../inputs/candidate.inputs';
import { isLiveMatchStatus, withdrawalDecision } from '../rules/application-withdrawal';
import { coordinatorIds } from './coordinator-contacts';
import { internshipIntake } from './intake-lookup';

/** A candidate withdrawing their own application; see rules/application-withdrawal.ts. */
@Injectable()
export class ApplicationWithdrawalService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Locks in the order matching runs and offer answers do (the intake, then matches, then the
   * application), so a concurrent run cannot suggest the application again and a concurrent
   * answer to its offer waits, then finds it declined.
   */
  async withdraw(
    user: AuthenticatedUser,
    input: WithdrawInternshipApplicationInput,
  ): Promise<InternshipApplicationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const applications = manager.getRepository(InternshipApplicationEntity);
      const mine = { id: input.applicationId, personId: user.personId };
      const found = await applications.findOne({ where: mine, select: { cohortId: true } });
      // Someone else's application is answered as if it did not exist.
      if (!found) throw notFound('No such application');
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `internships:${found.cohortId}`,
      ]);
      const matches = manager.getRepository(InternshipMatchEntity);
      const live = await matches.findOne({
        where: {
          applicationId: input.applicationId,
          status: In(['suggested', 'offered', 'accepted']),
        },
        lock: { mode: 'pessimistic_write' },
      });
      const application = await applications.findOneOrFail({
        where: mine,
        lock: { mode: 'pessimistic_write' },
      });
      const decision = withdrawalDecision(
        application.status,
        live && isLiveMatchStatus(live.status) ? live.status : null,
      );
      if (decision.kind === 'refused') throw conflict(decision.message);
      if (live && decision.match === 'declined') {
        await matches.update(live.id, { status: 'declined', respondedAt: new Date() });
      } else if (live && decision.match === 'discarded') {
        await matches.update(live.id, { status: 'discarded' });
      }
      if (decision.tellCoordinators) await this.tell(manager, application.cohortId);
      application.status = 'withdrawn';
      return applications.save(application);
    });
  }

  private async tell(manager: EntityManager, intakeId: string): Promise<void> {
    const { programme } = await internshipIntake(manager, intakeId);
    await this.notifications.notify(
      await coordinatorIds(manager, programme.code),
      {
        kind: 'internship.withdrawn',
        title: 'A candidate withdrew before answering an offer',
        body: `${programme.name}: the offer is declined, and the placement is back in the pool for the next matching run.`,
        link: `/internships/manage/intakes/${intakeId}`,
      },
      manager,
    );
  }
}
