export * from './auth';
export * from './changes';
export * from './errors';
export * from './mutations';
export * from './chat';
export * from './chatEvents';
