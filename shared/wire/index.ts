export * from './auth';
export * from './changes';
export * from './errors';
