export * from './allocate';
export * from './clipboard';
export * from './connections';
export * from './entities';
export * from './failover';
