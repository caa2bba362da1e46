#!/usr/bin/env bash
# Restores the real Bicep CLI (NuGet package Azure.Bicep.CommandLine.linux-x64) into .tools/bicep/bicep.
set -euo pipefail
cd "$(dirname "$0")/.."
version="0.49.2"
work=".tools/bicep-restore"
mkdir -p "$work" .tools/bicep
cat > "$work/bicep-cli.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$version]" />
  </ItemGroup>
</Project>
XML
DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet restore "$work/bicep-cli.csproj" --packages "$PWD/$work/packages" >/dev/null
bin="$work/packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"
chmod +x "$bin"
ln -sf "$PWD/$bin" .tools/bicep/bicep
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 .tools/bicep/bicep --version
