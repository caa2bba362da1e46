# VNet Studio export of design "Hub and spoke with NAT, NSG and routes" for resource group rg-northwind-net in subscription 00000000-0000-0000-0000-000000000000.
# Not deployed by this export (do or check these yourself):
#   - Not in this Terraform configuration: Azure Firewall "afw-vnet-hub-weu", with its public IP. The Terraform export does not declare Azure Firewalls, virtual network gateways or Bastion hosts yet: deploy them with the ARM or Bicep export of this design.
#   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-northwind-net) is a placeholder: set the real subscription ID in the design before deploying.
#   - Environment "Northwind Dev" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
#
# Terraform configuration: azurerm for the network, azapi for the enterprise policy, the Power
# Platform provider (microsoft/power-platform) for the environment links. The resource group must exist.
# Sign in with the Azure CLI (az login) as someone who may deploy to the resource group and, for the
# environment links, who is a Power Platform administrator. Register the Microsoft.PowerPlatform
# resource provider and its enterprisePoliciesPreview feature once per subscription (step 1 of the
# post-deployment script does it). Then:
#   terraform init
#   terraform plan -out=tfplan -var environment_id_northwind_dev=<environment GUID>
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
  default     = "rg-northwind-net"
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

variable "environment_id_northwind_production" {
  description = "Power Platform environment ID of \"Northwind Production\" (design object env-prod)."
  type        = string
  default     = "6f1c2a7e-1b2c-4d5e-8f90-123456789abc"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_northwind_production))
    error_message = "The environment ID of \"Northwind Production\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "environment_id_northwind_dev" {
  description = "Power Platform environment ID of \"Northwind Dev\" (design object env-dev): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_northwind_dev))
    error_message = "The environment ID of \"Northwind Dev\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

# Network security group "nsg-pp-weu" (design object nsg-pp)
resource "azurerm_network_security_group" "nsg_pp_weu" {
  name                = "${var.name_prefix}nsg-pp-weu"
  location            = "westeurope"
  resource_group_name = var.resource_group_name
  tags                = var.tags
  security_rule {
    name                       = "allow-sql-out"
    priority                   = 100
    direction                  = "Outbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_address_prefix      = "VirtualNetwork"
    source_port_range          = "*"
    destination_address_prefix = "Sql.WestEurope"
    destination_port_range     = "1433"
  }
  security_rule {
    name                       = "deny-internet-out"
    priority                   = 4000
    direction                  = "Outbound"
    access                     = "Deny"
    protocol                   = "*"
    source_address_prefix      = "*"
    source_port_range          = "*"
    destination_address_prefix = "Internet"
    destination_port_range     = "*"
  }
}

# Route table "rt-pp-weu" (design object rt-pp)
resource "azurerm_route_table" "rt_pp_weu" {
  name                          = "${var.name_prefix}rt-pp-weu"
  location                      = "westeurope"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = false
  tags                          = var.tags
  route {
    name                   = "default-via-firewall"
    address_prefix         = "0.0.0.0/0"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.0.1.4"
  }
}

# Route table "rt-pp-neu" (design object rt-pp-neu)
resource "azurerm_route_table" "rt_pp_neu" {
  name                          = "${var.name_prefix}rt-pp-neu"
  location                      = "northeurope"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = true
  tags                          = var.tags
  route {
    name           = "local"
    address_prefix = "10.2.0.0/24"
    next_hop_type  = "VnetLocal"
  }
}

# Public IP address "pip-nat-weu" (design object nat-weu)
resource "azurerm_public_ip" "pip_nat_weu" {
  name                = "${var.name_prefix}pip-nat-weu"
  location            = "westeurope"
  resource_group_name = var.resource_group_name
  allocation_method   = "Static"
  ip_version          = "IPv4"
  sku                 = "Standard"
  sku_tier            = "Regional"
  tags                = var.tags
}

# Public IP prefix "ippre-nat-weu" (design object nat-weu)
resource "azurerm_public_ip_prefix" "ippre_nat_weu" {
  name                = "${var.name_prefix}ippre-nat-weu"
  location            = "westeurope"
  resource_group_name = var.resource_group_name
  prefix_length       = 30
  ip_version          = "IPv4"
  sku                 = "Standard"
  sku_tier            = "Regional"
  tags                = var.tags
}

# NAT gateway "nat-pp-weu" (design object nat-weu)
resource "azurerm_nat_gateway" "nat_pp_weu" {
  name                = "${var.name_prefix}nat-pp-weu"
  location            = "westeurope"
  resource_group_name = var.resource_group_name
  sku_name            = "Standard"
  tags                = var.tags
}
resource "azurerm_nat_gateway_public_ip_association" "pip_nat_weu" {
  nat_gateway_id       = azurerm_nat_gateway.nat_pp_weu.id
  public_ip_address_id = azurerm_public_ip.pip_nat_weu.id
}
resource "azurerm_nat_gateway_public_ip_prefix_association" "ippre_nat_weu" {
  nat_gateway_id      = azurerm_nat_gateway.nat_pp_weu.id
  public_ip_prefix_id = azurerm_public_ip_prefix.ippre_nat_weu.id
}

# Virtual network "vnet-hub-weu" (design object vnet-hub)
resource "azurerm_virtual_network" "vnet_hub_weu" {
  name                = "${var.name_prefix}vnet-hub-weu"
  location            = "westeurope"
  resource_group_name = var.resource_group_name
  address_space       = ["10.0.0.0/22"]
  dns_servers         = ["10.0.1.4", "10.0.1.5"]
  tags                = var.tags
}

# Subnet "AzureFirewallSubnet" of virtual network "vnet-hub-weu"
resource "azurerm_subnet" "vnet_hub_weu_azure_firewall_subnet" {
  name                 = "AzureFirewallSubnet"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_hub_weu.name
  address_prefixes     = ["10.0.1.0/26"]
}

