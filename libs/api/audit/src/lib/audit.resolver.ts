import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@pathways/api-core';
import { AuditEventPage, AuditFilterInput } from './audit.models';
import { AuditService } from './audit.service';

/** Read-only: the audit log has no mutations. */
@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @RequireRoles('admin')
  @Query(() => AuditEventPage)
  auditEvents(
    @Args('input', { nullable: true, type: () => AuditFilterInput }) input?: AuditFilterInput,
  ) {
    return this.audit.find(input ?? { limit: 50, offset: 0 });
  }
}
