export * from './enums';
export * from './primitives';
export * from './entities';
