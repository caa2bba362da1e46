# VNet Studio export of design "Policy, hub and spokes in different scopes" for resource group rg-policy in subscription 11111111-1111-1111-1111-111111111111.
# Notes:
#   - The design spans 3 scopes (11111111-1111-1111-1111-111111111111/rg-policy, 22222222-2222-2222-2222-222222222222/rg-spokes, 11111111-1111-1111-1111-111111111111/rg-security); this template covers 11111111-1111-1111-1111-111111111111/rg-policy.
#   - Declared in the export for scope 22222222-2222-2222-2222-222222222222/rg-spokes, not in this one: virtual network "vnet-wus".
#   - Declared in the export for scope 11111111-1111-1111-1111-111111111111/rg-security, not in this one: network security group "nsg-shared".
#   - Deploy the scopes in this order, with cross_scope_peerings=false: 1) 11111111-1111-1111-1111-111111111111/rg-security, 2) 22222222-2222-2222-2222-222222222222/rg-spokes, 3) 11111111-1111-1111-1111-111111111111/rg-policy; then again with cross_scope_peerings=true.
# Not deployed by this export (do or check these yourself):
#   - Policy "ep-us" uses subnet "snet-pp" of VNet "vnet-wus" in 22222222-2222-2222-2222-222222222222/rg-spokes, outside this export's resource group: deploy that VNet first; this template only refers to it by ID.
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
  default     = "11111111-1111-1111-1111-111111111111"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.subscription_id))
    error_message = "subscription_id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "resource_group_name" {
  description = "Existing resource group to deploy to."
  type        = string
  default     = "rg-policy"
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

variable "environment_id_production" {
  description = "Power Platform environment ID of \"Production\" (design object env-prod): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_production))
    error_message = "The environment ID of \"Production\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

# Virtual network "vnet-eus" (design object vnet-eus)
resource "azurerm_virtual_network" "vnet_eus" {
  name                = "${var.name_prefix}vnet-eus"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.10.0.0/24"]
  tags                = var.tags
}

# Subnet "snet-pp" of virtual network "vnet-eus"
resource "azurerm_subnet" "vnet_eus_snet_pp" {
  name                 = "snet-pp"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_eus.name
  address_prefixes     = ["10.10.0.0/26"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}
resource "azurerm_subnet_network_security_group_association" "vnet_eus_snet_pp" {
  subnet_id                 = azurerm_subnet.vnet_eus_snet_pp.id
  network_security_group_id = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-security/providers/Microsoft.Network/networkSecurityGroups/${var.name_prefix}nsg-shared"
}

# Peering "vnet-eus-to-vnet-wus" (design object peer-eus-wus)
resource "azurerm_virtual_network_peering" "vnet_eus_to_vnet_wus" {
  count                        = var.cross_scope_peerings ? 1 : 0
  name                         = "vnet-eus-to-vnet-wus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_eus.name
  remote_virtual_network_id    = "/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-spokes/providers/Microsoft.Network/virtualNetworks/${var.name_prefix}vnet-wus"
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
            id = azurerm_virtual_network.vnet_eus.id
            subnet = {
              name = "snet-pp"
            }
          },
          {
            id = "/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-spokes/providers/Microsoft.Network/virtualNetworks/${var.name_prefix}vnet-wus"
            subnet = {
              name = "snet-pp"
            }
          },
        ]
      }
    }
  }
  response_export_values = ["properties.systemId"]
  depends_on             = [azurerm_subnet.vnet_eus_snet_pp]
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
