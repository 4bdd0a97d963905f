export type * from './port.ts';
export { createMemoryBus, type MemoryBusOptions } from './memory-bus.ts';
export { murmur2, partitionForKey } from './partition-for-key.ts';
export { createKafkaBus, type KafkaBusOptions, type KafkaConsumerErrorContext } from './kafka-bus.ts';
