import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@pathways/api-core';
import { DataSource } from 'typeorm';
import { createMailTransport } from './create-mail-transport';
import { MAIL_TRANSPORT } from './mail-transport';
import { MailOutboxEntity } from './outbox/mail-outbox.entity';
import { OutboxResolver } from './outbox/outbox.resolver';
import { OutboxService } from './outbox/outbox.service';
import { OutboxDataHolder } from './privacy/outbox-data.holder';

@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxEntity])],
  providers: [
    OutboxService,
    OutboxResolver,
    OutboxDataHolder,
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) =>
        createMailTransport(config, dataSource),
    },
  ],
  exports: [MAIL_TRANSPORT],
})
export class MailModule {}
