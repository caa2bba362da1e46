# VNet Studio export of design "Policy, hub and spokes in different scopes" for resource group rg-spokes in subscription 22222222-2222-2222-2222-222222222222.
# Notes:
#   - The design spans 3 scopes (22222222-2222-2222-2222-222222222222/rg-spokes, 11111111-1111-1111-1111-111111111111/rg-policy, 11111111-1111-1111-1111-111111111111/rg-security); this template covers 22222222-2222-2222-2222-222222222222/rg-spokes.
#   - Declared in the export for scope 11111111-1111-1111-1111-111111111111/rg-policy, not in this one: enterprise policy "ep-us", virtual network "vnet-eus".
#   - Declared in the export for scope 11111111-1111-1111-1111-111111111111/rg-security, not in this one: network security group "nsg-shared".
#   - Deploy the scopes in this order, with cross_scope_peerings=false: 1) 11111111-1111-1111-1111-111111111111/rg-security, 2) 22222222-2222-2222-2222-222222222222/rg-spokes, 3) 11111111-1111-1111-1111-111111111111/rg-policy; then again with cross_scope_peerings=true.
#
# Terraform configuration: azurerm for the network, azapi for the enterprise policy, the Power
# Platform provider (microsoft/power-platform) for the environment links. The resource group must exist.
# Sign in with the Azure CLI (az login) as someone who may deploy to the resource group and, for the
# environment links, who is a Power Platform administrator. Register the Microsoft.PowerPlatform
# resource provider and its enterprisePoliciesPreview feature once per subscription (step 1 of the
# post-deployment script does it). Then:
#   terraform init
#   terraform plan -out=tfplan
#   terraform apply tfplan

terraform {
  required_version = ">= 1.5.0"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.55"
    }
  }
}

provider "azurerm" {
  subscription_id = var.subscription_id
  features {}
}

variable "subscription_id" {
  description = "Subscription to deploy to."
  type        = string
  default     = "22222222-2222-2222-2222-222222222222"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.subscription_id))
    error_message = "subscription_id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "resource_group_name" {
  description = "Existing resource group to deploy to."
  type        = string
  default     = "rg-spokes"
}

variable "name_prefix" {
  description = "Prefix added to the name of every top-level resource, e.g. \"contoso-\" (empty by default)."
  type        = string
  default     = ""
}

variable "cross_scope_peerings" {
  description = "Deploy the peerings to VNets of other resource groups or subscriptions (false on a first deployment, before those VNets exist)."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags applied to every top-level resource."
  type        = map(string)
  default     = {}
}

# Virtual network "vnet-wus" (design object vnet-wus)
resource "azurerm_virtual_network" "vnet_wus" {
  name                = "${var.name_prefix}vnet-wus"
  location            = "westus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.20.0.0/24"]
  tags                = var.tags
}

# Subnet "snet-pp" of virtual network "vnet-wus"
resource "azurerm_subnet" "vnet_wus_snet_pp" {
  name                 = "snet-pp"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_wus.name
  address_prefixes     = ["10.20.0.0/26"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

# Peering "vnet-wus-to-vnet-eus" (design object peer-eus-wus)
resource "azurerm_virtual_network_peering" "vnet_wus_to_vnet_eus" {
  count                        = var.cross_scope_peerings ? 1 : 0
  name                         = "vnet-wus-to-vnet-eus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_wus.name
  remote_virtual_network_id    = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-policy/providers/Microsoft.Network/virtualNetworks/${var.name_prefix}vnet-eus"
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}
