/**
 * The preset deflate dictionary of link version 1: words that network designs for Power Platform share
 * (region and geography names, naming prefixes, address prefixes, private DNS zones, the payload's own
 * punctuation). Deflate can point into it from the first byte, so a small design does not pay for each
 * of these words once. FROZEN: every v1 link was compressed against exactly these bytes.
 *
 * Deflate reaches nearer matches with shorter codes, so the most frequent material comes last.
 */
export const DICTIONARY_V1 =
  'unitedstateseuap centraluseuap eastus2euap southafricanorth southafricawest unitedkingdom uksouth ukwest ' +
  'japaneast japanwest centralindia southindia francecentral francesouth germanynorth germanywestcentral ' +
  'switzerlandnorth switzerlandwest canadacentral canadaeast brazilsouth australiasoutheast australiaeast ' +
  'eastasia southeastasia unitedarabemirates uaenorth koreasouth koreacentral norwaywest norwayeast ' +
  'singapore swedencentral italynorth usgovtexas usgovvirginia usdodeast usdodcentral ' +
  'South Africa, United Kingdom, Japan, India, France, Germany, Switzerland, Canada, Brazil, Australia, ' +
  'Asia, United Arab Emirates, Korea, Norway, Singapore, Sweden, Italy, US Government ' +
  'privatelink.blob.core.windows.net privatelink.vaultcore.azure.net privatelink.azure-api.net ' +
  'Production Sandbox Development Developer Test Default Trial Teams ' +
  'on-premises ExpressRoute VPN gateway firewall private endpoint failover primary secondary ' +
  'Power Platform environment enterprise policy resources delegated subnet virtual network VNet peered ' +
  'United States Europe ' +
  '"westeurope","northeurope","centralus","eastus2","westus","eastus","unitedstates",' +
  '"nsg-","rt-","nat-","kv-","st-","pe-","ep-","env-","policy-","dns-","sql-","peer-vnet-",' +
  '"10.0.0.0/16"],["10.1.0.0/16"],["192.168.0.0/24"],[".0/26",0,[0]],[".0/27",0,[0]],[".0/24",0,[0]],' +
  '"privatelink.database.windows.net","snet-powerplatform","rg-network",[["vnet-1","snet-';
