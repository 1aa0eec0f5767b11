import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { conflict } from '@pathways/api-core';
import { Repository } from 'typeorm';
import { AddReferenceItemInput } from './add-reference-item.input';
import {
  DepartmentEntity,
  GradeEntity,
  ProfessionEntity,
  RegionEntity,
} from './reference.entities';

@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(GradeEntity) private readonly grades: Repository<GradeEntity>,
    @InjectRepository(ProfessionEntity) private readonly professions: Repository<ProfessionEntity>,
    @InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>,
  ) {}

  listDepartments = () => this.departments.find({ order: { name: 'ASC' } });
  listGrades = () => this.grades.find({ order: { rank: 'ASC' } });
  listProfessions = () => this.professions.find({ order: { name: 'ASC' } });
  listRegions = () => this.regions.find({ order: { code: 'ASC' } });

  async addDepartment(input: AddReferenceItemInput): Promise<DepartmentEntity> {
    const code = input.code.toUpperCase();
    if (await this.departments.exists({ where: { code } }))
      throw conflict(`Department ${code} already exists`, 'code');
    return this.departments.save({ code, name: input.name.trim(), active: true });
  }

  async addProfession(input: AddReferenceItemInput): Promise<ProfessionEntity> {
    const code = input.code.toLowerCase();
    if (await this.professions.exists({ where: { code } }))
      throw conflict(`Profession ${code} already exists`, 'code');
    return this.professions.save({ code, name: input.name.trim(), active: true });
  }
}
