# VNet Studio export of design "White paper scenario 1: resources in a paired region" for resource group rg-contoso-network in subscription 00000000-0000-0000-0000-000000000000.
# Not deployed by this export (do or check these yourself):
#   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-contoso-network) is a placeholder: set the real subscription ID in the design before deploying.
#   - Environment "Contoso Production" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
#   - Environment "Contoso UAT" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
#
# Terraform configuration: azurerm for the network, azapi for the enterprise policy, the Power
# Platform provider (microsoft/power-platform) for the environment links. The resource group must exist.
# Sign in with the Azure CLI (az login) as someone who may deploy to the resource group and, for the
# environment links, who is a Power Platform administrator. Register the Microsoft.PowerPlatform
# resource provider and its enterprisePoliciesPreview feature once per subscription (step 1 of the
# post-deployment script does it). Then:
#   terraform init
#   terraform plan -out=tfplan -var environment_id_contoso_production=<environment GUID> -var environment_id_contoso_uat=<environment GUID>
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
  default     = "rg-contoso-network"
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

variable "environment_id_contoso_production" {
  description = "Power Platform environment ID of \"Contoso Production\" (design object env-prod): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_contoso_production))
    error_message = "The environment ID of \"Contoso Production\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "environment_id_contoso_uat" {
  description = "Power Platform environment ID of \"Contoso UAT\" (design object env-uat): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_contoso_uat))
    error_message = "The environment ID of \"Contoso UAT\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

# Virtual network "vnet1-westus" (design object vnet1)
resource "azurerm_virtual_network" "vnet1_westus" {
  name                = "${var.name_prefix}vnet1-westus"
  location            = "westus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.10.0.0/16"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet1-westus"
resource "azurerm_subnet" "vnet1_westus_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet1_westus.name
  address_prefixes     = ["10.10.0.0/24"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

# Subnet "snet-data" of virtual network "vnet1-westus"
resource "azurerm_subnet" "vnet1_westus_snet_data" {
  name                 = "snet-data"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet1_westus.name
  address_prefixes     = ["10.10.1.0/24"]
}

# Virtual network "vnet2-eastus" (design object vnet2)
resource "azurerm_virtual_network" "vnet2_eastus" {
  name                = "${var.name_prefix}vnet2-eastus"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.20.0.0/16"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet2-eastus"
resource "azurerm_subnet" "vnet2_eastus_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet2_eastus.name
  address_prefixes     = ["10.20.0.0/24"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

# Peering "vnet1-westus-to-vnet2-eastus" (design object peer-vnet1-vnet2)
resource "azurerm_virtual_network_peering" "vnet1_westus_to_vnet2_eastus" {
  name                         = "vnet1-westus-to-vnet2-eastus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet1_westus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet2_eastus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Peering "vnet2-eastus-to-vnet1-westus" (design object peer-vnet1-vnet2)
resource "azurerm_virtual_network_peering" "vnet2_eastus_to_vnet1_westus" {
  name                         = "vnet2-eastus-to-vnet1-westus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet2_eastus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet1_westus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Enterprise policy "ep-contoso-us" (design object policy-us)
resource "azapi_resource" "ep_contoso_us" {
  type      = "Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview"
  name      = "${var.name_prefix}ep-contoso-us"
  parent_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}"
  location  = "unitedstates"
  tags      = var.tags
  body = {
    kind = "NetworkInjection"
    properties = {
      networkInjection = {
        virtualNetworks = [
          {
            id = azurerm_virtual_network.vnet1_westus.id
            subnet = {
              name = "snet-powerplatform"
            }
          },
          {
            id = azurerm_virtual_network.vnet2_eastus.id
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
    azurerm_subnet.vnet1_westus_snet_powerplatform,
    azurerm_subnet.vnet2_eastus_snet_powerplatform,
  ]
}

# Environment "Contoso Production" (design object env-prod)
resource "powerplatform_enterprise_policy" "contoso_production" {
  environment_id = var.environment_id_contoso_production
  system_id      = azapi_resource.ep_contoso_us.output.properties.systemId
  policy_type    = "NetworkInjection"
}

# Environment "Contoso UAT" (design object env-uat)
resource "powerplatform_enterprise_policy" "contoso_uat" {
  environment_id = var.environment_id_contoso_uat
  system_id      = azapi_resource.ep_contoso_us.output.properties.systemId
  policy_type    = "NetworkInjection"
}

output "ep_contoso_us_system_id" {
  description = "System ID of enterprise policy \"ep-contoso-us\", used to link environments."
  value       = azapi_resource.ep_contoso_us.output.properties.systemId
}

output "ep_contoso_us_resource_id" {
  description = "Resource ID of enterprise policy \"ep-contoso-us\" (Enable-SubnetInjection -PolicyArmId)."
  value       = azapi_resource.ep_contoso_us.id
}
