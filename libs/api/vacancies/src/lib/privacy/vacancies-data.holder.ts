import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataHolder, PersonalDataSections } from '@pathways/api-privacy';
import { EntityManager } from 'typeorm';

/**
 * Network memberships, alert rules, alerts and funnel stages. Erasure removes what says what the
 * person wants or belongs to; delivered alerts and funnel stages stay, so aggregates hold.
 */
@Injectable()
@HoldsPersonalData(70)
export class VacanciesDataHolder implements PersonalDataHolder {
  async exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections> {
    const [networkMemberships, vacancyAlertRules, vacancyAlerts, vacancyFunnel] = await Promise.all(
      [
        manager.query(
          `SELECT n.code, n.name, m.joined_at AS "joinedAt" FROM network_membership m
           JOIN network n ON n.id = m.network_id WHERE m.person_id = $1 ORDER BY m.joined_at`,
          [personId],
        ),
        manager.query(
          `SELECT name, grade_codes AS "gradeCodes", profession_codes AS "professionCodes",
                  region_codes AS "regionCodes", department_codes AS "departmentCodes", keywords,
                  delivery, in_app AS "inApp", email, created_at AS "createdAt"
           FROM alert_rule WHERE person_id = $1 ORDER BY created_at`,
          [personId],
        ),
        manager.query(
          `SELECT v.title AS vacancy, a.channel, a.timing, a.status, a.created_at AS "createdAt",
                  a.sent_at AS "sentAt"
           FROM alert a JOIN vacancy v ON v.id = a.vacancy_id WHERE a.person_id = $1 ORDER BY a.id`,
          [personId],
        ),
        manager.query(
          `SELECT v.title AS vacancy, e.stage, e.source, e.at FROM vacancy_funnel_event e
           JOIN vacancy v ON v.id = e.vacancy_id WHERE e.person_id = $1 ORDER BY e.at`,
          [personId],
        ),
      ],
    );
    const sections: PersonalDataSections = {};
    if (networkMemberships.length) sections['networkMemberships'] = networkMemberships;
    if (vacancyAlertRules.length) sections['vacancyAlertRules'] = vacancyAlertRules;
    if (vacancyAlerts.length) sections['vacancyAlerts'] = vacancyAlerts;
    if (vacancyFunnel.length) sections['vacancyFunnel'] = vacancyFunnel;
    return sections;
  }

  async eraseFor(personId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM network_membership WHERE person_id = $1`, [personId]);
    await manager.query(`DELETE FROM alert_rule WHERE person_id = $1`, [personId]);
    await manager.query(
      `UPDATE alert SET status = 'cancelled', rule_id = NULL
       WHERE person_id = $1 AND status IN ('pending', 'sending')`,
      [personId],
    );
  }
}
