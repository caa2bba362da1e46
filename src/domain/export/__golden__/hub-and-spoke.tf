# VNet Studio export of design "Hub and spoke with Azure Firewall" for resource group rg-northwind-network in subscription 00000000-0000-0000-0000-000000000000.
# Not deployed by this export (do or check these yourself):
#   - Not in this Terraform configuration: Azure Firewall "afw-vnet-hub-eastus", virtual network gateway "vgw-vnet-hub-eastus", with their public IPs. The Terraform export does not declare Azure Firewalls, virtual network gateways or Bastion hosts yet: deploy them with the ARM or Bicep export of this design.
#   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-northwind-network) is a placeholder: set the real subscription ID in the design before deploying.
#   - Environment "Northwind Production" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
#   - Environment "Northwind Test" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
#
# Terraform configuration: azurerm for the network, azapi for the enterprise policy, the Power
# Platform provider (microsoft/power-platform) for the environment links. The resource group must exist.
# Sign in with the Azure CLI (az login) as someone who may deploy to the resource group and, for the
# environment links, who is a Power Platform administrator. Register the Microsoft.PowerPlatform
# resource provider and its enterprisePoliciesPreview feature once per subscription (step 1 of the
# post-deployment script does it). Then:
#   terraform init
#   terraform plan -out=tfplan -var environment_id_northwind_production=<environment GUID> -var environment_id_northwind_test=<environment GUID>
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
  default     = "rg-northwind-network"
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

variable "environment_id_northwind_production" {
  description = "Power Platform environment ID of \"Northwind Production\" (design object env-prod): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_northwind_production))
    error_message = "The environment ID of \"Northwind Production\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

variable "environment_id_northwind_test" {
  description = "Power Platform environment ID of \"Northwind Test\" (design object env-test): not known to the design, pass it."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", var.environment_id_northwind_test))
    error_message = "The environment ID of \"Northwind Test\" must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
  }
}

# Route table "rt-powerplatform-eastus" (design object rt-eus)
resource "azurerm_route_table" "rt_powerplatform_eastus" {
  name                          = "${var.name_prefix}rt-powerplatform-eastus"
  location                      = "eastus"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = true
  tags                          = var.tags
  route {
    name                   = "default-to-firewall"
    address_prefix         = "0.0.0.0/0"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.0.1.4"
  }
}

# Route table "rt-powerplatform-westus" (design object rt-wus)
resource "azurerm_route_table" "rt_powerplatform_westus" {
  name                          = "${var.name_prefix}rt-powerplatform-westus"
  location                      = "westus"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = true
  tags                          = var.tags
  route {
    name                   = "default-to-firewall"
    address_prefix         = "0.0.0.0/0"
    next_hop_type          = "VirtualAppliance"
    next_hop_in_ip_address = "10.0.1.4"
  }
}

