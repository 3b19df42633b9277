using System.Text.Json;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Stages.Load;
using Lectern.Tests.Support;

namespace Lectern.Tests.Load;

/// <summary>
/// The fast reader must read a file exactly as YamlDotNet's Deserializer does, or decline it
/// (the Deserializer then reads it and reports its problems).
/// </summary>
public class YamlSubsetReaderTests
{
    public static TheoryData<Type, string[]> Schemas => new()
    {
        { typeof(ReadingMetadata), ContentSchemas.ReadingMetadata.Keys.ToArray() },
        { typeof(ParagraphBreakEdits), ContentSchemas.ParagraphBreakEdits.Keys.ToArray() },
        { typeof(OriginalSource), ContentSchemas.OriginalSource.Keys.ToArray() },
        { typeof(OutlineSection), ContentSchemas.OutlineSection.Keys.ToArray() },
        { typeof(NoteSpec), ContentSchemas.NoteSpec.Keys.ToArray() },
        { typeof(SourceRef), ContentSchemas.SourceRef.Keys.ToArray() },
        { typeof(SiteConfig), ContentSchemas.SiteConfig.Keys.ToArray() },
        { typeof(GlossarySettings), ContentSchemas.GlossarySettings.Keys.ToArray() },
        { typeof(GlossaryEntry), ContentSchemas.GlossaryEntry.Keys.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Each_schema_has_the_fields_the_deserializer_reads(Type type, string[] keys) =>
        Assert.Equal(DeserializerFieldNames(type).Order(), keys.Order());

    /// <summary>The keys YamlDotNet's Deserializer (camel case, as Lectern configures it) reads into <paramref name="type"/>.</summary>
    private static IEnumerable<string> DeserializerFieldNames(Type type) => type.GetProperties()
        .Where(p => p.CanWrite && !Attribute.IsDefined(p, typeof(YamlDotNet.Serialization.YamlIgnoreAttribute)))
        .Select(p => YamlDotNet.Serialization.NamingConventions.CamelCaseNamingConvention.Instance.Apply(p.Name));

    [Fact]
    public void The_repository_content_is_read_by_the_fast_reader_as_by_the_deserializer()
    {
        AssertSameAsDeserializer<SiteConfig>(File.ReadAllText(Path.Combine(RepoPaths.Content, "site.yml")), fast: true);
        AssertSameAsDeserializer<List<GlossaryEntry>>(File.ReadAllText(Path.Combine(RepoPaths.Content, "glossary.yml")), fast: true);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Content, "readings"), "reading.yml", SearchOption.AllDirectories))
            AssertSameAsDeserializer<ReadingMetadata>(File.ReadAllText(file), fast: true);
    }

    public static TheoryData<string> WellFormed => new()
    {
        "",
        "# only a comment\n",
        "title: >-\n  folded\n  text\nsummary: |\n  literal\n  text\n",
        "date: 2021-06-30\ntitle: 42\nsummary: true\n",
        "outline: []\nnotes: []\n",
        "title: \"\"\n",
        "title: 'null'\n",
        "title: T # a trailing comment\n",
        "notes:\n- quote: q\n  text: t\n  sources:\n  - title: S\n    url: u\n",
    };

    [Theory]
    [MemberData(nameof(WellFormed))]
    public void A_well_formed_reading_is_read_fast_and_as_the_deserializer_reads_it(string yaml) =>
        AssertSameAsDeserializer<ReadingMetadata>(yaml, fast: true);

    /// <summary>Well-formed YAML outside the subset (flow mappings, explicit keys, document markers, escapes): the Deserializer reads it, with no error.</summary>
    public static TheoryData<string> WellFormedOutsideTheSubset => new()
    {
        "---\ntitle: T\n...\n",
        "title: 'single ''quoted'''\nsummary: \"double \\\"quoted\\\" \\u00e9\"\n",
        "source: { title: KCNA, url: 'https://kcna.kp', publisher: KCNA, date: 2021-06-30 }\n",
        "outline:\n  - title: Opening\n    start: 1\n    id: opening\n  - { title: Second, start: The meeting }\n",
        "notes:\n  - quote: a quote\n    prefix: before \n    suffix: ' after'\n    text: A note.\n    sources: [{ title: S, url: 'https://example.org' }]\n",
        "outline: [{ title: A, start: '1' }, ]\nparagraphBreaks: { add: [3], remove: [] }\n",
        "? title\n: T\n",
    };

    [Theory]
    [MemberData(nameof(WellFormedOutsideTheSubset))]
    public void Well_formed_yaml_outside_the_subset_is_read_by_the_deserializer(string yaml)
    {
        AssertSameAsDeserializer<ReadingMetadata>(yaml, fast: false);
        var bag = new DiagnosticBag();
        Assert.NotNull(YamlContentReader.Read<ReadingMetadata>(yaml, "f.yml", bag));
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void A_well_formed_glossary_and_site_are_read_fast()
    {
        AssertSameAsDeserializer<List<GlossaryEntry>>(
            "- id: wpk\n  term: WPK\n  forms: [Party, 'the WPK']\n  caseSensitive: true\n  definition: D\n  note: N\n  related: [kju]\n" +
            "  sources:\n    - title: S\n      url: https://example.org\n- id: kju\n  term: Kim\n  caseSensitive: false\n  definition: D\n" +
            "- id: x\n  term: X\n  caseSensitive: 'true'\n  definition: D\n- id: y\n  term: Y\n  caseSensitive: \"false\"\n  definition: D\n", fast: true);
        AssertSameAsDeserializer<SiteConfig>("title: T\nbaseUrl: https://x.org\nbasePath: /lectern/\nglossary:\n  marking: every\n", fast: true);
    }

    public static TheoryData<string> Declined => new()
    {
        "title:\n",
        "title: ~\n",
        "title: null\n",
        "source:\n",
        "title: !!str T\n",
        "title: &a T\nsummary: *a\n",
        "title: A\ntitle: B\n",
        "titel: T\n",
        "title: [a, b]\n",
        "outline: first\n",
        "source: KCNA\n",
        "title: [unclosed\n",
        "title: T\n---\ntitle: U\n",
        "outline:\n  -\n  - title: A\n",
        "source: { title }\n",
        "source: { title: }\n",
        "%YAML 1.2\n---\ntitle: T\n",
        "? title\n",
    };

    [Theory]
    [MemberData(nameof(Declined))]
    public void Anything_else_is_left_to_the_deserializer(string yaml) =>
        AssertSameAsDeserializer<ReadingMetadata>(yaml, fast: false);

    [Theory]
    [InlineData("yes")]
    [InlineData("True")]
    [InlineData("sometimes")]
    public void A_flag_other_than_true_or_false_is_left_to_the_deserializer(string flag) =>
        AssertSameAsDeserializer<List<GlossaryEntry>>($"- id: x\n  term: X\n  caseSensitive: {flag}\n  definition: D\n", fast: false);

    private static void AssertSameAsDeserializer<T>(string yaml, bool fast) where T : class
    {
        Assert.Equal(fast, YamlContentReader.TryReadFast<T>(yaml.AsMemory(), out var fastValue));
        var bag = new DiagnosticBag();
        var expected = YamlContentReader.ReadWithDeserializer<T>(yaml, "f.yml", bag);
        if (fast)
        {
            Assert.Empty(bag.Sorted());
            Assert.Equal(Json(expected), Json(fastValue));
        }
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object));
}
