import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PersonEntity } from '@pathways/api-people';
import { byKeys, RequestLoader } from '@pathways/api-programmes';
import { In, Repository } from 'typeorm';
import { PersonBrief, personBrief } from '../models/person-brief.model';

@Injectable()
export class PersonBriefLoader extends RequestLoader<string, PersonBrief | null> {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {
    super();
  }

  protected async batch(ids: readonly string[]) {
    const rows = await this.people.findBy({ id: In([...ids]) });
    return byKeys(ids, rows.map(personBrief), (person) => person.id);
  }
}
