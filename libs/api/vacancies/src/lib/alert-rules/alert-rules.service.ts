import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput, notFound } from '@pathways/api-core';
import { DataSource } from 'typeorm';
import { assertReferenceCodes } from '../reference-codes';
import { AlertRuleEntity } from './alert-rule.entity';
import { AlertRule, SaveAlertRuleInput } from './alert-rule.model';

export const MAX_RULES_PER_PERSON = 20;

/** Lower-case, trimmed, distinct: what the matcher compares against the lower-cased text. */
export const normaliseKeywords = (keywords: readonly string[]) => [
  ...new Set(keywords.map((word) => word.trim().toLowerCase()).filter(Boolean)),
];

@Injectable()
export class AlertRulesService {
  constructor(private readonly dataSource: DataSource) {}

  async mine(user: AuthenticatedUser): Promise<AlertRule[]> {
    const rules = await this.dataSource
      .getRepository(AlertRuleEntity)
      .find({ where: { personId: user.personId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rules.map(ruleModel);
  }

  async save(user: AuthenticatedUser, input: SaveAlertRuleInput): Promise<AlertRule> {
    if (!input.inApp && !input.email)
      throw badInput('Choose in-app alerts, e-mail, or both', 'inApp');
    return this.dataSource.transaction(async (manager) => {
      await assertReferenceCodes(manager, 'grade', input.gradeCodes, 'gradeCodes');
      await assertReferenceCodes(manager, 'profession', input.professionCodes, 'professionCodes');
      await assertReferenceCodes(manager, 'region', input.regionCodes, 'regionCodes');
      await assertReferenceCodes(manager, 'department', input.departmentCodes, 'departmentCodes');
      const rules = manager.getRepository(AlertRuleEntity);
      const fields = {
        name: input.name?.trim() ?? '',
        gradeCodes: [...new Set(input.gradeCodes)],
        professionCodes: [...new Set(input.professionCodes)],
        regionCodes: [...new Set(input.regionCodes)],
        departmentCodes: [...new Set(input.departmentCodes)],
        keywords: normaliseKeywords(input.keywords),
        delivery: input.delivery,
        inApp: input.inApp,
        email: input.email,
      };
      if (input.id) {
        const rule = await rules.findOne({ where: { id: input.id, personId: user.personId } });
        if (!rule) throw notFound('No such alert rule');
        return ruleModel(await rules.save(Object.assign(rule, fields)));
      }
      // Serialises one person's saves, so two at once cannot both pass the limit.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('alert-rules:' || $1))`, [
        user.personId,
      ]);
      if ((await rules.count({ where: { personId: user.personId } })) >= MAX_RULES_PER_PERSON)
        throw badInput(`You can keep up to ${MAX_RULES_PER_PERSON} alert rules`, 'id');
      return ruleModel(await rules.save(rules.create({ ...fields, personId: user.personId })));
    });
  }

  /** True when the caller had such a rule. */
  async delete(user: AuthenticatedUser, id: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(AlertRuleEntity)
      .delete({ id, personId: user.personId });
    return (result.affected ?? 0) > 0;
  }
}

function ruleModel(rule: AlertRuleEntity): AlertRule {
  return {
    id: rule.id,
    name: rule.name,
    gradeCodes: rule.gradeCodes,
    professionCodes: rule.professionCodes,
    regionCodes: rule.regionCodes,
    departmentCodes: rule.departmentCodes,
    keywords: rule.keywords,
    delivery: rule.delivery,
    inApp: rule.inApp,
    email: rule.email,
    createdAt: rule.createdAt,
  };
}