# Virtual network "vnet-pp-weu" (design object vnet-weu)
resource "azurerm_virtual_network" "vnet_pp_weu" {
  name                = "${var.name_prefix}vnet-pp-weu"
  location            = "westeurope"
  resource_group_name = var.resource_group_name
  address_space       = ["10.1.0.0/24", "10.1.1.0/24"]
  dns_servers         = ["10.0.1.4"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet-pp-weu"
resource "azurerm_subnet" "vnet_pp_weu_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_pp_weu.name
  address_prefixes     = ["10.1.0.0/26"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}
resource "azurerm_subnet_network_security_group_association" "vnet_pp_weu_snet_powerplatform" {
  subnet_id                 = azurerm_subnet.vnet_pp_weu_snet_powerplatform.id
  network_security_group_id = azurerm_network_security_group.nsg_pp_weu.id
}
resource "azurerm_subnet_route_table_association" "vnet_pp_weu_snet_powerplatform" {
  subnet_id      = azurerm_subnet.vnet_pp_weu_snet_powerplatform.id
  route_table_id = azurerm_route_table.rt_pp_weu.id
}
resource "azurerm_subnet_nat_gateway_association" "vnet_pp_weu_snet_powerplatform" {
  subnet_id      = azurerm_subnet.vnet_pp_weu_snet_powerplatform.id
  nat_gateway_id = azurerm_nat_gateway.nat_pp_weu.id
}

# Subnet "snet-private-endpoints" of virtual network "vnet-pp-weu"
resource "azurerm_subnet" "vnet_pp_weu_snet_private_endpoints" {
  name                 = "snet-private-endpoints"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_pp_weu.name
  address_prefixes     = ["10.1.1.0/27"]
}
resource "azurerm_subnet_network_security_group_association" "vnet_pp_weu_snet_private_endpoints" {
  subnet_id                 = azurerm_subnet.vnet_pp_weu_snet_private_endpoints.id
  network_security_group_id = azurerm_network_security_group.nsg_pp_weu.id
}

# Virtual network "vnet-pp-neu" (design object vnet-neu)
resource "azurerm_virtual_network" "vnet_pp_neu" {
  name                = "${var.name_prefix}vnet-pp-neu"
  location            = "northeurope"
  resource_group_name = var.resource_group_name
  address_space       = ["10.2.0.0/24"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet-pp-neu"
resource "azurerm_subnet" "vnet_pp_neu_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_pp_neu.name
  address_prefixes     = ["10.2.0.0/26"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}
resource "azurerm_subnet_route_table_association" "vnet_pp_neu_snet_powerplatform" {
  subnet_id      = azurerm_subnet.vnet_pp_neu_snet_powerplatform.id
  route_table_id = azurerm_route_table.rt_pp_neu.id
}

# Peering "hub-to-weu" (design object peer-hub-weu)
resource "azurerm_virtual_network_peering" "hub_to_weu" {
  name                         = "hub-to-weu"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_hub_weu.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_pp_weu.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = true
  use_remote_gateways          = false
}

# Peering "weu-to-hub" (design object peer-hub-weu)
resource "azurerm_virtual_network_peering" "weu_to_hub" {
  name                         = "weu-to-hub"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_pp_weu.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_hub_weu.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Peering "vnet-pp-neu-to-vnet-hub-weu" (design object peer-hub-neu)
resource "azurerm_virtual_network_peering" "vnet_pp_neu_to_vnet_hub_weu" {
  name                         = "vnet-pp-neu-to-vnet-hub-weu"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_pp_neu.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_hub_weu.id
  allow_virtual_network_access = false
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Enterprise policy "ep-northwind-eu" (design object policy-eu)
resource "azapi_resource" "ep_northwind_eu" {
  type      = "Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview"
  name      = "${var.name_prefix}ep-northwind-eu"
  parent_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}"
  location  = "europe"
  tags      = var.tags
  body = {
    kind = "NetworkInjection"
    properties = {
      networkInjection = {
        virtualNetworks = [
          {
            id = azurerm_virtual_network.vnet_pp_weu.id
            subnet = {
              name = "snet-powerplatform"
            }
          },
          {
            id = azurerm_virtual_network.vnet_pp_neu.id
            subnet = {
              name = "snet-powerplatform"
            }
          },
        ]
      }
    }
  }
  response_export_values = ["properties.systemId"]
  depends_on = [
    azurerm_subnet.vnet_pp_weu_snet_powerplatform,
    azurerm_subnet.vnet_pp_neu_snet_powerplatform,
  ]
}

# Environment "Northwind Production" (design object env-prod)
resource "powerplatform_enterprise_policy" "northwind_production" {
  environment_id = var.environment_id_northwind_production
  system_id      = azapi_resource.ep_northwind_eu.output.properties.systemId
  policy_type    = "NetworkInjection"
}

# Environment "Northwind Dev" (design object env-dev)
resource "powerplatform_enterprise_policy" "northwind_dev" {
  environment_id = var.environment_id_northwind_dev
  system_id      = azapi_resource.ep_northwind_eu.output.properties.systemId
  policy_type    = "NetworkInjection"
}

output "ep_northwind_eu_system_id" {
  description = "System ID of enterprise policy \"ep-northwind-eu\", used to link environments."
  value       = azapi_resource.ep_northwind_eu.output.properties.systemId
}

output "ep_northwind_eu_resource_id" {
  description = "Resource ID of enterprise policy \"ep-northwind-eu\" (Enable-SubnetInjection -PolicyArmId)."
  value       = azapi_resource.ep_northwind_eu.id
}
