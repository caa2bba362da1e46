# VNet Studio export of design "Hostile it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" for resource group rg-it's [weird] {0} in subscription 00000000-0000-0000-0000-000000000000.
# Notes:
#   - Public IP prefix "[pre]" of NAT gateway "nat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" is exported with SKU Standard.
#   - subnet "snet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" refers to "nsg-does-not-exist", which is not in the design.
#   - enterprise policy "ep it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)": "/" cannot appear in a resource name and is exported as "-".
#   - virtual network "[vnet it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]": "/" cannot appear in a resource name and is exported as "-".
#   - route table "rt it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)": "/" cannot appear in a resource name and is exported as "-".
#   - Enterprise policy "ep it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" refers to subnet "missing-subnet", which is not in the design.
# Not deployed by this export (do or check these yourself):
#   - Route "[r]" of route table "rt it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" sends 0.0.0.0/0 to 10.0.0.4', which this export does not deploy (no firewall or appliance in the design has that address): deploy it at that address before relying on the route.
#   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-it's [weird] {0}) is a placeholder: set the real subscription ID in the design before deploying.
#   - Environment "env it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" has environment ID "x'; Remove-Item -Recurse C:\ #", which is not a GUID: check it.
#   - Environment "env_2" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
#
# Terraform configuration: azurerm for the network, azapi for the enterprise policy, the Power
# Platform provider (microsoft/power-platform) for the environment links. The resource group must exist.
# Sign in with the Azure CLI (az login) as someone who may deploy to the resource group and, for the
# environment links, who is a Power Platform administrator. Register the Microsoft.PowerPlatform
# resource provider and its enterprisePoliciesPreview feature once per subscription (step 1 of the
# post-deployment script does it). Then:
#   terraform init
#   terraform plan -out=tfplan -var environment_id_env_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item=<environment GUID> -var environment_id=<environment GUID>
#   terraform apply tfplan

terraform {
  required_version = ">= 1.5.0"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.55"
    }
    azapi = {
      source  = "Azure/azapi"
      version = "~> 2.0"
    }
    powerplatform = {
      source  = "microsoft/power-platform"
      version = "~> 3.0"
    }
  }
}

provider "azurerm" {
  subscription_id = var.subscription_id
  features {}
}

provider "azapi" {
  subscription_id = var.subscription_id
}

provider "powerplatform" {
  use_cli = true
}

variable "subscription_id" {
  description = "Subscription to deploy to."
  type        = string
  default     = "00000000-0000-0000-0000-000000000000"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.subscription_id))
    error_message = "subscription_id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "resource_group_name" {
  description = "Existing resource group to deploy to."
  type        = string
  default     = "rg-it's [weird] {0}"
}

variable "name_prefix" {
  description = "Prefix added to the name of every top-level resource, e.g. \"contoso-\" (empty by default)."
  type        = string
  default     = ""
}

variable "tags" {
  description = "Tags applied to every top-level resource."
  type        = map(string)
  default     = {}
}

variable "environment_id_env_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  description = "Power Platform environment ID of \"env it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)\" (design object env.1): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_env_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item))
    error_message = "The environment ID of \"env it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "environment_id" {
  description = "Power Platform environment ID of \"\" (design object env_2): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id))
    error_message = "The environment ID of \"\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

# Network security group "" (design object nsg-empty)
resource "azurerm_network_security_group" "network_security_group" {
  name                = var.name_prefix
  location            = "eastus"
  resource_group_name = var.resource_group_name
  tags                = var.tags
  security_rule {
    name                       = "it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_address_prefix      = "[concat('a')]"
    source_port_range          = "$${x}"
    destination_address_prefix = "'"
    destination_port_range     = "\\"
  }
}

# Route table "rt it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" (design object rt-1)
resource "azurerm_route_table" "rt_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  name                          = "${var.name_prefix}rt it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)"
  location                      = "eastus"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = true
  tags                          = var.tags
  route {
    name                   = "[r]"
    address_prefix         = "0.0.0.0/0"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.0.0.4'"
  }
}

# Public IP address "pip it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" (design object nat-1)
resource "azurerm_public_ip" "pip_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  name                = "${var.name_prefix}pip it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  allocation_method   = "Static"
  ip_version          = "IPv4"
  sku                 = "Standard"
  sku_tier            = "Regional"
  tags                = var.tags
}

# Public IP prefix "[pre]" (design object nat-1)
resource "azurerm_public_ip_prefix" "pre" {
  name                = "${var.name_prefix}[pre]"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  prefix_length       = 31
  ip_version          = "IPv4"
  sku                 = "Standard"
  sku_tier            = "Regional"
  tags                = var.tags
}

