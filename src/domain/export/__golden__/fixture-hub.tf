# VNet Studio export of design "Hub with a firewall, gateways and Bastion hosts" for resource group rg-hub in subscription 3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11.
# Not deployed by this export (do or check these yourself):
#   - Not in this Terraform configuration: Azure Firewall "afw-hub-weu", virtual network gateway "vgw-vpn-weu", virtual network gateway "vgw-er-weu", Azure Bastion "bas-hub-weu", Azure Bastion "bas-shared-weu", with their public IPs. The Terraform export does not declare Azure Firewalls, virtual network gateways or Bastion hosts yet: deploy them with the ARM or Bicep export of this design.
#   - Route "to-nva" of route table "rt-pp-weu" sends 10.9.0.0/16 to 10.0.3.4, which this export does not deploy (the appliance of VNet "vnet-hub-weu"): deploy it at that address before relying on the route.
#   - Already in Azure, referred to and not deployed: virtual network "vnet-shared-weu".
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
  default     = "rg-hub"
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
  description = "Power Platform environment ID of \"Contoso Production\" (design object env)."
  type        = string
  default     = "0d7e4b2a-6c1f-4e3d-9a8b-7c6d5e4f3a21"
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_contoso_production))
    error_message = "The environment ID of \"Contoso Production\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

# Route table "rt-pp-weu" (design object rt-pp)
resource "azurerm_route_table" "rt_pp_weu" {
  name                          = "${var.name_prefix}rt-pp-weu"
  location                      = "westeurope"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = true
  tags                          = var.tags
  route {
    name                   = "default-to-firewall"
    address_prefix         = "0.0.0.0/0"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.0.1.4"
  }
  route {
    name                   = "to-nva"
    address_prefix         = "10.9.0.0/16"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.0.3.4"
  }
}

# Virtual network "vnet-hub-weu" (design object vnet-hub)
resource "azurerm_virtual_network" "vnet_hub_weu" {
  name                = "${var.name_prefix}vnet-hub-weu"
  location            = "westeurope"
  resource_group_name = var.resource_group_name
  address_space       = ["10.0.0.0/22"]
  tags                = var.tags
}

# Subnet "GatewaySubnet" of virtual network "vnet-hub-weu"
resource "azurerm_subnet" "vnet_hub_weu_gateway_subnet" {
  name                 = "GatewaySubnet"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_hub_weu.name
  address_prefixes     = ["10.0.0.0/27"]
}

# Subnet "AzureFirewallSubnet" of virtual network "vnet-hub-weu"
resource "azurerm_subnet" "vnet_hub_weu_azure_firewall_subnet" {
  name                 = "AzureFirewallSubnet"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_hub_weu.name
  address_prefixes     = ["10.0.1.0/26"]
}

# Subnet "AzureBastionSubnet" of virtual network "vnet-hub-weu"
resource "azurerm_subnet" "vnet_hub_weu_azure_bastion_subnet" {
  name                 = "AzureBastionSubnet"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_hub_weu.name
  address_prefixes     = ["10.0.2.0/26"]
}

# Subnet "snet-nva" of virtual network "vnet-hub-weu"
resource "azurerm_subnet" "vnet_hub_weu_snet_nva" {
  name                 = "snet-nva"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_hub_weu.name
  address_prefixes     = ["10.0.3.0/27"]
}

# Virtual network "vnet-pp-weu" (design object vnet-pp)
resource "azurerm_virtual_network" "vnet_pp_weu" {
  name                = "${var.name_prefix}vnet-pp-weu"
  location            = "westeurope"
  resource_group_name = var.resource_group_name
  address_space       = ["10.1.0.0/24"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet-pp-weu"
resource "azurerm_subnet" "vnet_pp_weu_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_pp_weu.name
  address_prefixes     = ["10.1.0.0/24"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}
resource "azurerm_subnet_route_table_association" "vnet_pp_weu_snet_powerplatform" {
  subnet_id      = azurerm_subnet.vnet_pp_weu_snet_powerplatform.id
  route_table_id = azurerm_route_table.rt_pp_weu.id
}

# Subnet "AzureBastionSubnet" (design object snet-shared-bas)
resource "azurerm_subnet" "azure_bastion_subnet" {
  name                 = "AzureBastionSubnet"
  resource_group_name  = var.resource_group_name
  virtual_network_name = "vnet-shared-weu"
  address_prefixes     = ["10.2.0.64/26"]
}

# Peering "vnet-hub-weu-to-vnet-pp-weu" (design object peer-hub-pp)
resource "azurerm_virtual_network_peering" "vnet_hub_weu_to_vnet_pp_weu" {
  name                         = "vnet-hub-weu-to-vnet-pp-weu"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_hub_weu.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_pp_weu.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = true
  use_remote_gateways          = false
}

# Peering "vnet-pp-weu-to-vnet-hub-weu" (design object peer-hub-pp)
resource "azurerm_virtual_network_peering" "vnet_pp_weu_to_vnet_hub_weu" {
  name                         = "vnet-pp-weu-to-vnet-hub-weu"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_pp_weu.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_hub_weu.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = false
  use_remote_gateways          = true
}

# Enterprise policy "ep-contoso" (design object policy)
resource "azapi_resource" "ep_contoso" {
  type      = "Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview"
  name      = "${var.name_prefix}ep-contoso"
  parent_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}"
  location  = "europe"
  tags      = var.tags
  body = {
    kind = "NetworkInjection"
    properties = {
      networkInjection = {
        virtualNetworks = [
          {
            id = azurerm_virtual_network.vnet_pp_weu.id
            subnet = {
              name = "snet-powerplatform"
            }
          },
        ]
      }
    }
  }
  response_export_values = ["properties.systemId"]
  depends_on             = [azurerm_subnet.vnet_pp_weu_snet_powerplatform]
}

# Environment "Contoso Production" (design object env)
resource "powerplatform_enterprise_policy" "contoso_production" {
  environment_id = var.environment_id_contoso_production
  system_id      = azapi_resource.ep_contoso.output.properties.systemId
  policy_type    = "NetworkInjection"
}

output "ep_contoso_system_id" {
  description = "System ID of enterprise policy \"ep-contoso\", used to link environments."
  value       = azapi_resource.ep_contoso.output.properties.systemId
}

output "ep_contoso_resource_id" {
  description = "Resource ID of enterprise policy \"ep-contoso\" (Enable-SubnetInjection -PolicyArmId)."
  value       = azapi_resource.ep_contoso.id
}
