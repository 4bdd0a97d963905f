export * from './errors.ts';
export * from './topics.ts';
export * from './schemas.ts';
export * from './keys.ts';
export * from './codec.ts';