# NAT gateway "nat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" (design object nat-1)
resource "azurerm_nat_gateway" "nat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  name                = "${var.name_prefix}nat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  sku_name            = "Standard"
  tags                = var.tags
}
resource "azurerm_nat_gateway_public_ip_association" "pip_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  nat_gateway_id       = azurerm_nat_gateway.nat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.id
  public_ip_address_id = azurerm_public_ip.pip_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.id
}
resource "azurerm_nat_gateway_public_ip_prefix_association" "pre" {
  nat_gateway_id      = azurerm_nat_gateway.nat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.id
  public_ip_prefix_id = azurerm_public_ip_prefix.pre.id
}

# Virtual network "vnet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" (design object v-1)
resource "azurerm_virtual_network" "vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  name                = "${var.name_prefix}vnet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.0.0.0/16", "10.1.0.0/16'"]
  dns_servers         = ["$${x}", "[y]"]
  tags                = var.tags
}

# Subnet "[snet it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]" of virtual network "vnet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
resource "azurerm_subnet" "vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_snet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  name                 = "[snet it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.name
  address_prefixes     = ["10.0.0.0/24"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}
resource "azurerm_subnet_network_security_group_association" "vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_snet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  subnet_id                 = azurerm_subnet.vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_snet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.id
  network_security_group_id = azurerm_network_security_group.network_security_group.id
}
resource "azurerm_subnet_route_table_association" "vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_snet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  subnet_id      = azurerm_subnet.vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_snet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.id
  route_table_id = azurerm_route_table.rt_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.id
}
resource "azurerm_subnet_nat_gateway_association" "vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_snet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  subnet_id      = azurerm_subnet.vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_snet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.id
  nat_gateway_id = azurerm_nat_gateway.nat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.id
}

# Virtual network "[vnet it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]" (design object v-2)
resource "azurerm_virtual_network" "vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  name                = "${var.name_prefix}[vnet it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]"
  location            = "westus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.2.0.0/16"]
  tags                = var.tags
}

# Subnet "snet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" of virtual network "[vnet it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]"
resource "azurerm_subnet" "vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item_snet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  name                 = "snet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.name
  address_prefixes     = ["10.2.0.0/24"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

# Subnet "[0]" of virtual network "[vnet it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]"
resource "azurerm_subnet" "vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item_0" {
  name                 = "[0]"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.name
  address_prefixes     = ["[1]"]
  delegation {
    name = "Microsoft.Web/it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)"
    service_delegation {
      name = "Microsoft.Web/it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)"
    }
  }
}

# Virtual network "� lone surrogate" (design object v-3)
resource "azurerm_virtual_network" "lone_surrogate" {
  name                = "${var.name_prefix}� lone surrogate"
  location            = "westus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.3.0.0/16"]
  tags                = var.tags
}

# Peering "[peer it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]" (design object p-1)
resource "azurerm_virtual_network_peering" "peer_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  name                         = "[peer it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Peering "[vnet it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]-to-vnet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" (design object p-1)
resource "azurerm_virtual_network_peering" "vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item_to_vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  name                         = "[vnet it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]-to-vnet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Peering "� lone surrogate-to-[vnet it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]" (design object p-2)
resource "azurerm_virtual_network_peering" "lone_surrogate_to_vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  name                         = "� lone surrogate-to-[vnet it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.lone_surrogate.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Enterprise policy "ep it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" (design object policy:1)
resource "azapi_resource" "ep_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  type      = "Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview"
  name      = "${var.name_prefix}ep it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)"
  parent_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}"
  location  = "unitedstates'\n"
  tags      = var.tags
  body = {
    kind = "NetworkInjection"
    properties = {
      networkInjection = {
        virtualNetworks = [
          {
            id = azurerm_virtual_network.vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.id
            subnet = {
              name = "[snet it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]"
            }
          },
          {
            id = azurerm_virtual_network.vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.id
            subnet = {
              name = "snet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            }
          },
        ]
      }
    }
  }
  response_export_values = ["properties.systemId"]
  depends_on = [
    azurerm_subnet.vnet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_snet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item,
    azurerm_subnet.vnet_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item_snet_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx,
  ]
}

# Environment "env it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" (design object env.1)
resource "powerplatform_enterprise_policy" "env_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item" {
  environment_id = var.environment_id_env_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item
  system_id      = azapi_resource.ep_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.output.properties.systemId
  policy_type    = "NetworkInjection"
}

# Environment "" (design object env_2)
resource "powerplatform_enterprise_policy" "environment" {
  environment_id = var.environment_id
  system_id      = azapi_resource.ep_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.output.properties.systemId
  policy_type    = "NetworkInjection"
}

output "ep_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item_system_id" {
  description = "System ID of enterprise policy \"ep it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)\", used to link environments."
  value       = azapi_resource.ep_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.output.properties.systemId
}

output "ep_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item_resource_id" {
  description = "Resource ID of enterprise policy \"ep it's \"quoted\" $${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)\" (Enable-SubnetInjection -PolicyArmId)."
  value       = azapi_resource.ep_it_s_quoted_danger_tick_back_slash_line2_sep_x_0_1_e_smart_dq_remove_item.id
}
