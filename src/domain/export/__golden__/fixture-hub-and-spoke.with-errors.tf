# VNet Studio export of design "Hub and spoke with NAT, NSG and routes" for resource group rg-northwind-net in subscription 00000000-0000-0000-0000-000000000000.
# WARNING: the design has 1 validation error; fix it before deploying:
#   - TST001: A made-up error "with quotes" and a line break.
# Notes:
#   - network security group "nsg-pp-weu" is referenced by subnet "snet-powerplatform", subnet "snet-private-endpoints" but not included in this export: it must already exist.
#   - route table "rt-pp-weu" is referenced by subnet "snet-powerplatform" but not included in this export: it must already exist.
#   - NAT gateway "nat-pp-weu" is referenced by subnet "snet-powerplatform" but not included in this export: it must already exist.
# Not deployed by this export (do or check these yourself):
#   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-northwind-net) is a placeholder: set the real subscription ID in the design before deploying.
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
  network_security_group_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}/providers/Microsoft.Network/networkSecurityGroups/${var.name_prefix}nsg-pp-weu"
}
resource "azurerm_subnet_route_table_association" "vnet_pp_weu_snet_powerplatform" {
  subnet_id      = azurerm_subnet.vnet_pp_weu_snet_powerplatform.id
  route_table_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}/providers/Microsoft.Network/routeTables/${var.name_prefix}rt-pp-weu"
}
resource "azurerm_subnet_nat_gateway_association" "vnet_pp_weu_snet_powerplatform" {
  subnet_id      = azurerm_subnet.vnet_pp_weu_snet_powerplatform.id
  nat_gateway_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}/providers/Microsoft.Network/natGateways/${var.name_prefix}nat-pp-weu"
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
  network_security_group_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}/providers/Microsoft.Network/networkSecurityGroups/${var.name_prefix}nsg-pp-weu"
}
