export * from './envelope';
export * from './models';
export * from './roster';
export * from './client360';
export * from './cadence';
export * from './reports';
export * from './contract';
export * from './client';
