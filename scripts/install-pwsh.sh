#!/usr/bin/env bash
# Installs PowerShell (the NuGet global-tool package) into .tools/pwsh/pwsh, so the tests can parse every
# exported post-deployment script with PowerShell's own parser.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .tools/pwsh/pwsh ] && exit 0
DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet tool install PowerShell --version 7.6.9 --tool-path .tools/pwsh >/dev/null
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 .tools/pwsh/pwsh -NoProfile -Command '$PSVersionTable.PSVersion.ToString()'
