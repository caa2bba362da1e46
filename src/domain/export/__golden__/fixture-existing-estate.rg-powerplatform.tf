# VNet Studio export of design "New spokes in an existing hub" for resource group rg-powerplatform in subscription 44444444-4444-4444-4444-444444444444.
# Notes:
#   - The design spans 2 scopes (44444444-4444-4444-4444-444444444444/rg-powerplatform, 33333333-3333-3333-3333-333333333333/rg-connectivity); this template covers 44444444-4444-4444-4444-444444444444/rg-powerplatform.
#   - Declared in the export for scope 33333333-3333-3333-3333-333333333333/rg-connectivity, not in this one: NAT gateway "nat-hub-eus", subnet "snet-pp-hub", subnet "snet-apps".
#   - Deploy the scopes in this order, with cross_scope_peerings=false: 1) 33333333-3333-3333-3333-333333333333/rg-connectivity, 2) 44444444-4444-4444-4444-444444444444/rg-powerplatform; then again with cross_scope_peerings=true.
# Not deployed by this export (do or check these yourself):
#   - Policy "ep-us" uses the new subnet "snet-pp-hub" of the existing VNet "vnet-hub-eus" in 33333333-3333-3333-3333-333333333333/rg-connectivity, outside this export's resource group: deploy that scope's export (which adds the subnet) first.
#   - Already in Azure, referred to and not deployed: route table "rt-to-firewall" (in 33333333-3333-3333-3333-333333333333/rg-connectivity), virtual network "vnet-hub-eus" (in 33333333-3333-3333-3333-333333333333/rg-connectivity).
#   - Environment "Production" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
#
# Terraform configuration: azurerm for the network, azapi for the enterprise policy, the Power
# Platform provider (microsoft/power-platform) for the environment links. The resource group must exist.
# Sign in with the Azure CLI (az login) as someone who may deploy to the resource group and, for the
# environment links, who is a Power Platform administrator. Register the Microsoft.PowerPlatform
# resource provider and its enterprisePoliciesPreview feature once per subscription (step 1 of the
# post-deployment script does it). Then:
#   terraform init
#   terraform plan -out=tfplan -var environment_id_production=<environment GUID>
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
  default     = "44444444-4444-4444-4444-444444444444"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.subscription_id))
    error_message = "subscription_id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "resource_group_name" {
  description = "Existing resource group to deploy to."
  type        = string
  default     = "rg-powerplatform"
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

variable "environment_id_production" {
  description = "Power Platform environment ID of \"Production\" (design object env-prod): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_production))
    error_message = "The environment ID of \"Production\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

# Network security group "nsg-pp-eus" (design object nsg-spoke)
resource "azurerm_network_security_group" "nsg_pp_eus" {
  name                = "${var.name_prefix}nsg-pp-eus"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

# Virtual network "vnet-pp-eus" (design object vnet-spoke)
resource "azurerm_virtual_network" "vnet_pp_eus" {
  name                = "${var.name_prefix}vnet-pp-eus"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.1.0.0/24"]
  tags                = var.tags
}

# Subnet "snet-pp" of virtual network "vnet-pp-eus"
resource "azurerm_subnet" "vnet_pp_eus_snet_pp" {
  name                 = "snet-pp"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_pp_eus.name
  address_prefixes     = ["10.1.0.0/26"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}
resource "azurerm_subnet_network_security_group_association" "vnet_pp_eus_snet_pp" {
  subnet_id                 = azurerm_subnet.vnet_pp_eus_snet_pp.id
  network_security_group_id = azurerm_network_security_group.nsg_pp_eus.id
}
resource "azurerm_subnet_route_table_association" "vnet_pp_eus_snet_pp" {
  subnet_id      = azurerm_subnet.vnet_pp_eus_snet_pp.id
  route_table_id = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-connectivity/providers/Microsoft.Network/routeTables/rt-to-firewall"
}

# Peering "vnet-pp-eus-to-vnet-hub-eus" (design object peer-hub-spoke)
resource "azurerm_virtual_network_peering" "vnet_pp_eus_to_vnet_hub_eus" {
  name                         = "vnet-pp-eus-to-vnet-hub-eus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_pp_eus.name
  remote_virtual_network_id    = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-connectivity/providers/Microsoft.Network/virtualNetworks/vnet-hub-eus"
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Enterprise policy "ep-us" (design object policy)
resource "azapi_resource" "ep_us" {
  type      = "Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview"
  name      = "${var.name_prefix}ep-us"
  parent_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}"
  location  = "unitedstates"
  tags      = var.tags
  body = {
    kind = "NetworkInjection"
    properties = {
      networkInjection = {
        virtualNetworks = [
          {
            id = azurerm_virtual_network.vnet_pp_eus.id
            subnet = {
              name = "snet-pp"
            }
          },
          {
            id = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-connectivity/providers/Microsoft.Network/virtualNetworks/vnet-hub-eus"
            subnet = {
              name = "snet-pp-hub"
            }
          },
        ]
      }
    }
  }
  response_export_values = ["properties.systemId"]
  depends_on             = [azurerm_subnet.vnet_pp_eus_snet_pp]
}

# Environment "Production" (design object env-prod)
resource "powerplatform_enterprise_policy" "production" {
  environment_id = var.environment_id_production
  system_id      = azapi_resource.ep_us.output.properties.systemId
  policy_type    = "NetworkInjection"
}

output "ep_us_system_id" {
  description = "System ID of enterprise policy \"ep-us\", used to link environments."
  value       = azapi_resource.ep_us.output.properties.systemId
}

output "ep_us_resource_id" {
  description = "Resource ID of enterprise policy \"ep-us\" (Enable-SubnetInjection -PolicyArmId)."
  value       = azapi_resource.ep_us.id
}
