export * from './raw.ts';
export * from './process.ts';
export * from './stages.ts';
export * from './adapters.ts';
export * from './service.ts';
export * from './run.ts';
export * from './launch.ts';
export * from './service-main.ts';
