export { computeDemand } from './compute-demand';
export { computeUsage } from './compute-usage';
export {
  addressesPerEnvironment,
  estimateDemand,
  isNearFull,
  sizingGuidance,
  smallestSubnetPrefixFor,
} from './estimate-demand';
export type {
  DemandEnvironment,
  DesignUsage,
  PowerPlatformDemand,
  SizingGuidance,
  SubnetUsage,
  VnetUsage,
} from './types';
