import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { byKeys, RequestLoader } from '@pathways/api-programmes';
import { In, Repository } from 'typeorm';
import { MenteeApplicationEntity } from '../entities/mentee-application.entity';

@Injectable()
export class ApplicationLoader extends RequestLoader<string, MenteeApplicationEntity | null> {
  constructor(
    @InjectRepository(MenteeApplicationEntity)
    private readonly applications: Repository<MenteeApplicationEntity>,
  ) {
    super();
  }

  protected async batch(ids: readonly string[]) {
    const rows = await this.applications.findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (row) => row.id);
  }
}
