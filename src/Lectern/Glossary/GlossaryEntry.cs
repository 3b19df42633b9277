using Lectern.Documents;

namespace Lectern.Glossary;

/// <summary>One entry of <c>content/glossary.yml</c>.</summary>
public sealed class GlossaryEntry : IHasSourcePosition
{
    /// <summary>The slug: the entry's id on the glossary page and in <c>data-term</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The headword, also matched in the text.</summary>
    public string Term { get; set; } = "";

    /// <summary>Other forms to match: plurals, abbreviations, variants.</summary>
    public List<string> Forms { get; set; } = [];

    public bool CaseSensitive { get; set; }

    /// <summary>One to three sentences, in Markdown.</summary>
    public string Definition { get; set; } = "";

    /// <summary>An optional longer note, in Markdown.</summary>
    public string? Note { get; set; }

    public List<string> Related { get; set; } = [];

    public List<SourceRef> Sources { get; set; } = [];

    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Column { get; set; }
}
