# VNet Studio export of design "Policy, hub and spokes in different scopes" for resource group rg-security in subscription 11111111-1111-1111-1111-111111111111.
# Notes:
#   - The design spans 3 scopes (11111111-1111-1111-1111-111111111111/rg-security, 11111111-1111-1111-1111-111111111111/rg-policy, 22222222-2222-2222-2222-222222222222/rg-spokes); this template covers 11111111-1111-1111-1111-111111111111/rg-security.
#   - Declared in the export for scope 11111111-1111-1111-1111-111111111111/rg-policy, not in this one: enterprise policy "ep-us", virtual network "vnet-eus".
#   - Declared in the export for scope 22222222-2222-2222-2222-222222222222/rg-spokes, not in this one: virtual network "vnet-wus".
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
  default     = "11111111-1111-1111-1111-111111111111"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.subscription_id))
    error_message = "subscription_id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "resource_group_name" {
  description = "Existing resource group to deploy to."
  type        = string
  default     = "rg-security"
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

# Network security group "nsg-shared" (design object nsg-shared)
resource "azurerm_network_security_group" "nsg_shared" {
  name                = "${var.name_prefix}nsg-shared"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}
