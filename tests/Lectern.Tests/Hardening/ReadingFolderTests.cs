using Lectern.Diagnostics;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

/// <summary>
/// Reading folders become URLs. A folder name cannot hold '/', so "../x" cannot escape the readings
/// folder; what can happen is a name with dots, spaces or capitals (rejected), or a name the site
/// itself uses (rejected). Two readings with one slug cannot happen: folder names are unique, and
/// names differing only in case are rejected as not lower-case.
/// </summary>
public class ReadingFolderTests
{
    private static Action<TempSite> AddReading(string folder) => s =>
    {
        var dir = Path.Combine(s.Content, "readings", folder);
        Directory.CreateDirectory(dir);
        File.Copy(RepoPaths.SeedSource, Path.Combine(dir, "source.txt"));
    };

    public static TheoryData<BadInput> Cases => new()
    {
        new("a folder named '..x'", AddReading("..x"),
            new(DiagnosticCodes.InvalidSlug, "readings/..x", 1, 1, "'..x' is not a valid reading folder name; use lower-case letters, digits and hyphens")),
        new("a folder with spaces", AddReading("my reading"),
            new(DiagnosticCodes.InvalidSlug, "readings/my reading", 1, 1, "'my reading' is not a valid reading folder name")),
        new("a folder differing only in case from another", AddReading("Report-2021-06-29-Politburo"),
            new(DiagnosticCodes.InvalidSlug, "readings/Report-2021-06-29-Politburo", 1, 1, "not a valid reading folder name")),
        new("a folder named like the glossary page", AddReading("glossary"),
            new(DiagnosticCodes.DuplicateSlug, "readings/glossary", 1, 1, "would be published at /glossary/, where the site's own glossary is; rename the folder")),
        new("a folder named like the search page", AddReading("search"),
            new(DiagnosticCodes.DuplicateSlug, "readings/search", 1, 1, "where the site's own search is")),
        new("a folder named like the assets folder", AddReading("assets"),
            new(DiagnosticCodes.DuplicateSlug, "readings/assets", 1, 1, "where the site's own assets is")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_reading_folder_is_a_positioned_error_and_the_site_is_kept(BadInput input) =>
        BadContent.AssertRejected(input.Break, input.Expected);

    [Fact]
    public void Every_bad_folder_is_reported_not_only_the_first()
    {
        var printed = BadContent.AssertRejected(s =>
            {
                AddReading("..x")(s);
                AddReading("my reading")(s);
                AddReading("glossary")(s);
            },
            new(DiagnosticCodes.InvalidSlug, "readings/..x", 1, 1, "'..x'"));
        Assert.Equal(3, printed.Count);
    }

    [Fact]
    public void A_second_good_reading_beside_a_broken_one_is_still_checked()
    {
        var printed = BadContent.AssertRejected(s =>
            {
                AddReading("second-reading")(s);
                File.WriteAllText(Path.Combine(s.Content, "readings", "second-reading", "source.txt"), "");
                File.WriteAllText(Path.Combine(s.ReadingDir(), "reading.yml"), "titel: x\n");
            },
            new(DiagnosticCodes.SourceEmpty, "readings/second-reading/source.txt", 1, 1, "empty"));
        Assert.Contains(printed, d => d.Code == DiagnosticCodes.YamlSchema);
    }

    [Fact]
    public void Generated_files_that_collide_are_an_error_naming_the_path()
    {
        var bag = new DiagnosticBag();
        OutputCollisionCheck.Run(["a/index.html", "A/index.html"], "_site", bag);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.OutputCollision, d.Code);
        Assert.Contains("2 pages would be written to 'a/index.html'", d.Message);
    }
}
