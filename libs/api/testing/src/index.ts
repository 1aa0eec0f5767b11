export * from './lib/test-app';
export * from './lib/test-config';
export * from './lib/test-database';
export * from './lib/global-setup';
export * from './lib/fake-smtp-server';
