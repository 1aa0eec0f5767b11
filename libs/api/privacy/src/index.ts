export * from './lib/privacy.module';
export * from './lib/personal-data-holder';
export * from './lib/personal-data-export.service';
export * from './lib/person-erasure.service';
