using Lectern.Cli.Commands;
using Lectern.Diagnostics;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

/// <summary>Values that are published as written (base path, custom domain, dates) must have their form.</summary>
public class ContentValueTests
{
    private static Action<TempSite> SiteYml(string yaml) => s => File.WriteAllText(Path.Combine(s.Content, "site.yml"), yaml);
    private static Action<TempSite> Reading(string yaml) => s => File.WriteAllText(Path.Combine(s.ReadingDir(), "reading.yml"), yaml);

    public static TheoryData<BadInput> Cases => new()
    {
        new("basePath with a backslash (another origin)", SiteYml("title: T\nbasePath: /\\evil.example/\n"),
            new(DiagnosticCodes.BasePathInvalid, "site.yml", 2, 11, "the character '\\' may not appear in it")),
        new("basePath with an empty segment (a protocol-relative URL)", SiteYml("title: T\n\nbasePath: //evil.example/\n"),
            new(DiagnosticCodes.BasePathInvalid, "site.yml", 3, 11, "it has an empty segment")),
        new("basePath with a dot segment", SiteYml("basePath:   /a/../\n"),
            new(DiagnosticCodes.BasePathInvalid, "site.yml", 1, 13, "it has the segment '..'")),
        new("basePath without its slashes", SiteYml("basePath: https://evil.example\n"),
            new(DiagnosticCodes.BasePathInvalid, "site.yml", 1, 11, "it must start and end with '/'")),
        new("basePath with a space", SiteYml("basePath: \"/a b/\"\n"),
            new(DiagnosticCodes.BasePathInvalid, "site.yml", 1, 11, "the character ' ' may not appear in it")),
        new("cname with markup", SiteYml("title: T\ncname: <b>x</b>.example.org\n"),
            new(DiagnosticCodes.CnameInvalid, "site.yml", 2, 8, "is not a host name")),
        new("cname with a line break", SiteYml("cname: \"readings.example.org\\nevil\"\n"),
            new(DiagnosticCodes.CnameInvalid, "site.yml", 1, 8, @"cname 'readings.example.org\x0Aevil' is not a host name")),
        new("cname with a path", SiteYml("cname: readings.example.org/x\n"),
            new(DiagnosticCodes.CnameInvalid, "site.yml", 1, 8, "is not a host name")),
        new("a date that does not exist", Reading("title: T\ndate: 2021-13-45\n"),
            new(DiagnosticCodes.DateInvalid, RepoPaths.SeedReadingYml, 2, 7, "date '2021-13-45' is not a calendar date")),
        new("a date in free text", Reading("date: last spring\n"),
            new(DiagnosticCodes.DateInvalid, RepoPaths.SeedReadingYml, 1, 7, "date 'last spring' is not a calendar date")),
        new("February 30th", Reading("date: 2021-02-30\n"),
            new(DiagnosticCodes.DateInvalid, RepoPaths.SeedReadingYml, 1, 7, "is not a calendar date")),
        new("a source date that does not exist", Reading("date: 2021-06-30\nsource:\n  title: T\n  date: 2021-06-31\n"),
            new(DiagnosticCodes.DateInvalid, RepoPaths.SeedReadingYml, 4, 9, "source.date '2021-06-31' is not a calendar date")),
        new("baseUrl with a path is reported at its line", SiteYml("title: T\n# the host\nbaseUrl: https://user.github.io/repository\n"),
            new(DiagnosticCodes.BaseUrlInvalid, "site.yml", 3, 10, "must be a scheme and host only")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_malformed_value_is_a_positioned_error_and_the_site_is_kept(BadInput input) =>
        BadContent.AssertRejected(input.Break, input.Expected);

    [Theory]
    [InlineData("2021")]
    [InlineData("2021-06")]
    [InlineData("2024-02-29")]
    public void Partial_and_leap_dates_are_dates(string date) =>
        Assert.True(Lectern.Stages.Load.ContentValueCheck.IsDate(date));

    [Theory]
    [InlineData("/\\evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/a/%2e%2e/")]
    public void A_bad_base_path_on_the_command_line_is_a_usage_error(string basePath)
    {
        using var site = new TempSite();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(["build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes, "--base-path", basePath], new StringWriter(), stderr);
        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains($"--base-path '{basePath}' is not a base path", stderr.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/lectern-demo/")]
    [InlineData("/a/b.c_d~e/")]
    public void A_good_base_path_on_the_command_line_builds(string basePath)
    {
        using var site = new TempSite();
        var exit = CommandLine.Run(["build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes, "--base-path", basePath], new StringWriter(), new StringWriter());
        Assert.Equal(CommandLine.Success, exit);
    }
}
