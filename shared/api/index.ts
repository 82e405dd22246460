export * from './envelope';
export * from './models';
export * from './contract';
export * from './client';
