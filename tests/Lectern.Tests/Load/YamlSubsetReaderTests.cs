using System.Text.Json;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Stages.Load;
using Lectern.Tests.Support;

namespace Lectern.Tests.Load;

/// <summary>
/// The fast tier (<see cref="YamlSubsetReader"/> over <see cref="SimpleYamlReader"/>) must read a file exactly as
/// YamlDotNet's Deserializer does (values and positions), or decline it; what it declines the Deserializer reads,
/// with the same result and the same errors as if it alone had read the file.
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

    public static TheoryData<string> RepositoryFiles =>
    [
        "site.yml",
        "glossary.yml",
        .. Directory.GetFiles(Path.Combine(RepoPaths.Content, "readings"), "reading.yml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepoPaths.Content, file)),
    ];

    [Theory]
    [MemberData(nameof(RepositoryFiles))]
    public void The_repository_content_is_read_by_the_simple_reader(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Content, file));
        switch (Path.GetFileName(file))
        {
            case "site.yml": AssertSimple<SiteConfig>(yaml, simple: true); break;
            case "glossary.yml": AssertSimple<List<GlossaryEntry>>(yaml, simple: true); break;
            default: AssertSimple<ReadingMetadata>(yaml, simple: true); break;
        }
    }

    public static TheoryData<string> Read => new()
    {
        "",
        "# only a comment\n\n   \n",
        "title: T",
        "title: T\n",
        "  title: T\n  summary: S\n",
        "title:    spaced   \nsummary: a # comment\ndate: a#b\n",
        "title: https://example.org/a:b?c=d#e\n",
        "title: a, b [c] {d} 'e' \"f\" \\g\n",
        "title: yes\nsummary: off\ndate: 0o17\n",
        "title: 017\nsummary: 0x1F\ndate: 1e3\n",
        "title: -0-\nsummary: ?a\ndate: :b\n",
        "title: .inf\nsummary: -.nan\ndate: 2021-06-30T12:00:00Z\n",
        "title: nulls\nsummary: NuLL\ndate: none\n",
        "title: 'single ''quoted'' # not a comment'\nsummary: \"double 'quoted' # nor this\"\n",
        "title: ''\nsummary: \"\"\n",
        "title: 'null'\nsummary: \"~\"\n",
        "title: \"T\" # comment\n",
        "title: >-\n  folded\n  text\nsummary: |\n  literal\n  text\n",
        "title: >\n  clipped\n  folded\n\n\nsummary: |-\n  stripped\n\n  literal\n",
        "title: >-\n  one\n\n  two\n\n\n  three\n",
        "title: |\n  one\n    indented\n\n  two\n",
        "title: >- # comment\n  # not a comment\n  text\n# a comment\nsummary: S\n",
        "title: >\n  at the end",
        "title: |\n  at the end\n",
        "title: >-\n    deeper\n    indent\nsummary: S\n",
        "notes:\n  - id: a\n    quote: q\n    text: >-\n      A note\n      folded.\n    sources:\n      - title: \"S: T\"\n        url: https://example.org\n\n  - id: b\n    quote: r\n",
        "notes:\n- quote: q\n  text: t\n  sources:\n  - title: S\n    url: u\n",
        "notes:\n  -   quote: q\n      text: t\n  -\n    quote: r\n",
        "outline: []\nnotes: []\n",
        "paragraphBreaks:\n  add: [3, '4', \"p 5\", a b]\n  remove: [ x ,y ] # comment\n",
        "source:\n  title: KCNA\n  url: https://kcna.kp\n\n\n# end\n",
    };

    [Theory]
    [MemberData(nameof(Read))]
    public void A_simple_file_is_read_as_the_deserializer_reads_it(string yaml) =>
        AssertSimple<ReadingMetadata>(yaml, simple: true);

    public static TheoryData<string> Declined => new()
    {
        "title:\n",
        "title: ~\n",
        "title: null\n",
        "title: Null\n",
        "title: NULL\n",
        "title: T\ntitle: U\n",
        "titel: T\n",
        "\uFEFFtitle: T\n",
        "title: T\r\nsummary: S\r\n",
        "title: T\n\tsummary: S\n",
        "title: a\tb\n",
        "title: a\u0085b\n",
        "title: a\u2028b\n",
        "---\ntitle: T\n",
        "title: T\n...\n",
        "%YAML 1.1\n---\ntitle: T\n",
        "title: !!str T\n",
        "title: &a T\nsummary: *a\n",
        "title: multi-line\n  plain\n",
        "title: multi-line\n\n  plain\n",
        "title: 'multi-line\n  quoted'\n",
        "title: \"escaped \\\"quote\\\"\"\n",
        "title: \"escaped \\u00e9\"\n",
        "title: \"line \\\n  continued\"\n",
        "title: 'a' b\n",
        "title: 'a'# b\n",
        "title: a: b\n",
        "title: a:\n",
        "title: - a\n",
        "title: ? a\n",
        "title: @a\n",
        "title: `a`\n",
        "title: |+\n  kept\n\n",
        "title: >2\n   indented\n",
        "title: >-\n\n  leading blank\n",
        "title: >-\n  a\n    more indented\n",
        "title: >-\n  trailing space \n",
        "title: >-\n  a\n     \n  b\n",
        "title: >-\nnot indented\n",
        "title: >- trailing\n  a\n",
        "title: >-",
        "title: >-\n   a\n  b\n",
        "source: { title: T }\n",
        "notes: [{ quote: q }]\n",
        "outline: [a, [b]]\n",
        "paragraphBreaks:\n  add: [a,]\n",
        "paragraphBreaks:\n  add: [a,,b]\n",
        "paragraphBreaks:\n  add: [a\n    , b]\n",
        "paragraphBreaks:\n  add: [a]b\n",
        "paragraphBreaks:\n  add: [a: b]\n",
        "paragraphBreaks:\n  add: [null]\n",
        "notes:\n  -\n  - quote: q\n",
        "notes:\n  - quote: q\n   text: t\n",
        "notes:\n  - quote: q\n      text: t\n",
        "notes:\n  - quote: q\n  text: t\n",
        "notes:\n  - - quote: q\n",
        "source:\n  title: T\n    url: u\n",
        "source:\n  title: T\n url: u\n",
        "source: title: T\n",
        "? title\n: T\n",
        "title : T\n",
        "title:T\n",
        "'title': T\n",
        "title: T\n  \nsummary: S\n   more\n",
        "source:\n",
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
        "---\ntitle: T\n...\n",
        "source: { title: KCNA, url: 'https://kcna.kp', publisher: KCNA, date: 2021-06-30 }\n",
        "outline: [{ title: A, start: '1' }, ]\nparagraphBreaks: { add: [3], remove: [] }\n",
    };

    [Theory]
    [MemberData(nameof(Declined))]
    public void Anything_else_is_declined(string yaml) => AssertSimple<ReadingMetadata>(yaml, simple: false);

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", true)]
    [InlineData("'true'", true)]
    [InlineData("yes", false)]
    [InlineData("on", false)]
    [InlineData("True", false)]
    public void A_flag_is_read_only_as_true_or_false(string flag, bool simple) =>
        AssertSimple<List<GlossaryEntry>>($"- id: x\n  term: X\n  forms: [A, 'B']\n  caseSensitive: {flag}\n  definition: D\n", simple);

    [Fact]
    public void Positions_are_those_of_the_deserializer()
    {
        var yaml = "# head\n\n- id: x\n  term: X\n  sources:\n    - title: S\n      url: u\n    -   title: T\n        url: v\n  definition: D\n" +
                   "-\n  id: y\n  term: Y\n  definition: D\n  sources:\n  - title: U\n    url: w\n";
        AssertSimple<List<GlossaryEntry>>(yaml, simple: true);
        Assert.True(TrySimple<List<GlossaryEntry>>(yaml, out var entries));
        Assert.Equal((8, 9), (entries![0].Sources[1].Line, entries[0].Sources[1].Column));
    }

    /// <summary>Every cut and every edit of a real file is read as the Deserializer reads it, or declined; it never throws anything else.</summary>
    [Fact]
    public void Cut_and_edited_files_are_read_as_the_deserializer_reads_them_or_declined()
    {
        var reading = Directory.GetFiles(Path.Combine(RepoPaths.Content, "readings"), "reading.yml", SearchOption.AllDirectories)[0];
        AssertCutsAndEdits<ReadingMetadata>(File.ReadAllText(reading));
        AssertCutsAndEdits<List<GlossaryEntry>>(File.ReadAllText(Path.Combine(RepoPaths.Content, "glossary.yml")));
    }

    private static void AssertCutsAndEdits<T>(string file) where T : class
    {
        var sample = file[..Math.Min(file.Length, 2500)];
        var read = 0;
        for (var i = 0; i <= sample.Length; i++)
        {
            read += Compare<T>(sample[..i]);
            if (i < sample.Length)
            {
                read += Compare<T>(sample.Remove(i, 1));
                read += Compare<T>(sample.Insert(i, i % 3 == 0 ? " " : i % 3 == 1 ? "\n" : "#"));
            }
        }
        // The cuts at line ends and many edits keep a readable file: the comparison above is not vacuous.
        Assert.True(read > sample.Length / 2, $"only {read} variants were read");
    }

    private static int Compare<T>(string yaml) where T : class
    {
        if (!TrySimple<T>(yaml, out var value)) return 0;
        var bag = new DiagnosticBag();
        var expected = YamlContentReader.ReadWithDeserializer<T>(yaml, "f.yml", bag);
        Assert.True(bag.Sorted().Count == 0, $"read a file the Deserializer rejects:\n{yaml}");
        Assert.True(Json(expected) == Json(value), $"read differently:\n{yaml}");
        return 1;
    }

    private static void AssertSimple<T>(string yaml, bool simple) where T : class
    {
        Assert.Equal(simple, TrySimple<T>(yaml, out var value));
        var bag = new DiagnosticBag();
        var expected = YamlContentReader.ReadWithDeserializer<T>(yaml, "f.yml", bag);
        if (simple)
        {
            Assert.Empty(bag.Sorted());
            Assert.Equal(Json(expected), Json(value));
        }
        // Whatever the fast tier declines, the Deserializer reads as if it alone had read the file.
        var again = new DiagnosticBag();
        Assert.Equal(Json(expected), Json(YamlContentReader.Read<T>(yaml, "f.yml", again)));
        Assert.Equal(bag.Sorted().Select(d => d.ToString()), again.Sorted().Select(d => d.ToString()));
    }

    private static bool TrySimple<T>(string yaml, out T? value) where T : class
    {
        try
        {
            value = new YamlSubsetReader(yaml.AsMemory()).ReadDocument(ContentSchemas.RootReader<T>()!);
            return true;
        }
        catch (YamlSubsetReader.OffFastPath)
        {
            value = null;
            return false;
        }
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object));
}
