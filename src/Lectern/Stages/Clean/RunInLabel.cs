using System.Text.RegularExpressions;

namespace Lectern.Stages.Clean;

/// <summary>
/// A run-in label: a short capitalised phrase and a colon that open a block, its text following on the same line
/// with a capital (<c>Information life cycle: As defined in ...</c>), as a definition list or a glossary sets its
/// entries. One such line could be a sentence that happens to open with a phrase and a colon; a document that
/// opens several lines so after the end of a sentence sets its entries as blocks of their own.
/// </summary>
public static partial class RunInLabel
{
    // Lines the document must open so, after the end of a sentence, before a label is taken to start a block.
    public const int MinLabelledLines = 3;

    // Up to five words, the first capitalised; the text after the colon starts with a capital (after any opening quote).
    [GeneratedRegex(@"^\p{Lu}[\p{L}\u00AD'’-]*(?: [\p{L}\u00AD'’-]+){0,4}:\s+[""“(]?\p{Lu}")]
    private static partial Regex Label();

    /// <summary>The label the line opens with (without its colon), or null.</summary>
    public static string? Of(ReadOnlySpan<char> words)
    {
        if (!Label().IsMatch(words)) return null;
        return words[..words.IndexOf(':')].ToString();
    }

    /// <summary>How many of the lines open with a run-in label right after a line that ends a sentence.</summary>
    public static int CountAfterSentences(IReadOnlyList<SourceLine> lines)
    {
        var count = 0;
        for (var i = 1; i < lines.Count; i++)
            if (TextShape.EndsSentence(lines[i - 1].Text) && Label().IsMatch(lines[i].Words)) count++;
        return count;
    }
}
