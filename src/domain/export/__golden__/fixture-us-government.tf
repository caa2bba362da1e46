# VNet Studio export of design "Contoso GCC High" for resource group rg-contoso-gov in subscription 3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11.
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
  default     = "3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.subscription_id))
    error_message = "subscription_id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "resource_group_name" {
  description = "Existing resource group to deploy to."
  type        = string
  default     = "rg-contoso-gov"
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

variable "environment_id_contoso_gov_production" {
  description = "Power Platform environment ID of \"Contoso Gov Production\" (design object env-gov-prod)."
  type        = string
  default     = "0d7e4b2a-6c1f-4e3d-9a8b-7c6d5e4f3a21"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_contoso_gov_production))
    error_message = "The environment ID of \"Contoso Gov Production\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "environment_id_contoso_gov_dev" {
  description = "Power Platform environment ID of \"Contoso Gov Dev\" (design object env-gov-dev)."
  type        = string
  default     = "1e8f5c3b-7d2a-4f4e-8b9c-8d7e6f5a4b32"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_contoso_gov_dev))
    error_message = "The environment ID of \"Contoso Gov Dev\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

# Virtual network "vnet-pp-usgovtexas" (design object vnet-gov-tx)
resource "azurerm_virtual_network" "vnet_pp_usgovtexas" {
  name                = "${var.name_prefix}vnet-pp-usgovtexas"
  location            = "usgovtexas"
  resource_group_name = var.resource_group_name
  address_space       = ["10.40.0.0/22", "fd00:db8:40::/48"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet-pp-usgovtexas"
resource "azurerm_subnet" "vnet_pp_usgovtexas_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_pp_usgovtexas.name
  address_prefixes     = ["10.40.0.0/24", "fd00:db8:40::/64"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

# Virtual network "vnet-pp-usgovvirginia" (design object vnet-gov-va)
resource "azurerm_virtual_network" "vnet_pp_usgovvirginia" {
  name                = "${var.name_prefix}vnet-pp-usgovvirginia"
  location            = "usgovvirginia"
  resource_group_name = var.resource_group_name
  address_space       = ["10.41.0.0/22", "fd00:db8:41::/48"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet-pp-usgovvirginia"
resource "azurerm_subnet" "vnet_pp_usgovvirginia_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_pp_usgovvirginia.name
  address_prefixes     = ["10.41.0.0/24", "fd00:db8:41::/64"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

# Enterprise policy "ep-contoso-gov" (design object policy-gov)
resource "azapi_resource" "ep_contoso_gov" {
  type      = "Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview"
  name      = "${var.name_prefix}ep-contoso-gov"
  parent_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}"
  location  = "usgov"
  tags      = var.tags
  body = {
    kind = "NetworkInjection"
    properties = {
      networkInjection = {
        virtualNetworks = [
          {
            id = azurerm_virtual_network.vnet_pp_usgovtexas.id
            subnet = {
              name = "snet-powerplatform"
            }
          },
          {
            id = azurerm_virtual_network.vnet_pp_usgovvirginia.id
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
    azurerm_subnet.vnet_pp_usgovtexas_snet_powerplatform,
    azurerm_subnet.vnet_pp_usgovvirginia_snet_powerplatform,
  ]
}

# Environment "Contoso Gov Production" (design object env-gov-prod)
resource "powerplatform_enterprise_policy" "contoso_gov_production" {
  environment_id = var.environment_id_contoso_gov_production
  system_id      = azapi_resource.ep_contoso_gov.output.properties.systemId
  policy_type    = "NetworkInjection"
}

# Environment "Contoso Gov Dev" (design object env-gov-dev)
resource "powerplatform_enterprise_policy" "contoso_gov_dev" {
  environment_id = var.environment_id_contoso_gov_dev
  system_id      = azapi_resource.ep_contoso_gov.output.properties.systemId
  policy_type    = "NetworkInjection"
}

output "ep_contoso_gov_system_id" {
  description = "System ID of enterprise policy \"ep-contoso-gov\", used to link environments."
  value       = azapi_resource.ep_contoso_gov.output.properties.systemId
}

output "ep_contoso_gov_resource_id" {
  description = "Resource ID of enterprise policy \"ep-contoso-gov\" (Enable-SubnetInjection -PolicyArmId)."
  value       = azapi_resource.ep_contoso_gov.id
}
