# VNet Studio export of design "White paper scenario 2: resources in Central US" for resource group rg-fabrikam-network in subscription 00000000-0000-0000-0000-000000000000.
# Not deployed by this export (do or check these yourself):
#   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-fabrikam-network) is a placeholder: set the real subscription ID in the design before deploying.
#   - Environment "Fabrikam Production" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
#
# Terraform configuration: azurerm for the network, azapi for the enterprise policy, the Power
# Platform provider (microsoft/power-platform) for the environment links. The resource group must exist.
# Sign in with the Azure CLI (az login) as someone who may deploy to the resource group and, for the
# environment links, who is a Power Platform administrator. Register the Microsoft.PowerPlatform
# resource provider and its enterprisePoliciesPreview feature once per subscription (step 1 of the
# post-deployment script does it). Then:
#   terraform init
#   terraform plan -out=tfplan -var environment_id_fabrikam_production=<environment GUID>
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
  default     = "rg-fabrikam-network"
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

variable "environment_id_fabrikam_production" {
  description = "Power Platform environment ID of \"Fabrikam Production\" (design object env-prod): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_fabrikam_production))
    error_message = "The environment ID of \"Fabrikam Production\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

# Virtual network "vnet1-centralus" (design object vnet1)
resource "azurerm_virtual_network" "vnet1_centralus" {
  name                = "${var.name_prefix}vnet1-centralus"
  location            = "centralus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.30.0.0/16"]
  tags                = var.tags
}

# Subnet "snet-data" of virtual network "vnet1-centralus"
resource "azurerm_subnet" "vnet1_centralus_snet_data" {
  name                 = "snet-data"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet1_centralus.name
  address_prefixes     = ["10.30.1.0/24"]
}

# Virtual network "vnet2-westus" (design object vnet2)
resource "azurerm_virtual_network" "vnet2_westus" {
  name                = "${var.name_prefix}vnet2-westus"
  location            = "westus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.40.0.0/16"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet2-westus"
resource "azurerm_subnet" "vnet2_westus_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet2_westus.name
  address_prefixes     = ["10.40.0.0/24"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

# Virtual network "vnet3-eastus" (design object vnet3)
resource "azurerm_virtual_network" "vnet3_eastus" {
  name                = "${var.name_prefix}vnet3-eastus"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.50.0.0/16"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet3-eastus"
resource "azurerm_subnet" "vnet3_eastus_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet3_eastus.name
  address_prefixes     = ["10.50.0.0/24"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

# Peering "vnet1-centralus-to-vnet2-westus" (design object peer-vnet1-vnet2)
resource "azurerm_virtual_network_peering" "vnet1_centralus_to_vnet2_westus" {
  name                         = "vnet1-centralus-to-vnet2-westus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet1_centralus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet2_westus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Peering "vnet2-westus-to-vnet1-centralus" (design object peer-vnet1-vnet2)
resource "azurerm_virtual_network_peering" "vnet2_westus_to_vnet1_centralus" {
  name                         = "vnet2-westus-to-vnet1-centralus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet2_westus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet1_centralus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Peering "vnet1-centralus-to-vnet3-eastus" (design object peer-vnet1-vnet3)
resource "azurerm_virtual_network_peering" "vnet1_centralus_to_vnet3_eastus" {
  name                         = "vnet1-centralus-to-vnet3-eastus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet1_centralus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet3_eastus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Peering "vnet3-eastus-to-vnet1-centralus" (design object peer-vnet1-vnet3)
resource "azurerm_virtual_network_peering" "vnet3_eastus_to_vnet1_centralus" {
  name                         = "vnet3-eastus-to-vnet1-centralus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet3_eastus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet1_centralus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Enterprise policy "ep-fabrikam-us" (design object policy-us)
resource "azapi_resource" "ep_fabrikam_us" {
  type      = "Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview"
  name      = "${var.name_prefix}ep-fabrikam-us"
  parent_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}"
  location  = "unitedstates"
  tags      = var.tags
  body = {
    kind = "NetworkInjection"
    properties = {
      networkInjection = {
        virtualNetworks = [
          {
            id = azurerm_virtual_network.vnet2_westus.id
            subnet = {
              name = "snet-powerplatform"
            }
          },
          {
            id = azurerm_virtual_network.vnet3_eastus.id
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
    azurerm_subnet.vnet2_westus_snet_powerplatform,
    azurerm_subnet.vnet3_eastus_snet_powerplatform,
  ]
}

# Environment "Fabrikam Production" (design object env-prod)
resource "powerplatform_enterprise_policy" "fabrikam_production" {
  environment_id = var.environment_id_fabrikam_production
  system_id      = azapi_resource.ep_fabrikam_us.output.properties.systemId
  policy_type    = "NetworkInjection"
}

output "ep_fabrikam_us_system_id" {
  description = "System ID of enterprise policy \"ep-fabrikam-us\", used to link environments."
  value       = azapi_resource.ep_fabrikam_us.output.properties.systemId
}

output "ep_fabrikam_us_resource_id" {
  description = "Resource ID of enterprise policy \"ep-fabrikam-us\" (Enable-SubnetInjection -PolicyArmId)."
  value       = azapi_resource.ep_fabrikam_us.id
}