# Virtual network "vnet-spoke-pp-eastus" (design object vnet-spoke-eus)
resource "azurerm_virtual_network" "vnet_spoke_pp_eastus" {
  name                = "${var.name_prefix}vnet-spoke-pp-eastus"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.1.0.0/16"]
  dns_servers         = ["10.0.1.4"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet-spoke-pp-eastus"
resource "azurerm_subnet" "vnet_spoke_pp_eastus_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_spoke_pp_eastus.name
  address_prefixes     = ["10.1.0.0/24"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}
resource "azurerm_subnet_route_table_association" "vnet_spoke_pp_eastus_snet_powerplatform" {
  subnet_id      = azurerm_subnet.vnet_spoke_pp_eastus_snet_powerplatform.id
  route_table_id = azurerm_route_table.rt_powerplatform_eastus.id
}

# Virtual network "vnet-spoke-pp-westus" (design object vnet-spoke-wus)
resource "azurerm_virtual_network" "vnet_spoke_pp_westus" {
  name                = "${var.name_prefix}vnet-spoke-pp-westus"
  location            = "westus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.2.0.0/16"]
  dns_servers         = ["10.0.1.4"]
  tags                = var.tags
}

# Subnet "snet-powerplatform" of virtual network "vnet-spoke-pp-westus"
resource "azurerm_subnet" "vnet_spoke_pp_westus_snet_powerplatform" {
  name                 = "snet-powerplatform"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_spoke_pp_westus.name
  address_prefixes     = ["10.2.0.0/24"]
  delegation {
    name = "Microsoft.PowerPlatform/enterprisePolicies"
    service_delegation {
      name    = "Microsoft.PowerPlatform/enterprisePolicies"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}
resource "azurerm_subnet_route_table_association" "vnet_spoke_pp_westus_snet_powerplatform" {
  subnet_id      = azurerm_subnet.vnet_spoke_pp_westus_snet_powerplatform.id
  route_table_id = azurerm_route_table.rt_powerplatform_westus.id
}

# Virtual network "vnet-hub-eastus" (design object vnet-hub)
resource "azurerm_virtual_network" "vnet_hub_eastus" {
  name                = "${var.name_prefix}vnet-hub-eastus"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.0.0.0/16"]
  tags                = var.tags
}

# Subnet "GatewaySubnet" of virtual network "vnet-hub-eastus"
resource "azurerm_subnet" "vnet_hub_eastus_gateway_subnet" {
  name                 = "GatewaySubnet"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_hub_eastus.name
  address_prefixes     = ["10.0.0.0/27"]
}

# Subnet "AzureFirewallSubnet" of virtual network "vnet-hub-eastus"
resource "azurerm_subnet" "vnet_hub_eastus_azure_firewall_subnet" {
  name                 = "AzureFirewallSubnet"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_hub_eastus.name
  address_prefixes     = ["10.0.1.0/26"]
}

# Virtual network "vnet-workload-eastus" (design object vnet-workload)
resource "azurerm_virtual_network" "vnet_workload_eastus" {
  name                = "${var.name_prefix}vnet-workload-eastus"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.3.0.0/16"]
  dns_servers         = ["10.0.1.4"]
  tags                = var.tags
}

# Subnet "snet-data" of virtual network "vnet-workload-eastus"
resource "azurerm_subnet" "vnet_workload_eastus_snet_data" {
  name                 = "snet-data"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.vnet_workload_eastus.name
  address_prefixes     = ["10.3.1.0/24"]
}

# Peering "vnet-hub-eastus-to-vnet-spoke-pp-eastus" (design object peer-hub-spoke-eus)
resource "azurerm_virtual_network_peering" "vnet_hub_eastus_to_vnet_spoke_pp_eastus" {
  name                         = "vnet-hub-eastus-to-vnet-spoke-pp-eastus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_hub_eastus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_spoke_pp_eastus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = true
  use_remote_gateways          = false
}

# Peering "vnet-spoke-pp-eastus-to-vnet-hub-eastus" (design object peer-hub-spoke-eus)
resource "azurerm_virtual_network_peering" "vnet_spoke_pp_eastus_to_vnet_hub_eastus" {
  name                         = "vnet-spoke-pp-eastus-to-vnet-hub-eastus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_spoke_pp_eastus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_hub_eastus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = false
  use_remote_gateways          = true
}

# Peering "vnet-hub-eastus-to-vnet-spoke-pp-westus" (design object peer-hub-spoke-wus)
resource "azurerm_virtual_network_peering" "vnet_hub_eastus_to_vnet_spoke_pp_westus" {
  name                         = "vnet-hub-eastus-to-vnet-spoke-pp-westus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_hub_eastus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_spoke_pp_westus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = true
  use_remote_gateways          = false
}

# Peering "vnet-spoke-pp-westus-to-vnet-hub-eastus" (design object peer-hub-spoke-wus)
resource "azurerm_virtual_network_peering" "vnet_spoke_pp_westus_to_vnet_hub_eastus" {
  name                         = "vnet-spoke-pp-westus-to-vnet-hub-eastus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_spoke_pp_westus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_hub_eastus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = false
  use_remote_gateways          = true
}

# Peering "vnet-hub-eastus-to-vnet-workload-eastus" (design object peer-hub-workload)
resource "azurerm_virtual_network_peering" "vnet_hub_eastus_to_vnet_workload_eastus" {
  name                         = "vnet-hub-eastus-to-vnet-workload-eastus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_hub_eastus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_workload_eastus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Peering "vnet-workload-eastus-to-vnet-hub-eastus" (design object peer-hub-workload)
resource "azurerm_virtual_network_peering" "vnet_workload_eastus_to_vnet_hub_eastus" {
  name                         = "vnet-workload-eastus-to-vnet-hub-eastus"
  resource_group_name          = var.resource_group_name
  virtual_network_name         = azurerm_virtual_network.vnet_workload_eastus.name
  remote_virtual_network_id    = azurerm_virtual_network.vnet_hub_eastus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = false
  use_remote_gateways          = false
}

# Enterprise policy "ep-northwind-us" (design object policy-us)
resource "azapi_resource" "ep_northwind_us" {
  type      = "Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview"
  name      = "${var.name_prefix}ep-northwind-us"
  parent_id = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}"
  location  = "unitedstates"
  tags      = var.tags
  body = {
    kind = "NetworkInjection"
    properties = {
      networkInjection = {
        virtualNetworks = [
          {
            id = azurerm_virtual_network.vnet_spoke_pp_eastus.id
            subnet = {
              name = "snet-powerplatform"
            }
          },
          {
            id = azurerm_virtual_network.vnet_spoke_pp_westus.id
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
    azurerm_subnet.vnet_spoke_pp_eastus_snet_powerplatform,
    azurerm_subnet.vnet_spoke_pp_westus_snet_powerplatform,
  ]
}

# Environment "Northwind Production" (design object env-prod)
resource "powerplatform_enterprise_policy" "northwind_production" {
  environment_id = var.environment_id_northwind_production
  system_id      = azapi_resource.ep_northwind_us.output.properties.systemId
  policy_type    = "NetworkInjection"
}

# Environment "Northwind Test" (design object env-test)
resource "powerplatform_enterprise_policy" "northwind_test" {
  environment_id = var.environment_id_northwind_test
  system_id      = azapi_resource.ep_northwind_us.output.properties.systemId
  policy_type    = "NetworkInjection"
}

output "ep_northwind_us_system_id" {
  description = "System ID of enterprise policy \"ep-northwind-us\", used to link environments."
  value       = azapi_resource.ep_northwind_us.output.properties.systemId
}

output "ep_northwind_us_resource_id" {
  description = "Resource ID of enterprise policy \"ep-northwind-us\" (Enable-SubnetInjection -PolicyArmId)."
  value       = azapi_resource.ep_northwind_us.id
}
