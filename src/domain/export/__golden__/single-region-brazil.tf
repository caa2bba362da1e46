# VNet Studio export of design "Single region: Brazil South" for resource group rg-woodgrove-network in subscription 00000000-0000-0000-0000-000000000000.
# Not deployed by this export (do or check these yourself):
#   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-woodgrove-network) is a placeholder: set the real subscription ID in the design before deploying.
#   - Environment "Woodgrove Produção" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
#   - Environment "Woodgrove Dev" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
#
# Terraform configuration: azurerm for the network, azapi for the enterprise policy, the Power
# Platform provider (microsoft/power-platform) for the environment links. The resource group must exist.
# Sign in with the Azure CLI (az login) as someone who may deploy to the resource group and, for the
# environment links, who is a Power Platform administrator. Register the Microsoft.PowerPlatform
# resource provider and its enterprisePoliciesPreview feature once per subscription (step 1 of the
# post-deployment script does it). Then:
#   terraform init
#   terraform plan -out=tfplan -var environment_id_woodgrove_producao=<environment GUID> -var environment_id_woodgrove_dev=<environment GUID>
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
  default     = "rg-woodgrove-network"
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

variable "environment_id_woodgrove_producao" {
  description = "Power Platform environment ID of \"Woodgrove Produção\" (design object env-prod): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_woodgrove_producao))
    error_message = "The environment ID of \"Woodgrove Produção\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "environment_id_woodgrove_dev" {
  description = "Power Platform environment ID of \"Woodgrove Dev\" (design object env-dev): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_woodgrove_dev))
    error_message = "The environment ID of \"Woodgrove Dev\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

# Network security group "nsg-powerplatform-brazilsouth" (design object nsg-brs)
resource "azurerm_network_security_group" "nsg_powerplatform_brazilsouth" {
  name                = "${var.name_prefix}nsg-powerplatform-brazilsouth"
  location            = "brazilsouth"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

# Public IP address "pip-nat-brs" (design object nat-brs)
resource "azurerm_public_ip" "pip_nat_brs" {
  name                = "${var.name_prefix}pip-nat-brs"
  location            = "brazilsouth"
  resource_group_name = var.resource_group_name
  allocation_method   = "Static"
  ip_version          = "IPv4"
  sku                 = "Standard"
  sku_tier            = "Regional"
  tags                = var.tags
}

# NAT gateway "nat-woodgrove-brazilsouth" (design object nat-brs)
resource "azurerm_nat_gateway" "nat_woodgrove_brazilsouth" {
  name                = "${var.name_prefix}nat-woodgrove-brazilsouth"
  location            = "brazilsouth"
  resource_group_name = var.resource_group_name
  sku_name            = "Standard"
  tags                = var.tags
}
resource "azurerm_nat_gateway_public_ip_association" "pip_nat_brs" {
  nat_gateway_id       = azurerm_nat_gateway.nat_woodgrove_brazilsouth.id
  public_ip_address_id = azurerm_public_ip.pip_nat_brs.id
}

# Virtual network "vnet-woodgrove-brazilsouth" (design object vnet-brs)
resource "azurerm_virtual_network" "vnet_woodgrove_brazilsouth" {
  name                = "${var.name_prefix}vnet-woodgrove-brazilsouth"
  location            = "brazilsouth"
  resource_group_name = var.resource_group_name
  address_space       = ["10.60.0.0/16"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet-woodgrove-brazilsouth"
resource "azurerm_subnet" "vnet_woodgrove_brazilsouth_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_woodgrove_brazilsouth.name
  address_prefixes     = ["10.60.0.0/25"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}
resource "azurerm_subnet_network_security_group_association" "vnet_woodgrove_brazilsouth_snet_powerplatform" {
  subnet_id                 = azurerm_subnet.vnet_woodgrove_brazilsouth_snet_powerplatform.id
  network_security_group_id = azurerm_network_security_group.nsg_powerplatform_brazilsouth.id
}
resource "azurerm_subnet_nat_gateway_association" "vnet_woodgrove_brazilsouth_snet_powerplatform" {
  subnet_id      = azurerm_subnet.vnet_woodgrove_brazilsouth_snet_powerplatform.id
  nat_gateway_id = azurerm_nat_gateway.nat_woodgrove_brazilsouth.id
}

# Subnet "snet-data" of virtual network "vnet-woodgrove-brazilsouth"
resource "azurerm_subnet" "vnet_woodgrove_brazilsouth_snet_data" {
  name                 = "snet-data"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_woodgrove_brazilsouth.name
  address_prefixes     = ["10.60.1.0/24"]
}

# Enterprise policy "ep-woodgrove-br" (design object policy-br)
resource "azapi_resource" "ep_woodgrove_br" {
  type      = "Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview"
  name      = "${var.name_prefix}ep-woodgrove-br"
  parent_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}"
  location  = "brazil"
  tags      = var.tags
  body = {
    kind = "NetworkInjection"
    properties = {
      networkInjection = {
        virtualNetworks = [
          {
            id = azurerm_virtual_network.vnet_woodgrove_brazilsouth.id
            subnet = {
              name = "snet-powerplatform"
            }
          },
        ]
      }
    }
  }
  response_export_values = ["properties.systemId"]
  depends_on             = [azurerm_subnet.vnet_woodgrove_brazilsouth_snet_powerplatform]
}

# Environment "Woodgrove Produção" (design object env-prod)
resource "powerplatform_enterprise_policy" "woodgrove_producao" {
  environment_id = var.environment_id_woodgrove_producao
  system_id      = azapi_resource.ep_woodgrove_br.output.properties.systemId
  policy_type    = "NetworkInjection"
}

# Environment "Woodgrove Dev" (design object env-dev)
resource "powerplatform_enterprise_policy" "woodgrove_dev" {
  environment_id = var.environment_id_woodgrove_dev
  system_id      = azapi_resource.ep_woodgrove_br.output.properties.systemId
  policy_type    = "NetworkInjection"
}

output "ep_woodgrove_br_system_id" {
  description = "System ID of enterprise policy \"ep-woodgrove-br\", used to link environments."
  value       = azapi_resource.ep_woodgrove_br.output.properties.systemId
}

output "ep_woodgrove_br_resource_id" {
  description = "Resource ID of enterprise policy \"ep-woodgrove-br\" (Enable-SubnetInjection -PolicyArmId)."
  value       = azapi_resource.ep_woodgrove_br.id
}
