import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortEntity } from './entities/cohort.entity';
import { EnrolmentEntity } from './entities/enrolment.entity';
import { ProgrammeEntity } from './entities/programme.entity';

export const PROGRAMME_ENTITIES = [ProgrammeEntity, CohortEntity, EnrolmentEntity];

@Module({
  imports: [TypeOrmModule.forFeature(PROGRAMME_ENTITIES)],
  exports: [TypeOrmModule],
})
export class ProgrammesModule {}
