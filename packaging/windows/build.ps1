# Build npmdesk for Windows: dist\npmdesk\ (one folder) and dist\npmdesk-VERSION-windows-x64-setup.exe.
# Run from the repository root in PowerShell, with Python 3.11+ (python.org, 64-bit) and
# Inno Setup 6 (iscc.exe on PATH or in its default folder). See packaging\README.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path ".venv-win")) { py -3 -m venv .venv-win }
.\.venv-win\Scripts\python.exe -m pip install --upgrade pip
.\.venv-win\Scripts\python.exe -m pip install -e ".[packaging]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

.\.venv-win\Scripts\pyinstaller.exe --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\npmdesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Smoke test of the built program before packaging it.
$version = (.\dist\npmdesk\npmdesk.exe --version).Split(" ")[1]
if ($LASTEXITCODE -ne 0) { throw "the built npmdesk.exe does not start" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\npmdesk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\npmdesk-$version-windows-x64-setup.exe"
