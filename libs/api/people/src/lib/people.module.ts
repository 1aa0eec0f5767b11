import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnswersResolver } from './answers/answers.resolver';
import { AnswersService } from './answers/answers.service';
import { PeopleImportService } from './import/people-import.service';
import { PersonAnswersEntity } from './person/person-answers.entity';
import { PersonSnapshotEntity } from './person/person-snapshot.entity';
import { PersonEntity } from './person/person.entity';
import { PeopleService } from './person/people.service';
import { ReferenceDataResolver } from './reference/reference-data.resolver';
import { ReferenceDataService } from './reference/reference-data.service';
import {
  DepartmentEntity,
  GradeEntity,
  ProfessionEntity,
  RegionEntity,
} from './reference/reference.entities';

export const PEOPLE_ENTITIES = [
  DepartmentEntity,
  GradeEntity,
  ProfessionEntity,
  RegionEntity,
  PersonEntity,
  PersonSnapshotEntity,
  PersonAnswersEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(PEOPLE_ENTITIES)],
  providers: [
    PeopleService,
    ReferenceDataService,
    ReferenceDataResolver,
    AnswersService,
    AnswersResolver,
    PeopleImportService,
  ],
  exports: [
    PeopleService,
    ReferenceDataService,
    AnswersService,
    PeopleImportService,
    TypeOrmModule,
  ],
})
export class PeopleModule {}
