import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { badInput, notFound } from '@pathways/api-core';
import { Repository } from 'typeorm';
import { FiveYearTargetEntity } from '../entities/five-year-target.entity';
import { SetFiveYearTargetInput } from './five-year-target.model';

/** Admins set the targets; the workforce dashboard reports progress towards them. */
@Injectable()
export class FiveYearTargetsService {
  constructor(
    @InjectRepository(FiveYearTargetEntity)
    private readonly targets: Repository<FiveYearTargetEntity>,
  ) {}

  all(): Promise<FiveYearTargetEntity[]> {
    return this.targets.find({ order: { targetYear: 'ASC', name: 'ASC' } });
  }

  async set(adminPersonId: string, input: SetFiveYearTargetInput): Promise<FiveYearTargetEntity> {
    if (input.departmentCode) {
      const known: unknown[] = await this.targets.query(
        'SELECT 1 FROM department WHERE code = $1',
        [input.departmentCode],
      );
      if (known.length === 0) throw badInput('Select a department from the list', 'departmentCode');
    }
    const values = {
      name: input.name,
      sebGroup: input.sebGroup,
      grades: [...new Set(input.grades)],
      departmentCode: input.departmentCode ?? null,
      targetShare: input.targetShare,
      targetYear: input.targetYear,
      setBy: adminPersonId,
    };
    if (!input.id) return this.targets.save(this.targets.create(values));
    const existing = await this.targets.findOne({ where: { id: input.id } });
    if (!existing) throw notFound('No such target');
    return this.targets.save(this.targets.merge(existing, values));
  }

  /** Whether there was such a target: removing twice is not an error. */
  async remove(id: string): Promise<boolean> {
    const { affected } = await this.targets.delete({ id });
    return (affected ?? 0) > 0;
  }
}
