import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@pathways/api-mail';
import { NotificationsModule } from '@pathways/api-notifications';
import { AlertRuleEntity } from './alert-rules/alert-rule.entity';
import { AlertRulesResolver } from './alert-rules/alert-rules.resolver';
import { AlertRulesService } from './alert-rules/alert-rules.service';
import { BroadcastService } from './broadcast/broadcast.service';
import { AlertChunkService } from './delivery/alert-chunk.service';
import { AlertFanoutEntity } from './delivery/alert-fanout.entity';
import { AlertSweepService } from './delivery/alert-sweep.service';
import { AlertWorker } from './delivery/alert-worker.service';
import { AlertEntity } from './delivery/alert.entity';
import { DigestService } from './delivery/digest.service';
import { EmailDeliveryService } from './delivery/email-delivery.service';
import { FanoutService } from './delivery/fanout.service';
import { JobQueue } from './delivery/job-queue.service';
import { VacanciesDemoSeeder } from './demo/vacancies-demo.seeder';
import { ApplyLinkController } from './funnel/apply-link.controller';
import { FunnelRecordingService } from './funnel/funnel-recording.service';
import { FunnelReportService } from './funnel/funnel-report.service';
import { FunnelResolver } from './funnel/funnel.resolver';
import { VacancyFunnelEventEntity } from './funnel/vacancy-funnel-event.entity';
import { MembershipsService } from './networks/memberships.service';
import { NetworkMembershipEntity } from './networks/network-membership.entity';
import { NetworkEntity } from './networks/network.entity';
import { NetworksResolver } from './networks/networks.resolver';
import { NetworksService } from './networks/networks.service';
import { VacanciesDataHolder } from './privacy/vacancies-data.holder';
import { ReservedShareCapEntity } from './reserved-share/reserved-share-cap.entity';
import { ReservedShareResolver } from './reserved-share/reserved-share.resolver';
import { ReservedShareService } from './reserved-share/reserved-share.service';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';
import { UnsubscribeService } from './unsubscribe/unsubscribe.service';
import { AcceleratorRolesService } from './vacancies/accelerator-roles.service';
import { VacanciesResolver } from './vacancies/vacancies.resolver';
import { VacancyEditingService } from './vacancies/vacancy-editing.service';
import { VacancyPublishingService } from './vacancies/vacancy-publishing.service';
import { VacancyEntity } from './vacancies/vacancy.entity';

export const VACANCY_ENTITIES = [
  NetworkEntity,
  NetworkMembershipEntity,
  VacancyEntity,
  ReservedShareCapEntity,
  AlertRuleEntity,
  AlertFanoutEntity,
  AlertEntity,
  VacancyFunnelEventEntity,
];

/** Accelerator-role vacancies, staff networks, alert rules, alert delivery and the funnel. */
@Module({
  imports: [TypeOrmModule.forFeature(VACANCY_ENTITIES), NotificationsModule, MailModule],
  controllers: [UnsubscribeController, ApplyLinkController],
  providers: [
    NetworksService,
    MembershipsService,
    NetworksResolver,
    AcceleratorRolesService,
    VacancyEditingService,
    VacancyPublishingService,
    VacanciesResolver,
    ReservedShareService,
    ReservedShareResolver,
    BroadcastService,
    AlertRulesService,
    AlertRulesResolver,
    UnsubscribeService,
    FunnelRecordingService,
    FunnelReportService,
    FunnelResolver,
    JobQueue,
    FanoutService,
    AlertChunkService,
    EmailDeliveryService,
    DigestService,
    AlertSweepService,
    AlertWorker,
    VacanciesDataHolder,
    VacanciesDemoSeeder,
  ],
  exports: [JobQueue],
})
export class VacanciesModule {}
