namespace Lectern.Documents;

/// <summary>The contents of <c>content/readings/&lt;slug&gt;/reading.yml</c>. Every field is optional.</summary>
public sealed class ReadingMetadata
{
    /// <summary>Overrides the title found in the source text.</summary>
    public string? Title { get; set; }

    /// <summary>Publication date of the original, ISO 8601 (<c>2021-06-30</c>).</summary>
    public string? Date { get; set; }

    public string? Summary { get; set; }

    public OriginalSource? Source { get; set; }

    public List<OutlineSection> Outline { get; set; } = [];

    public List<NoteSpec> Notes { get; set; } = [];

    /// <summary>The editor's corrections of paragraph breaks the layout could not settle.</summary>
    public ParagraphBreakEdits? ParagraphBreaks { get; set; }

    /// <summary>The editor's corrections of block kinds, by the source line a block starts on.</summary>
    public BlockKindEdits? Blocks { get; set; }
}

/// <summary>
/// Paragraph breaks an editor adds or removes, by source line number (as <c>lectern clean --report</c> and the
/// "Source and cleanup notes" page number them): for the few places where the layout shows no paragraph mark.
/// </summary>
public sealed class ParagraphBreakEdits : IHasSourcePosition
{
    /// <summary>Source lines that begin a new paragraph.</summary>
    public List<string> Add { get; set; } = [];

    /// <summary>Source lines that continue the paragraph before them.</summary>
    public List<string> Remove { get; set; } = [];
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Column { get; set; }
}

/// <summary>
/// <c>blocks: {heading: [12, 40], item: [51], paragraph: [77]}</c> in reading.yml: the source lines whose block is a
/// heading, a list item or a paragraph, whatever the cleaner found.
/// </summary>
public sealed class BlockKindEdits : IHasSourcePosition
{
    public List<string> Heading { get; set; } = [];
    public List<string> Item { get; set; } = [];
    public List<string> Paragraph { get; set; } = [];
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Column { get; set; }
}

/// <summary>The original publication the source text was taken from.</summary>
public sealed class OriginalSource : IHasSourcePosition
{
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public string? Date { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Column { get; set; }
}

/// <summary>A section heading the editor adds; <see cref="Start"/> is a paragraph number or its opening words.</summary>
public sealed class OutlineSection : IHasSourcePosition
{
    public string Title { get; set; } = "";
    public string Start { get; set; } = "";
    public string? Id { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Column { get; set; }
}

/// <summary>A note anchored to an exact quote of the cleaned text (a W3C TextQuoteSelector).</summary>
public sealed class NoteSpec : IHasSourcePosition
{
    public string? Id { get; set; }
    public string Quote { get; set; } = "";
    public string? Prefix { get; set; }
    public string? Suffix { get; set; }

    /// <summary>The note body, in Markdown.</summary>
    public string Text { get; set; } = "";
    public List<SourceRef> Sources { get; set; } = [];
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Column { get; set; }
}

/// <summary>A public reference cited by a glossary entry or a note.</summary>
public sealed class SourceRef : IHasSourcePosition
{
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Line { get; set; }
    [YamlDotNet.Serialization.YamlIgnore] public int Column { get; set; }
}
