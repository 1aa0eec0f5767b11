import { Injectable } from '@nestjs/common';
import { RequestLoader } from '@pathways/api-programmes';
import type { ApplicantFacts } from '../rules/eligibility';
import { ApplicantFactsService } from '../services/applicant-facts.service';

/** The caller's own facts, read once per request however many programmes are listed. */
@Injectable()
export class ApplicantFactsLoader extends RequestLoader<string, ApplicantFacts | null> {
  constructor(private readonly facts: ApplicantFactsService) {
    super();
  }

  protected batch(personIds: readonly string[]) {
    return this.facts.forPeople(personIds);
  }
}
