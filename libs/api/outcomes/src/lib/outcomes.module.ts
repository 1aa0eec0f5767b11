import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareerEventEntity } from './entities/career-event.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CareerEventEntity])],
  exports: [TypeOrmModule],
})
export class OutcomesModule {}
