# VNet Studio export of design "Names that read alike" for resource group rg-powerplatform-network in subscription 00000000-0000-0000-0000-000000000000.
# Not deployed by this export (do or check these yourself):
#   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-powerplatform-network) is a placeholder: set the real subscription ID in the design before deploying.
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
  default     = "rg-powerplatform-network"
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

# Network security group "net-prod" (design object nsg-0)
resource "azurerm_network_security_group" "net_prod" {
  name                = "${var.name_prefix}net-prod"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

# Network security group "net_prod" (design object nsg-1)
resource "azurerm_network_security_group" "net_prod_nsg_1" {
  name                = "${var.name_prefix}net_prod"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

# Network security group "net.prod" (design object nsg-2)
resource "azurerm_network_security_group" "net_prod_nsg_2" {
  name                = "${var.name_prefix}net.prod"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

# Network security group "net(prod)" (design object nsg-3)
resource "azurerm_network_security_group" "net_prod_nsg_3" {
  name                = "${var.name_prefix}net(prod)"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

# Network security group "NET-PROD" (design object nsg-4)
resource "azurerm_network_security_group" "net_prod_nsg_4" {
  name                = "${var.name_prefix}NET-PROD"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

# Route table "net-prod" (design object rt-0)
resource "azurerm_route_table" "net_prod" {
  name                          = "${var.name_prefix}net-prod"
  location                      = "eastus"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = true
  tags                          = var.tags
}

# Route table "net_prod" (design object rt-1)
resource "azurerm_route_table" "net_prod_rt_1" {
  name                          = "${var.name_prefix}net_prod"
  location                      = "eastus"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = true
  tags                          = var.tags
}

# Route table "net.prod" (design object rt-2)
resource "azurerm_route_table" "net_prod_rt_2" {
  name                          = "${var.name_prefix}net.prod"
  location                      = "eastus"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = true
  tags                          = var.tags
}

# Route table "net(prod)" (design object rt-3)
resource "azurerm_route_table" "net_prod_rt_3" {
  name                          = "${var.name_prefix}net(prod)"
  location                      = "eastus"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = true
  tags                          = var.tags
}

# Route table "NET-PROD" (design object rt-4)
resource "azurerm_route_table" "net_prod_rt_4" {
  name                          = "${var.name_prefix}NET-PROD"
  location                      = "eastus"
  resource_group_name           = var.resource_group_name
  bgp_route_propagation_enabled = true
  tags                          = var.tags
}

# Virtual network "net-prod" (design object vnet-0)
resource "azurerm_virtual_network" "net_prod" {
  name                = "${var.name_prefix}net-prod"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.10.0.0/16"]
  tags                = var.tags
}

# Subnet "net-prod" of virtual network "net-prod"
resource "azurerm_subnet" "net_prod_net_prod" {
  name                 = "net-prod"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.net_prod.name
  address_prefixes     = ["10.10.0.0/24"]
}
resource "azurerm_subnet_network_security_group_association" "net_prod_net_prod" {
  subnet_id                 = azurerm_subnet.net_prod_net_prod.id
  network_security_group_id = azurerm_network_security_group.net_prod.id
}
resource "azurerm_subnet_route_table_association" "net_prod_net_prod" {
  subnet_id      = azurerm_subnet.net_prod_net_prod.id
  route_table_id = azurerm_route_table.net_prod.id
}

# Virtual network "net_prod" (design object vnet-1)
resource "azurerm_virtual_network" "net_prod_vnet_1" {
  name                = "${var.name_prefix}net_prod"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.11.0.0/16"]
  tags                = var.tags
}

# Subnet "net_prod" of virtual network "net_prod"
resource "azurerm_subnet" "net_prod_vnet_1_net_prod" {
  name                 = "net_prod"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.net_prod_vnet_1.name
  address_prefixes     = ["10.11.0.0/24"]
}
resource "azurerm_subnet_network_security_group_association" "net_prod_vnet_1_net_prod" {
  subnet_id                 = azurerm_subnet.net_prod_vnet_1_net_prod.id
  network_security_group_id = azurerm_network_security_group.net_prod_nsg_1.id
}
resource "azurerm_subnet_route_table_association" "net_prod_vnet_1_net_prod" {
  subnet_id      = azurerm_subnet.net_prod_vnet_1_net_prod.id
  route_table_id = azurerm_route_table.net_prod_rt_1.id
}

# Virtual network "net.prod" (design object vnet-2)
resource "azurerm_virtual_network" "net_prod_vnet_2" {
  name                = "${var.name_prefix}net.prod"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.12.0.0/16"]
  tags                = var.tags
}

# Subnet "net.prod" of virtual network "net.prod"
resource "azurerm_subnet" "net_prod_vnet_2_net_prod" {
  name                 = "net.prod"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.net_prod_vnet_2.name
  address_prefixes     = ["10.12.0.0/24"]
}
resource "azurerm_subnet_network_security_group_association" "net_prod_vnet_2_net_prod" {
  subnet_id                 = azurerm_subnet.net_prod_vnet_2_net_prod.id
  network_security_group_id = azurerm_network_security_group.net_prod_nsg_2.id
}
resource "azurerm_subnet_route_table_association" "net_prod_vnet_2_net_prod" {
  subnet_id      = azurerm_subnet.net_prod_vnet_2_net_prod.id
  route_table_id = azurerm_route_table.net_prod_rt_2.id
}

# Virtual network "net(prod)" (design object vnet-3)
resource "azurerm_virtual_network" "net_prod_vnet_3" {
  name                = "${var.name_prefix}net(prod)"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.13.0.0/16"]
  tags                = var.tags
}

# Subnet "net(prod)" of virtual network "net(prod)"
resource "azurerm_subnet" "net_prod_vnet_3_net_prod" {
  name                 = "net(prod)"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.net_prod_vnet_3.name
  address_prefixes     = ["10.13.0.0/24"]
}
resource "azurerm_subnet_network_security_group_association" "net_prod_vnet_3_net_prod" {
  subnet_id                 = azurerm_subnet.net_prod_vnet_3_net_prod.id
  network_security_group_id = azurerm_network_security_group.net_prod_nsg_3.id
}
resource "azurerm_subnet_route_table_association" "net_prod_vnet_3_net_prod" {
  subnet_id      = azurerm_subnet.net_prod_vnet_3_net_prod.id
  route_table_id = azurerm_route_table.net_prod_rt_3.id
}

# Virtual network "NET-PROD" (design object vnet-4)
resource "azurerm_virtual_network" "net_prod_vnet_4" {
  name                = "${var.name_prefix}NET-PROD"
  location            = "eastus"
  resource_group_name = var.resource_group_name
  address_space       = ["10.14.0.0/16"]
  tags                = var.tags
}

# Subnet "NET-PROD" of virtual network "NET-PROD"
resource "azurerm_subnet" "net_prod_vnet_4_net_prod" {
  name                 = "NET-PROD"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.net_prod_vnet_4.name
  address_prefixes     = ["10.14.0.0/24"]
}
resource "azurerm_subnet_network_security_group_association" "net_prod_vnet_4_net_prod" {
  subnet_id                 = azurerm_subnet.net_prod_vnet_4_net_prod.id
  network_security_group_id = azurerm_network_security_group.net_prod_nsg_4.id
}
resource "azurerm_subnet_route_table_association" "net_prod_vnet_4_net_prod" {
  subnet_id      = azurerm_subnet.net_prod_vnet_4_net_prod.id
  route_table_id = azurerm_route_table.net_prod_rt_4.id
}
