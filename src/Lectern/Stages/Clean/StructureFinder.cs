using System.Text.RegularExpressions;

namespace Lectern.Stages.Clean;

/// <summary>Recognises the parts of a news agency report: the dateline and the end mark.</summary>
public static partial class StructureFinder
{
    /// <summary>Matches <c>Pyongyang, June 30 (KCNA) --</c> at the start of a line.</summary>
    [GeneratedRegex(@"^(?<dateline>\p{Lu}[\p{L} .'’-]*, (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2} \((?:[A-Z][A-Za-z-]*)\))\s*(?:--|—|–)\s*")]
    public static partial Regex Dateline();

    /// <summary>The KCNA end mark at the very end of the text.</summary>
    [GeneratedRegex(@"\s*-0-\s*$")]
    public static partial Regex EndMark();
}
