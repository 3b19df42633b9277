#!/usr/bin/env pwsh
<#
.SYNOPSIS
  Lectern's build script. Run through the local tool manifest:
    dotnet tool restore
    dotnet pwsh ./build.ps1 -Target Test
  The targets are described in README.md; Bench in docs/performance.md.
.PARAMETER Target
  Build   build the site into _site (default)
  Test    run every test
  Serve   build and serve the site for preview
  Pack    pack the tool into artifacts/packages: the package `dotnet tool install` reads, the native
          (Native AOT) package for this platform, a ReadyToRun-compiled one for each other platform
          listed in src/Lectern.Cli/Lectern.Cli.csproj and the framework-dependent one for any other
  Publish build the site with the native tool for GitHub Pages (use -BasePath /<repository>/ and
          -BaseUrl https://<owner>.github.io for canonical and sitemap URLs)
  Ci      what CI runs: install test dependencies, run the tests, print the counts
  Bench   whole-build timings for 1, 100 and 1,000 generated readings, into an empty folder and
          over the last output, and serve's rebuild after one save at 1,000 readings (with Hugo
          side by side where the `hugo` package is installed), how soon search results show in
          Chromium at 1,000 readings, the glossary matcher's 1,000-against-10 ratio,
          then the stage benchmarks (BenchmarkDotNet)
#>
param(
    [ValidateSet('Build', 'Test', 'Serve', 'Pack', 'Publish', 'Ci', 'Bench')]
    [string] $Target = 'Build',
    [string] $BasePath = '',
    [string] $BaseUrl = '',
    [string] $Output = '_site',
    [string] $Configuration = 'Release'
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Lectern([string[]] $Arguments) {
    & dotnet run --project src/Lectern.Cli --configuration $Configuration -- @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

# The tool packages: the pointer package, this platform's native one, a ReadyToRun-compiled framework-dependent
# one for each other platform listed in Lectern.Cli.csproj (unless -ThisPlatformOnly), and the `any` fallback.
function Invoke-Pack([switch] $ThisPlatformOnly) {
    Remove-Item artifacts/packages -Recurse -Force -ErrorAction SilentlyContinue
    # The pointer package: with PublishAot set it lists the RID packages and builds none of them.
    & dotnet pack src/Lectern.Cli -c Release -p:PublishAot=true -o artifacts/packages
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    $rid = (& dotnet --info | Select-String -Pattern '^\s*RID:\s*(\S+)').Matches[0].Groups[1].Value
    & dotnet pack src/Lectern.Cli -c Release -r $rid -o artifacts/packages
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    if (-not $ThisPlatformOnly) {
        $listed = ([xml](Get-Content src/Lectern.Cli/Lectern.Cli.csproj)).Project.PropertyGroup.ToolPackageRuntimeIdentifiers | Where-Object { $_ }
        foreach ($other in ($listed -split ';') | Where-Object { $_ -ne $rid -and $_ -ne 'any' }) {
            & dotnet pack src/Lectern.Cli -c Release -r $other -p:PublishAot=false -o artifacts/packages
            if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
        }
    }
    & dotnet pack src/Lectern.Cli -c Release -r any -p:PublishAot=false -o artifacts/packages
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

# Installs the packed tool as a user would (`dotnet tool install` picks the package for this platform) and runs it.
function Invoke-InstalledLectern([string[]] $Arguments) {
    Remove-Item artifacts/tool -Recurse -Force -ErrorAction SilentlyContinue
    & dotnet tool install Lectern.Tool --tool-path artifacts/tool --source artifacts/packages
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    & artifacts/tool/lectern @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Get-SiteArguments {
    $siteArgs = @('--output', $Output)
    if ($BasePath) { $siteArgs += @('--base-path', $BasePath) }
    if ($BaseUrl) { $siteArgs += @('--base-url', $BaseUrl) }
    return $siteArgs
}

switch ($Target) {
    'Build'   { Invoke-Lectern (@('build') + (Get-SiteArguments)) }
    'Pack'    { Invoke-Pack }
    'Publish' {
        Invoke-Pack -ThisPlatformOnly
        Invoke-InstalledLectern (@('build') + (Get-SiteArguments))
    }
    'Serve'   { Invoke-Lectern (@('serve') + (Get-SiteArguments)) }
    'Test'    {
        & dotnet test
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    'Bench'   {
        # Published for this platform, which compiles it ahead of time (Native AOT; see Lectern.Cli.csproj).
        Remove-Item artifacts/lectern -Recurse -Force -ErrorAction SilentlyContinue
        & dotnet publish src/Lectern.Cli -c Release --use-current-runtime -o artifacts/lectern
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
        & dotnet run -c Release --project tests/Lectern.Benchmarks -- scale 1,100,1000 3
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
        & dotnet run -c Release --project tests/Lectern.Benchmarks -- preview 1000 9
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
        & dotnet run -c Release --project tests/Lectern.Benchmarks -- search 1000 3
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
        & dotnet run -c Release --project tests/Lectern.Benchmarks -- glossary-ratio
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
        & dotnet run -c Release --project tests/Lectern.Benchmarks -- --filter '*' --join
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    'Ci'      {
        & bash .ci/run
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
}
