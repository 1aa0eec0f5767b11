import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import {
  ApproveInternshipMatchesInput,
  RunInternshipMatchingInput,
} from '../inputs/coordinator.inputs';
import {
  CreateInternshipProgrammeInput,
  OfferPlacementInput,
  OpenInternshipIntakeInput,
  UpdateInternshipSettingsInput,
} from '../inputs/programme.inputs';
import { InternshipIntake } from '../models/intake.model';
import { intakeSummary, internshipProgrammeModel } from '../models/internship-programme.mapper';
import {
  InternshipIntakeSummary,
  InternshipProgramme,
  InternshipSettingsModel,
} from '../models/internship-programme.model';
import { SEED_INTERNSHIP_SETTINGS } from '../rules/internship-settings';
import { InternshipProgrammeService } from '../services/internship-programme.service';
import { InternshipMatchingService } from '../services/internship-matching.service';
import { IntakeViewService } from '../services/intake-view.service';
import { PlacementOfferService } from '../services/placement-offer.service';

/** Coordinators: leads of an internship programme, and admins (each service checks the scope). */
@RequireRoles('programme_lead', 'admin')
@Resolver()
export class CoordinatorResolver {
  constructor(
    private readonly programmes: InternshipProgrammeService,
    private readonly intakes: IntakeViewService,
    private readonly offers: PlacementOfferService,
    private readonly matching: InternshipMatchingService,
  ) {}

  @Query(() => [InternshipProgramme], {
    description: 'Internship programmes you coordinate (every one for admins).',
  })
  async ledInternshipProgrammes(
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InternshipProgramme[]> {
    const programmes = await this.programmes.led(user);
    const intakes = await this.programmes.intakesOf(programmes.map((p) => p.id));
    return programmes.map((programme) => internshipProgrammeModel(programme, intakes));
  }

  @Query(() => InternshipSettingsModel, {
    description: 'What a new internship programme gets for settings left out (the seed’s scheme).',
  })
  defaultInternshipSettings(): InternshipSettingsModel {
    return { ...SEED_INTERNSHIP_SETTINGS };
  }

  @Query(() => InternshipProgramme)
  async internshipProgramme(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InternshipProgramme> {
    const programme = await this.programmes.coordinated(user, id);
    return internshipProgrammeModel(programme, await this.programmes.intakesOf([programme.id]));
  }

  @Query(() => InternshipIntake, {
    description: 'Placements, applicants (never their care details) and matches. Audited.',
  })
  internshipIntake(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InternshipIntake> {
    return this.intakes.view(user, id);
  }

  @Mutation(() => InternshipProgramme, {
    description: 'You become its lead (coordinator). Settings default to 12 months, aged 16 to 25.',
  })
  async createInternshipProgramme(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateInternshipProgrammeInput,
  ): Promise<InternshipProgramme> {
    return internshipProgrammeModel(await this.programmes.create(user, input), []);
  }

  @Mutation(() => InternshipProgramme)
  async updateInternshipSettings(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateInternshipSettingsInput,
  ): Promise<InternshipProgramme> {
    const programme = await this.programmes.updateSettings(user, input);
    return internshipProgrammeModel(programme, await this.programmes.intakesOf([programme.id]));
  }

  @Mutation(() => InternshipIntakeSummary)
  async openInternshipIntake(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: OpenInternshipIntakeInput,
  ): Promise<InternshipIntakeSummary> {
    return intakeSummary(await this.programmes.openIntake(user, input));
  }

  @Mutation(() => InternshipIntake, { description: 'The line manager is told at once.' })
  async offerInternshipPlacement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: OfferPlacementInput,
  ): Promise<InternshipIntake> {
    const placement = await this.offers.offer(user, input, 'coordinators');
    return this.intakes.view(user, placement.cohortId);
  }

  @Mutation(() => InternshipIntake, {
    description: 'Replaces earlier suggestions; keeps offers and acceptances.',
  })
  async runInternshipMatching(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RunInternshipMatchingInput,
  ): Promise<InternshipIntake> {
    await this.matching.run(user, input.intakeId);
    return this.intakes.view(user, input.intakeId);
  }

  @Mutation(() => InternshipIntake, { description: 'Each candidate is told of their offer.' })
  async approveInternshipMatches(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ApproveInternshipMatchesInput,
  ): Promise<InternshipIntake> {
    await this.matching.approve(user, input);
    return this.intakes.view(user, input.intakeId);
  }
}
