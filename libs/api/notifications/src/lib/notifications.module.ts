import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnreadCountFeed } from './live/unread-count-feed.service';
import { UnreadCountResolver } from './live/unread-count.resolver';
import { NotificationEntity } from './notification.entity';
import { NotificationsDataHolder } from './notifications-data.holder';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [
    NotificationsService,
    NotificationsResolver,
    NotificationsDataHolder,
    UnreadCountFeed,
    UnreadCountResolver,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
