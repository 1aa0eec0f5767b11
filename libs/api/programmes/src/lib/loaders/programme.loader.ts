import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ProgrammeEntity } from '../entities/programme.entity';
import { byKeys, RequestLoader } from './request-loader';

@Injectable()
export class ProgrammeLoader extends RequestLoader<string, ProgrammeEntity | null> {
  constructor(
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
  ) {
    super();
  }

  protected async batch(ids: readonly string[]) {
    const rows = await this.programmes.findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (row) => row.id);
  }
}
