import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@pathways/api-core';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot({ config, databaseUrl })],
    };
  }
}
