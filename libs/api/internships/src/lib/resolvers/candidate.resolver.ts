import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import {
  ApplyToInternshipInput,
  InternshipEligibilityInput,
  RespondToInternshipOfferInput,
  WithdrawInternshipApplicationInput,
} from '../inputs/candidate.inputs';
import {
  CareLeaverNetworkMembership,
  InternshipEligibility,
  MyInternshipApplication,
  OpenInternshipIntake,
} from '../models/candidate.model';
import { ApplicationWithdrawalService } from '../services/application-withdrawal.service';
import { InternshipApplicationService } from '../services/internship-application.service';
import { MyInternshipService } from '../services/my-internship.service';
import { OfferResponseService } from '../services/offer-response.service';
import { PeerNetworkService } from '../services/peer-network.service';

/** Anyone signed in, about themself only: there is no way to name another person here. */
@Resolver()
export class CandidateResolver {
  constructor(
    private readonly applications: InternshipApplicationService,
    private readonly mine: MyInternshipService,
    private readonly responses: OfferResponseService,
    private readonly withdrawals: ApplicationWithdrawalService,
    private readonly network: PeerNetworkService,
  ) {}

  @Query(() => [OpenInternshipIntake], { description: 'Internship intakes taking applications.' })
  openInternshipIntakes(@CurrentUser() user: AuthenticatedUser): Promise<OpenInternshipIntake[]> {
    return this.applications.openIntakes(user);
  }

  @Query(() => OpenInternshipIntake, {
    description: 'An intake you are applying to; fails when applications are closed.',
  })
  internshipIntakeForApplicant(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OpenInternshipIntake> {
    return this.applications.openIntake(user, id);
  }

  @Query(() => InternshipEligibility, {
    description:
      'Checks what you would apply with, against the scheme and the intake; stores nothing.',
  })
  internshipEligibility(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: InternshipEligibilityInput,
  ): Promise<InternshipEligibility> {
    return this.applications.eligibility(user, input);
  }

  @Query(() => [MyInternshipApplication], { description: 'Your applications, newest first.' })
  myInternshipApplications(
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MyInternshipApplication[]> {
    return this.mine.applications(user);
  }

  @Query(() => CareLeaverNetworkMembership)
  myCareLeaverNetwork(
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CareLeaverNetworkMembership> {
    return this.network.membership(user);
  }

  @Mutation(() => ID, {
    description:
      'Refused, with every reason, when you are not eligible. Returns the application id.',
  })
  async applyToInternship(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ApplyToInternshipInput,
  ): Promise<string> {
    return (await this.applications.apply(user, input)).id;
  }

  @Mutation(() => [MyInternshipApplication], {
    description: 'Accept or decline a placement you have been offered; returns your applications.',
  })
  async respondToInternshipOffer(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RespondToInternshipOfferInput,
  ): Promise<MyInternshipApplication[]> {
    await this.responses.respond(user, input);
    return this.mine.applications(user);
  }

  @Mutation(() => [MyInternshipApplication], {
    description:
      'Withdraw your application: a suggested match is discarded and an offer declined. Refused once you have accepted a placement. Returns your applications.',
  })
  async withdrawInternshipApplication(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: WithdrawInternshipApplicationInput,
  ): Promise<MyInternshipApplication[]> {
    await this.withdrawals.withdraw(user, input);
    return this.mine.applications(user);
  }

  @Mutation(() => CareLeaverNetworkMembership, { description: 'For interns.' })
  joinCareLeaverNetwork(
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CareLeaverNetworkMembership> {
    return this.network.join(user);
  }
}
