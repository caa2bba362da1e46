# VNet Studio export of design "An existing policy over an existing hub" for resource group rg-connectivity in subscription 33333333-3333-3333-3333-333333333333.
# Notes:
#   - The design spans 2 scopes (33333333-3333-3333-3333-333333333333/rg-connectivity, 44444444-4444-4444-4444-444444444444/rg-powerplatform); this template covers 33333333-3333-3333-3333-333333333333/rg-connectivity.
#   - Declared in the export for scope 44444444-4444-4444-4444-444444444444/rg-powerplatform, not in this one: virtual network "vnet-pp-eus", network security group "nsg-pp-eus".
#   - Deploy the scopes in this order, with cross_scope_peerings=false: 1) 33333333-3333-3333-3333-333333333333/rg-connectivity, 2) 44444444-4444-4444-4444-444444444444/rg-powerplatform; then again with cross_scope_peerings=true.
# Not deployed by this export (do or check these yourself):
#   - Already in Azure, referred to and not deployed: virtual network "vnet-hub-eus", network security group "nsg-shared", public IP address "pip-nat-hub".
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
  default     = "33333333-3333-3333-3333-333333333333"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.subscription_id))
    error_message = "subscription_id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "resource_group_name" {
  description = "Existing resource group to deploy to."
  type        = string
  default     = "rg-connectivity"
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

# NAT gateway "nat-hub-eus" (design object nat-hub)
resource "azurerm_nat_gateway" "nat_hub_eus" {
  name                = "${var.name_prefix}nat-hub-eus"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  sku_name            = "Standard"
  tags                = var.tags
}
resource "azurerm_nat_gateway_public_ip_association" "nat_hub_eus_1" {
  nat_gateway_id       = azurerm_nat_gateway.nat_hub_eus.id
  public_ip_address_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}/providers/Microsoft.Network/publicIPAddresses/pip-nat-hub"
}

# Subnet "snet-pp-hub" (design object snet-hub-pp)
resource "azurerm_subnet" "snet_pp_hub" {
  name                 = "snet-pp-hub"
  resource_group_name  = var.resource_group_name
  virtual_network_name = "vnet-hub-eus"
  address_prefixes     = ["10.0.10.0/26"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}
resource "azurerm_subnet_network_security_group_association" "snet_pp_hub" {
  subnet_id                 = azurerm_subnet.snet_pp_hub.id
  network_security_group_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}/providers/Microsoft.Network/networkSecurityGroups/nsg-shared"
}
resource "azurerm_subnet_nat_gateway_association" "snet_pp_hub" {
  subnet_id      = azurerm_subnet.snet_pp_hub.id
  nat_gateway_id = azurerm_nat_gateway.nat_hub_eus.id
}

# Subnet "snet-apps" (design object snet-hub-apps)
resource "azurerm_subnet" "snet_apps" {
  name                 = "snet-apps"
  resource_group_name  = var.resource_group_name
  virtual_network_name = "vnet-hub-eus"
  address_prefixes     = ["10.0.11.0/26"]
}
resource "azurerm_subnet_network_security_group_association" "snet_apps" {
  subnet_id                 = azurerm_subnet.snet_apps.id
  network_security_group_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}/providers/Microsoft.Network/networkSecurityGroups/nsg-shared"
}

# Peering "vnet-hub-eus-to-vnet-pp-eus" (design object peer-hub-spoke)
resource "azurerm_virtual_network_peering" "vnet_hub_eus_to_vnet_pp_eus" {
  count                        = var.cross_scope_peerings ? 1 : 0
  name                         = "vnet-hub-eus-to-vnet-pp-eus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = "vnet-hub-eus"
  remote_virtual_network_id    = "/subscriptions/44444444-4444-4444-4444-444444444444/resourceGroups/rg-powerplatform/providers/Microsoft.Network/virtualNetworks/${var.name_prefix}vnet-pp-eus"
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}
