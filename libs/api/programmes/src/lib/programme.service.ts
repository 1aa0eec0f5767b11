import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AuthenticatedUser,
  badInput,
  conflict,
  DomainError,
  forbidden,
  hasRole,
  notFound,
  scopesOf,
} from '@pathways/api-core';
import { RolesService } from '@pathways/api-identity';
import { DepartmentEntity } from '@pathways/api-people';
import type { ScoringWeights } from '@pathways/domain-matching';
import { DataSource, In, Repository } from 'typeorm';
import { EligibilityRules, ProgrammeEntity } from './entities/programme.entity';
import { CreateProgrammeInput, UpdateProgrammeInput } from './inputs/programme.input';
import { assertManagesProgramme } from './programme-access';
import { buildProgrammePreset } from './programme-presets';
import {
  checkDuration,
  DEFAULT_MATCHING_RULES,
  normaliseEligibility,
  normaliseMatchingRules,
  normaliseWeights,
} from './programme-rules';

@Injectable()
export class ProgrammeService {
  constructor(
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
    private readonly roles: RolesService,
    private readonly dataSource: DataSource,
  ) {}

  async findById(id: string): Promise<ProgrammeEntity> {
    const programme = await this.programmes.findOne({ where: { id } });
    if (!programme) throw notFound('No such programme');
    return programme;
  }

  /** The programmes the user leads; every programme for an admin. */
  led(user: AuthenticatedUser): Promise<ProgrammeEntity[]> {
    const order = { name: 'ASC' as const };
    if (hasRole(user, 'admin')) return this.programmes.find({ order });
    const scopes = scopesOf(user, 'programme_lead');
    if (scopes === 'all') return this.programmes.find({ order });
    return this.programmes.find({ where: { code: In(scopes) }, order });
  }

  /**
   * Creates the programme, then makes its creator a lead of it through RolesService so the
   * grant is audited; if the grant fails the programme is removed again.
   */
  async create(user: AuthenticatedUser, input: CreateProgrammeInput): Promise<ProgrammeEntity> {
    if (!hasRole(user, 'programme_lead') && !hasRole(user, 'admin')) throw forbidden();
    const preset = input.preset
      ? buildProgrammePreset(input.preset, {
          participatingDepartments: input.participatingDepartments ?? [],
        })
      : null;
    const type = input.type ?? preset?.type;
    if (!type) throw badInput('Choose the kind of programme, or start from a preset', 'type');
    const durationMonths = input.durationMonths ?? preset?.durationMonths ?? 12;
    checkDuration(durationMonths);
    const participatingDepartments = await this.checkDepartments(
      input.participatingDepartments ?? preset?.participatingDepartments ?? [],
      'participatingDepartments',
    );
    const eligibility = await this.eligibilityOf(input.eligibility ?? preset?.eligibility ?? {});
    const matchingRules = normaliseMatchingRules(
      input.matchingRules ?? preset?.matchingRules ?? DEFAULT_MATCHING_RULES,
    );
    const matchingWeights = normaliseWeights(
      (input.matchingWeights as Partial<ScoringWeights> | null) ?? preset?.matchingWeights ?? null,
    );
    if (await this.programmes.exists({ where: { code: input.code } })) {
      throw conflict('A programme with this code already exists', 'code');
    }
    const programme = await this.programmes.save(
      this.programmes.create({
        code: input.code,
        name: input.name.trim(),
        type,
        description: input.description ?? preset?.description ?? '',
        durationMonths,
        participatingDepartments,
        eligibility,
        matchingRules,
        matchingWeights,
        settings: {},
      }),
    );
    try {
      await this.roles.grant(user.personId, {
        personId: user.personId,
        role: 'programme_lead',
        scopeType: 'programme',
        scopeId: programme.code,
      });
    } catch (error) {
      // An earlier programme with the same code may have left the grant behind: keep it.
      if (!(error instanceof DomainError && error.code === 'CONFLICT')) {
        await this.programmes.delete(programme.id);
        throw error;
      }
    }
    // The rest of this request (e.g. Programme.youLead) sees the new scope too.
    user.grants.push({ role: 'programme_lead', scopeType: 'programme', scopeId: programme.code });
    return programme;
  }

  async update(user: AuthenticatedUser, input: UpdateProgrammeInput): Promise<ProgrammeEntity> {
    const programme = await this.findById(input.id);
    assertManagesProgramme(user, programme.code);
    if (input.name) programme.name = input.name.trim();
    if (input.description !== undefined && input.description !== null) {
      programme.description = input.description;
    }
    if (input.durationMonths !== undefined && input.durationMonths !== null) {
      checkDuration(input.durationMonths);
      programme.durationMonths = input.durationMonths;
    }
    if (input.participatingDepartments) {
      programme.participatingDepartments = await this.checkDepartments(
        input.participatingDepartments,
        'participatingDepartments',
      );
    }
    if (input.eligibility) programme.eligibility = await this.eligibilityOf(input.eligibility);
    if (input.matchingRules) {
      programme.matchingRules = normaliseMatchingRules(input.matchingRules);
    }
    if (input.matchingWeights) {
      programme.matchingWeights = normaliseWeights(
        input.matchingWeights as Partial<ScoringWeights>,
      ) as Record<string, number> | null;
    }
    return this.programmes.save(programme);
  }

  private async eligibilityOf(rules: EligibilityRulesLike): Promise<EligibilityRules> {
    const normalised = normaliseEligibility(withoutNulls(rules));
    if (normalised.departments) {
      await this.checkDepartments(normalised.departments, 'eligibility.departments');
    }
    return normalised;
  }

  private async checkDepartments(codes: readonly string[], field: string): Promise<string[]> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return [];
    const found = await this.dataSource
      .getRepository(DepartmentEntity)
      .find({ where: { code: In(unique) }, select: { code: true } });
    const known = new Set(found.map((department) => department.code));
    const missing = unique.find((code) => !known.has(code));
    if (missing) throw badInput(`"${missing}" is not a department code`, field);
    return unique;
  }
}

type EligibilityRulesLike = { [K in keyof EligibilityRules]?: EligibilityRules[K] | null };

function withoutNulls(rules: EligibilityRulesLike): EligibilityRules {
  return Object.fromEntries(
    Object.entries(rules).filter(([, value]) => value !== null && value !== undefined),
  ) as EligibilityRules;
}
