export * from './allocation';
export * from './returns';
