export * from './money';
export * from './percent';
