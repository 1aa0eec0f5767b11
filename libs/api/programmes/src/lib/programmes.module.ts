import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@pathways/api-identity';
import { CohortResolver } from './cohort.resolver';
import { CohortService } from './cohort.service';
import { CohortEntity } from './entities/cohort.entity';
import { EnrolmentEntity } from './entities/enrolment.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { CohortLoader } from './loaders/cohort.loader';
import { CohortsByProgrammeLoader } from './loaders/cohorts-by-programme.loader';
import { ProgrammeLoader } from './loaders/programme.loader';
import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';

export const PROGRAMME_ENTITIES = [ProgrammeEntity, CohortEntity, EnrolmentEntity];

@Module({
  imports: [TypeOrmModule.forFeature(PROGRAMME_ENTITIES), IdentityModule],
  providers: [
    ProgrammeService,
    CohortService,
    ProgrammeLoader,
    CohortLoader,
    CohortsByProgrammeLoader,
    ProgrammeResolver,
    CohortResolver,
  ],
  exports: [
    TypeOrmModule,
    ProgrammeService,
    CohortService,
    ProgrammeLoader,
    CohortLoader,
    CohortsByProgrammeLoader,
  ],
})
export class ProgrammesModule {}
