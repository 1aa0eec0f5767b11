import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { PERSONAL_DATA_HOLDER, PersonalDataHolder } from './personal-data-holder';

/** Every provider marked @HoldsPersonalData, in order; found on first use. */
@Injectable()
export class PersonalDataHolders {
  private holders?: readonly PersonalDataHolder[];

  constructor(private readonly discovery: DiscoveryService) {}

  all(): readonly PersonalDataHolder[] {
    this.holders ??= this.discovery
      .getProviders()
      .flatMap((wrapper) => {
        const order: unknown = wrapper.metatype
          ? Reflect.getMetadata(PERSONAL_DATA_HOLDER, wrapper.metatype)
          : undefined;
        return typeof order === 'number'
          ? [{ order, holder: wrapper.instance as PersonalDataHolder }]
          : [];
      })
      .sort((a, b) => a.order - b.order)
      .map(({ holder }) => holder);
    return this.holders;
  }
}
