export * from './allocate';
export * from './clipboard';
export * from './connections';
export * from './describe';
export * from './entities';
export * from './existing';
export * from './failover';
