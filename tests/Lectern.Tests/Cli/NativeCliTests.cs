using Lectern.Cli.Commands;
using Lectern.Pipeline;
using Lectern.Tests.Hardening;
using Lectern.Tests.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Cli;

/// <summary>
/// The ahead-of-time compiled CLI does what the library does: trimming keeps what Fluid and YamlDotNet
/// read by reflection (Liquid models, the content records behind YAML errors), or these fail.
/// </summary>
public class NativeCliTests(NativeCli native) : IClassFixture<NativeCli>
{
    [SkippableTheory]
    [InlineData(null)]
    [InlineData("/lectern/")]
    public void The_native_cli_builds_the_same_site_byte_for_byte(string? basePath)
    {
        using var site = new TempSite();
        var options = site.Options(basePath);
        Assert.True(BuildPipeline.Run(options).Succeeded);
        var nativeOutput = Path.Combine(site.Root, "native-site");
        string[] args = ["build", "--content", site.Content, "--output", nativeOutput, "--themes", site.Themes];
        if (basePath is not null) args = [.. args, "--base-path", basePath];

        var (exit, _, stderr) = native.Invoke(args);

        Assert.True(exit == 0, stderr);
        var expected = TempSite.Snapshot(site.Output);
        var actual = TempSite.Snapshot(nativeOutput);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from the library's build");
    }

    [SkippableFact]
    public void The_native_cli_built_again_over_its_output_keeps_what_did_not_change()
    {
        using var site = new TempSite();
        var library = new EditedLibrary(site, seed: 11);
        string[] args = ["build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes];
        Assert.Equal(0, native.Invoke(args).Exit);

        library.ReplaceInSource("r1", "manifold WPK challenges");
        var (exit, _, stderr) = native.Invoke(args);
        Assert.True(exit == 0, stderr);
        var whole = site.Options() with { OutputDir = Path.Combine(site.Root, "whole") };
        Assert.True(BuildPipeline.Run(whole).Succeeded);
        SameTree.Assert(whole.OutputDir, site.Output, "the native build over its own output");

        // Read back from the record the native build wrote: the reading is kept, not read again.
        library.ChangeUnseen("r2");
        Assert.Equal(0, native.Invoke(args).Exit);
        Assert.DoesNotContain("MANIFOLD", File.ReadAllText(Path.Combine(site.Output, "r2", "index.html")));
    }

    [SkippableTheory]
    [MemberData(nameof(YamlTests.Cases), MemberType = typeof(YamlTests))]
    public void The_native_cli_reports_bad_yaml_as_the_library_does(BadInput input)
    {
        using var site = new TempSite();
        input.Break(site);

        var (exit, _, stderr) = native.Invoke("build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes);

        Assert.Equal(1, exit);
        BadContent.AssertNoStackTrace(stderr);
        BadContent.AssertContains(PrintedDiagnostic.ParseAll(stderr), input.Expected, stderr);
    }

    [SkippableFact]
    public void The_native_clean_command_prints_the_json_the_library_prints()
    {
        var expected = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["clean", RepoPaths.SeedSource, "--json"], expected, new StringWriter()));

        var (exit, stdout, stderr) = native.Invoke("clean", RepoPaths.SeedSource, "--json");

        Assert.True(exit == 0, stderr);
        Assert.Equal(expected.ToString(), stdout);
    }
}
