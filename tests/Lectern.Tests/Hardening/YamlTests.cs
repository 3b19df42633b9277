using Lectern.Diagnostics;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

public class YamlTests
{
    private static Action<TempSite> Reading(string yaml) => s => File.WriteAllText(Path.Combine(s.ReadingDir(), "reading.yml"), yaml);
    private static Action<TempSite> SiteYml(string yaml) => s => File.WriteAllText(Path.Combine(s.Content, "site.yml"), yaml);
    private static Action<TempSite> ReadingBytes(string latin1) => s => File.WriteAllBytes(Path.Combine(s.ReadingDir(), "reading.yml"), System.Text.Encoding.Latin1.GetBytes(latin1));
    private static Action<TempSite> SiteYmlBytes(string latin1) => s => File.WriteAllBytes(Path.Combine(s.Content, "site.yml"), System.Text.Encoding.Latin1.GetBytes(latin1));
    private static Action<TempSite> Glossary(string yaml) => s => File.WriteAllText(Path.Combine(s.Content, "glossary.yml"), yaml);

    public static TheoryData<BadInput> Cases => new()
    {
        new("a tab used for indentation", Reading("title: T\nsource:\n\ttitle: x\n"),
            new(DiagnosticCodes.YamlSyntax, RepoPaths.SeedReadingYml, 3, 1, "indent YAML with spaces, not tabs")),
        new("a duplicate key", Reading("title: A\nsummary: S\ntitle: B\n"),
            new(DiagnosticCodes.YamlSchema, RepoPaths.SeedReadingYml, 3, 1, "duplicate key")),
        new("an unknown field", Reading("title: T\ntitel: oops\n"),
            new(DiagnosticCodes.YamlSchema, RepoPaths.SeedReadingYml, 2, 1, "unknown field 'titel' in ReadingMetadata; the fields are: title, date, summary, source, outline, notes, paragraphBreaks, blocks;")),
        new("an unknown nested field", Reading("source:\n  title: T\n  link: https://example.org\n"),
            new(DiagnosticCodes.YamlSchema, RepoPaths.SeedReadingYml, 3, 3, "unknown field 'link' in OriginalSource; the fields are: title, publisher, url, date;")),
        new("a list where a text belongs", Reading("title: [a, b]\n"),
            new(DiagnosticCodes.YamlSchema, RepoPaths.SeedReadingYml, 1, 8, "wrong type: expected a single text value here, found a list or fields")),
        new("a text where a list belongs", Reading("outline: first section\n"),
            new(DiagnosticCodes.YamlSchema, RepoPaths.SeedReadingYml, 1, 10, "wrong type: expected a list (lines starting with '- ') here, found a single text value")),
        new("a text where a mapping belongs", Reading("source: KCNA\n"),
            new(DiagnosticCodes.YamlSchema, RepoPaths.SeedReadingYml, 1, 9, "wrong type: expected fields (key: value lines) here, found a single text value")),
        new("site.yml: a wrong type", SiteYml("title: T\nglossary: every\n"),
            new(DiagnosticCodes.YamlSchema, "site.yml", 2, 11, "wrong type: expected fields (key: value lines) here, found a single text value")),
        new("glossary.yml: a mapping where the list belongs", Glossary("id: x\nterm: X\n"),
            new(DiagnosticCodes.YamlSchema, "glossary.yml", 1, 1, "wrong type: expected a list (lines starting with '- ') here, found fields (key: value lines)")),
        new("glossary.yml: a text where a flag belongs", Glossary("- id: x\n  term: X\n  caseSensitive: sometimes\n  definition: D\n"),
            new(DiagnosticCodes.YamlSchema, "glossary.yml", 3, 18, "wrong type: \"sometimes\" is not true or false")),
        new("an unclosed bracket (read as a list)", Reading("date: 2021-06-30\nsource:\n  title: [unclosed\n"),
            new(DiagnosticCodes.YamlSchema, RepoPaths.SeedReadingYml, 3, 10, "wrong type: expected a single text value here, found a list or fields")),
        new("an alias in reading.yml", Reading("title: &t Title\nsummary: *t\n"),
            new(DiagnosticCodes.YamlAlias, RepoPaths.SeedReadingYml, 2, 10, "YAML aliases (*name) are not allowed in content files")),
        new("aliases in glossary.yml", Glossary("- id: a\n  term: A\n  forms: &f [x, y]\n  definition: D\n- id: b\n  term: B\n  forms: *f\n  definition: D\n- id: c\n  term: C\n  forms: *f\n  definition: D\n"),
            new(DiagnosticCodes.YamlAlias, "glossary.yml", 7, 10, "(2 aliases in all)")),
        new("a Latin-1 byte in reading.yml", ReadingBytes("summary: ok\ntitle: Caf\u00E9 au lait\n"),
            new(DiagnosticCodes.SourceEncoding, RepoPaths.SeedReadingYml, 2, 11, "not valid UTF-8: the byte at offset 22 is 0xE9 ('\u00E9' in Latin-1/Windows-1252)")),
        new("a Windows-1252 quote in a quoted value of site.yml", SiteYmlBytes("title: \"It\u0092s\"\n"),
            new(DiagnosticCodes.SourceEncoding, "site.yml", 1, 11, "the byte at offset 10 is 0x92")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_yaml_is_a_positioned_error_and_the_site_is_kept(BadInput input) =>
        BadContent.AssertRejected(input.Break, input.Expected);
}
