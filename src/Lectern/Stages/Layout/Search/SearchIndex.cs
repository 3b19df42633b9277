using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lectern.Documents;

namespace Lectern.Stages.Layout.Search;

/// <summary>
/// The site's search index, made from the terms each reading's <see cref="SearchTextFiles"/> gathered:
/// <list type="bullet">
/// <item><c>search/meta.json</c>: <c>{"r": [reading slugs, newest first], "n": [each reading's hits per text file], "k": [shard keys],
/// "g": [[a glossary entry's forms, as terms joined by spaces], ...], "f": {letter: folded}}</c> (the
/// <see cref="DiacriticFolding"/> table);</item>
/// <item><c>search/terms/&lt;key&gt;.json</c> (<see cref="SearchShards"/>): <c>{term: postings}</c>, where postings are
/// <c>;</c>-separated <c>R:h,h,...</c> per reading: <c>R</c> the reading's index less the previous entry's, each
/// <c>h</c> a hit number less the previous one, all in base 36.</item>
/// </list>
/// </summary>
public sealed class SearchIndex : IPageGenerator
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        var readings = context.Index.ReadingsInOrder;
        var perFile = new int[readings.Count];
        var postings = Postings(context.SearchPostings, readings, perFile);
        var terms = postings.Keys.Order(StringComparer.Ordinal).ToList();
        var shards = SearchShards.Split(terms, t => t.Length + postings[t].Text.Length + 6);
        foreach (var (key, shardTerms) in shards)
            yield return new OutputFile(SearchFiles.Shard(key), Json(json =>
            {
                json.WriteStartObject();
                foreach (var term in shardTerms) json.WriteString(term, postings[term].Text.ToString());
                json.WriteEndObject();
            }));
        yield return new OutputFile(SearchFiles.Meta, Json(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("r");
            foreach (var reading in readings) json.WriteStringValue(reading.Slug);
            json.WriteEndArray();
            json.WriteStartArray("n");
            foreach (var n in perFile) json.WriteNumberValue(n);
            json.WriteEndArray();
            json.WriteStartArray("k");
            foreach (var (key, _) in shards) json.WriteStringValue(key);
            json.WriteEndArray();
            json.WriteStartArray("g");
            foreach (var forms in GlossaryForms(context.Site.Glossary.Entries))
            {
                json.WriteStartArray();
                foreach (var form in forms) json.WriteStringValue(form);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartObject("f");
            foreach (var (letter, plain) in DiacriticFolding.Table.OrderBy(e => e.Key)) json.WriteString(letter.ToString(), plain);
            json.WriteEndObject();
            json.WriteEndObject();
        }));
    }

    /// <summary>Every term's postings over all readings, in reading order, and each reading's hits per text file; linear in the readings' terms.</summary>
    private static Dictionary<string, TermPostings> Postings(SearchPostings gathered, IReadOnlyList<Reading> readings, int[] perFile)
    {
        var postings = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
        for (var r = 0; r < readings.Count; r++)
        {
            var taken = gathered.Take(readings[r].Slug);
            perFile[r] = taken.HitsPerTextFile;
            foreach (var (term, hits) in taken.Terms)
            {
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(postings, term, out var known);
                entry ??= new TermPostings();
                var list = entry.Text;
                if (known) list.Append(';');
                Base36(list, r - entry.LastReading).Append(':');
                entry.LastReading = r;
                var previous = 0;
                for (var i = 0; i < hits.Length; i++)
                {
                    if (i > 0) list.Append(',');
                    Base36(list, hits[i] - previous);
                    previous = hits[i];
                }
            }
        }
        return postings;
    }

    /// <summary>A term's postings as written so far, and the reading they last listed (the next is written less it).</summary>
    private sealed class TermPostings
    {
        public readonly StringBuilder Text = new();
        public int LastReading;
    }

    /// <summary>Each glossary entry's headword and forms as terms, the entries with more than one distinct form only.</summary>
    private static IEnumerable<List<string>> GlossaryForms(IEnumerable<Glossary.GlossaryEntry> entries)
    {
        foreach (var entry in entries)
        {
            var forms = entry.Forms.Prepend(entry.Term)
                .Select(f => string.Join(' ', SearchTerms.Of(f)))
                .Where(f => f.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (forms.Count > 1) yield return forms;
        }
    }

    private static StringBuilder Base36(StringBuilder to, int value)
    {
        Span<char> digits = stackalloc char[8];
        var at = digits.Length;
        do
        {
            var d = value % 36;
            digits[--at] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
            value /= 36;
        } while (value > 0);
        return to.Append(digits[at..]);
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var bytes = new MemoryStream();
        using (var json = new Utf8JsonWriter(bytes, Options)) write(json);
        bytes.WriteByte((byte)'\n');
        return bytes.ToArray();
    }
}
