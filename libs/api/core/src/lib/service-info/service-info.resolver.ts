import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/auth.decorators';
import { ServiceInfo } from './service-info.model';

const VERSION = process.env['npm_package_version'] ?? '0.1.0';

@Resolver(() => ServiceInfo)
export class ServiceInfoResolver {
  @Public()
  @Query(() => ServiceInfo)
  serviceInfo(): ServiceInfo {
    return { name: 'Pathways', phase: 'beta', version: VERSION };
  }
}
