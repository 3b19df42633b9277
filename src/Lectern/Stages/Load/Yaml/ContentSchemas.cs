using Lectern.Documents;
using Lectern.Glossary;

namespace Lectern.Stages.Load;

/// <summary>
/// The fields of the content files for <see cref="YamlSubsetReader"/>: the same keys YamlDotNet's
/// Deserializer finds on the records (a test keeps the two in step). A key missing here is not
/// lost: the file is then read by the Deserializer, only more slowly.
/// </summary>
internal static class ContentSchemas
{
    internal static readonly YamlSchema<SourceRef> SourceRef = new YamlSchema<SourceRef>()
        .Field("title", (r, s) => s.Title = r.ReadString())
        .Field("url", (r, s) => s.Url = r.ReadString());

    internal static readonly YamlSchema<OriginalSource> OriginalSource = new YamlSchema<OriginalSource>()
        .Field("title", (r, s) => s.Title = r.ReadString())
        .Field("publisher", (r, s) => s.Publisher = r.ReadString())
        .Field("url", (r, s) => s.Url = r.ReadString())
        .Field("date", (r, s) => s.Date = r.ReadString());

    internal static readonly YamlSchema<OutlineSection> OutlineSection = new YamlSchema<OutlineSection>()
        .Field("title", (r, s) => s.Title = r.ReadString())
        .Field("start", (r, s) => s.Start = r.ReadString())
        .Field("id", (r, s) => s.Id = r.ReadString());

    internal static readonly YamlSchema<NoteSpec> NoteSpec = new YamlSchema<NoteSpec>()
        .Field("id", (r, n) => n.Id = r.ReadString())
        .Field("quote", (r, n) => n.Quote = r.ReadString())
        .Field("prefix", (r, n) => n.Prefix = r.ReadString())
        .Field("suffix", (r, n) => n.Suffix = r.ReadString())
        .Field("text", (r, n) => n.Text = r.ReadString())
        .Field("sources", (r, n) => n.Sources = r.ReadList(item => item.ReadObject(SourceRef)));

    internal static readonly YamlSchema<ParagraphBreakEdits> ParagraphBreakEdits = new YamlSchema<ParagraphBreakEdits>()
        .Field("add", (r, e) => e.Add = r.ReadStringList())
        .Field("remove", (r, e) => e.Remove = r.ReadStringList());

    internal static readonly YamlSchema<BlockKindEdits> BlockKindEdits = new YamlSchema<BlockKindEdits>()
        .Field("heading", (r, e) => e.Heading = r.ReadStringList())
        .Field("item", (r, e) => e.Item = r.ReadStringList())
        .Field("paragraph", (r, e) => e.Paragraph = r.ReadStringList());

    internal static readonly YamlSchema<ReadingMetadata> ReadingMetadata = new YamlSchema<ReadingMetadata>()
        .Field("title", (r, m) => m.Title = r.ReadString())
        .Field("date", (r, m) => m.Date = r.ReadString())
        .Field("summary", (r, m) => m.Summary = r.ReadString())
        .Field("source", (r, m) => m.Source = r.ReadObject(OriginalSource))
        .Field("outline", (r, m) => m.Outline = r.ReadList(item => item.ReadObject(OutlineSection)))
        .Field("notes", (r, m) => m.Notes = r.ReadList(item => item.ReadObject(NoteSpec)))
        .Field("paragraphBreaks", (r, m) => m.ParagraphBreaks = r.ReadObject(ParagraphBreakEdits))
        .Field("blocks", (r, m) => m.Blocks = r.ReadObject(BlockKindEdits));

    internal static readonly YamlSchema<GlossarySettings> GlossarySettings = new YamlSchema<GlossarySettings>()
        .Field("marking", (r, g) => g.Marking = r.ReadString());

    internal static readonly YamlSchema<SiteConfig> SiteConfig = new YamlSchema<SiteConfig>()
        .Field("title", (r, c) => c.Title = r.ReadString())
        .Field("description", (r, c) => c.Description = r.ReadString())
        .Field("baseUrl", (r, c) => c.BaseUrl = r.ReadString())
        .Field("basePath", (r, c) => c.BasePath = r.ReadString())
        .Field("theme", (r, c) => c.Theme = r.ReadString())
        .Field("language", (r, c) => c.Language = r.ReadString())
        .Field("cname", (r, c) => c.Cname = r.ReadString())
        .Field("glossary", (r, c) => c.Glossary = r.ReadObject(GlossarySettings));

    internal static readonly YamlSchema<GlossaryEntry> GlossaryEntry = new YamlSchema<GlossaryEntry>()
        .Field("id", (r, e) => e.Id = r.ReadString())
        .Field("term", (r, e) => e.Term = r.ReadString())
        .Field("forms", (r, e) => e.Forms = r.ReadStringList())
        .Field("caseSensitive", (r, e) => e.CaseSensitive = r.ReadBool())
        .Field("definition", (r, e) => e.Definition = r.ReadString())
        .Field("note", (r, e) => e.Note = r.ReadString())
        .Field("related", (r, e) => e.Related = r.ReadStringList())
        .Field("sources", (r, e) => e.Sources = r.ReadList(item => item.ReadObject(SourceRef)));

    /// <summary>How the root of a file of type <typeparamref name="T"/> is read, or null for a type read only by the Deserializer.</summary>
    public static Func<YamlSubsetReader, T>? RootReader<T>() where T : class => Root<T>.Read;

    private static class Root<T> where T : class
    {
        public static readonly Func<YamlSubsetReader, T>? Read = Roots.TryGetValue(typeof(T), out var read) ? r => (T)read(r) : null;
    }

    private static readonly Dictionary<Type, Func<YamlSubsetReader, object>> Roots = new()
    {
        [typeof(ReadingMetadata)] = r => r.ReadObject(ReadingMetadata),
        [typeof(SiteConfig)] = r => r.ReadObject(SiteConfig),
        [typeof(List<GlossaryEntry>)] = r => r.ReadList(item => item.ReadObject(GlossaryEntry)),
    };

    /// <summary>The keys of the content type named <paramref name="typeFullName"/> (as YamlDotNet's messages name it), or null.</summary>
    public static IEnumerable<string>? KeysOf(string typeFullName) => Schemas.GetValueOrDefault(typeFullName);

    private static readonly Dictionary<string, IEnumerable<string>> Schemas = new(StringComparer.Ordinal)
    {
        [typeof(SourceRef).FullName!] = SourceRef.Keys,
        [typeof(OriginalSource).FullName!] = OriginalSource.Keys,
        [typeof(OutlineSection).FullName!] = OutlineSection.Keys,
        [typeof(NoteSpec).FullName!] = NoteSpec.Keys,
        [typeof(ReadingMetadata).FullName!] = ReadingMetadata.Keys,
        [typeof(ParagraphBreakEdits).FullName!] = ParagraphBreakEdits.Keys,
        [typeof(BlockKindEdits).FullName!] = BlockKindEdits.Keys,
        [typeof(GlossarySettings).FullName!] = GlossarySettings.Keys,
        [typeof(SiteConfig).FullName!] = SiteConfig.Keys,
        [typeof(GlossaryEntry).FullName!] = GlossaryEntry.Keys,
    };
}
