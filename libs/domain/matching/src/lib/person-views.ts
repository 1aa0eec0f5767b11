import { gradeRank } from './grades';

/** A person's rule-relevant attributes as small integers (-1 = unknown or not recorded). */
export interface PersonView {
  readonly rank: number;
  readonly department: number;
  readonly profession: number;
  readonly region: number;
}

interface Person {
  readonly grade: string;
  readonly department: string;
  readonly profession?: string | null;
  readonly region?: string | null;
}

/**
 * Interns departments, professions and regions so that comparing two people costs integer
 * compares; views from one instance are comparable with each other only.
 */
export class PersonViews {
  private readonly ids = new Map<string, number>();

  view(person: Person): PersonView {
    return {
      rank: gradeRank(person.grade),
      department: this.idOf(`d:${person.department}`),
      profession: person.profession ? this.idOf(`p:${person.profession}`) : -1,
      region: person.region ? this.idOf(`r:${person.region}`) : -1,
    };
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}
