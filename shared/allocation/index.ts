export * from './allocation';
export * from './returns';
export * from './rebalance';
