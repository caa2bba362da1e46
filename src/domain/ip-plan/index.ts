export {
  type AddressBlock,
  type AddressPlan,
  areJoinableHalves,
  type BlockConflict,
  buildAddressPlan,
  type FreeBlock,
  halvesOf,
  joinBlock,
  type NewSubnetSize,
  type PrefixBar,
  type SubnetBlock,
  splitBlock,
  subnetForFreeBlock,
} from './address-blocks';
export { buildIpPlan, type IpPlanOptions } from './build-ip-plan';
export { findIpPlanColumn, formatIpPlanCell, ipPlanColumns } from './columns';
export { filterIpPlanRows } from './filter-rows';
export { type CsvParseResult, parseCsv } from './parse-csv';
export { type EnvironmentMix, policyEnvironmentMixes } from './policy-sizing';
export {
  type DelimitedOptions,
  guardFormula,
  quoteCsvField,
  renderIpPlanCsv,
  renderIpPlanTsv,
  UTF8_BOM,
} from './render-delimited';
export { compareAddressText, type SortDirection, sortIpPlanRows } from './sort-rows';
export type { IpPlanColumn, IpPlanColumnKey, IpPlanColumnType, IpPlanRow, IpPlanRowKind } from './types';
