using System.Text;
using Lectern.Diagnostics;
using Lectern.Stages.Link;
using Lectern.Stages.Write;

namespace Lectern.Pipeline.Incremental;

/// <summary>
/// The bytes of a <see cref="BuildRecord"/>, written and read with <see cref="BinaryWriter"/> (no reflection: the CLI is
/// Native AOT). A heading with the format's version and the key of the Lectern and folders that wrote it, then the
/// <see cref="RecordedBuild"/> field by field, then an end mark, so that a record cut short is never taken.
/// </summary>
internal static class BuildRecordFormat
{
    private const string Heading = "lectern build record";
    private const int Version = 1;
    private const string End = "end of record";

    public static void Write(Stream stream, string key, RecordedBuild build)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Heading);
        writer.Write(Version);
        writer.Write(key);
        writer.Write(build.Stamp.MarkerWritten.Ticks);
        writer.Write(build.Stamp.MarkerLength);
        WriteStrings(writer, build.Files.Order(StringComparer.Ordinal).ToList());
        writer.Write(build.Tree.Entries.Count);
        foreach (var (path, entry) in build.Tree.Entries)
        {
            writer.Write(path);
            writer.Write(entry.Length);
            writer.Write(entry.WrittenTicks);
        }
        writer.Write(build.Terms.Count);
        foreach (var term in build.Terms) WriteOptional(writer, term);
        writer.Write(build.Readings.Count);
        foreach (var (folder, reading) in build.Readings)
        {
            writer.Write(folder);
            WriteReading(writer, reading);
        }
        WriteSearchIndex(writer, build.SearchIndex);
        WriteThemeFiles(writer, build.ThemeFiles);
        WriteConcordance(writer, build.Concordance);
        writer.Write(End);
    }

    /// <summary>The record in <paramref name="stream"/>; null when it is of another format or <paramref name="key"/>. Throws on bytes that are not a record.</summary>
    public static RecordedBuild? Read(Stream stream, string key)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Heading || reader.ReadInt32() != Version || reader.ReadString() != key) return null;
        var stamp = new OutputStamp(new DateTime(reader.ReadInt64(), DateTimeKind.Utc), reader.ReadInt64());
        var files = ReadStrings(reader).ToHashSet(StringComparer.Ordinal);
        var tree = new Dictionary<string, OutputEntry>(StringComparer.Ordinal);
        for (var count = Count(reader); count > 0; count--) tree[reader.ReadString()] = new OutputEntry(reader.ReadInt64(), reader.ReadInt64());
        var terms = new string?[Count(reader)];
        for (var i = 0; i < terms.Length; i++) terms[i] = ReadOptional(reader);
        var readings = new Dictionary<string, RememberedReading>(StringComparer.Ordinal);
        for (var count = Count(reader); count > 0; count--) readings[reader.ReadString()] = ReadReading(reader);
        var searchIndex = ReadSearchIndex(reader);
        var themeFiles = ReadThemeFiles(reader);
        var concordance = ReadConcordance(reader);
        if (reader.ReadString() != End) throw new FormatException("the build record does not end where it should");
        return new RecordedBuild(readings, files, stamp, new OutputTree(tree), terms, searchIndex, themeFiles, concordance);
    }

    private static void WriteReading(BinaryWriter writer, RememberedReading reading)
    {
        var sources = reading.Sources;
        writer.Write(sources.Digest);
        writer.Write(sources.Taken.Ticks);
        writer.Write(sources.Files.Count);
        foreach (var file in sources.Files)
        {
            writer.Write(file.Path);
            writer.Write(file.Length);
            writer.Write(file.Written.Ticks);
        }
        var laidOut = reading.LaidOut!;
        writer.Write(laidOut.Digest);
        writer.Write(laidOut.SiteDigest);
        PublishedReadingFormat.Write(writer, laidOut.Published);
        WriteDiagnostics(writer, laidOut.Diagnostics);
        WriteStrings(writer, laidOut.Files);
        WriteBytes(writer, laidOut.SearchPostings);
    }

    private static RememberedReading ReadReading(BinaryReader reader)
    {
        var digest = reader.ReadString();
        var taken = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
        var files = new SourceFileStamp[Count(reader)];
        for (var i = 0; i < files.Length; i++)
            files[i] = new SourceFileStamp(reader.ReadString(), reader.ReadInt64(), new DateTime(reader.ReadInt64(), DateTimeKind.Utc));
        var laidOut = new LaidOutReading(reader.ReadString(), reader.ReadString(), PublishedReadingFormat.Read(reader),
            ReadDiagnostics(reader), ReadStrings(reader), ReadBytes(reader));
        return new RememberedReading(new ReadingSources(digest, files, taken), null, laidOut);
    }

    private static void WriteSearchIndex(BinaryWriter writer, SearchIndexMade? made)
    {
        writer.Write(made is not null);
        if (made is null) return;
        writer.Write(made.SiteDigest);
        writer.Write(made.Inputs.Count);
        foreach (var (slug, postings) in made.Inputs)
        {
            writer.Write(slug);
            WriteBytes(writer, postings);
        }
        WriteStrings(writer, made.Files);
    }

    private static SearchIndexMade? ReadSearchIndex(BinaryReader reader)
    {
        if (!reader.ReadBoolean()) return null;
        var digest = reader.ReadString();
        var inputs = new (string, byte[])[Count(reader)];
        for (var i = 0; i < inputs.Length; i++) inputs[i] = (reader.ReadString(), ReadBytes(reader));
        return new SearchIndexMade(digest, inputs, ReadStrings(reader));
    }

    private static void WriteThemeFiles(BinaryWriter writer, ThemeFilesMade? made)
    {
        writer.Write(made is not null);
        if (made is null) return;
        writer.Write(made.SiteDigest);
        WriteStrings(writer, made.Files);
        WriteDiagnostics(writer, made.Diagnostics);
    }

    private static ThemeFilesMade? ReadThemeFiles(BinaryReader reader) =>
        reader.ReadBoolean() ? new ThemeFilesMade(reader.ReadString(), ReadStrings(reader), ReadDiagnostics(reader)) : null;

    private static void WriteConcordance(BinaryWriter writer, ConcordanceMade? made)
    {
        writer.Write(made is not null);
        if (made is null) return;
        writer.Write(made.SiteDigest);
        writer.Write(made.Occurrences.Count);
        foreach (var (id, entries) in made.Occurrences)
        {
            writer.Write(id);
            writer.Write(entries.Count);
            foreach (var entry in entries)
            {
                writer.Write(entry.Slug);
                writer.Write(entry.ReadingTitle);
                WriteNumbers(writer, entry.Paragraphs);
            }
        }
    }

    private static ConcordanceMade? ReadConcordance(BinaryReader reader)
    {
        if (!reader.ReadBoolean()) return null;
        var digest = reader.ReadString();
        var occurrences = new Dictionary<string, IReadOnlyList<ConcordanceEntry>>(StringComparer.Ordinal);
        for (var count = Count(reader); count > 0; count--)
        {
            var id = reader.ReadString();
            var entries = new ConcordanceEntry[Count(reader)];
            for (var i = 0; i < entries.Length; i++) entries[i] = new ConcordanceEntry(reader.ReadString(), reader.ReadString(), ReadNumbers(reader));
            occurrences[id] = entries;
        }
        return new ConcordanceMade(digest, occurrences);
    }

    private static void WriteDiagnostics(BinaryWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            writer.Write(d.Code);
            writer.Write((int)d.Severity);
            writer.Write(d.File);
            writer.Write(d.Line);
            writer.Write(d.Column);
            writer.Write(d.Message);
        }
    }

    private static Diagnostic[] ReadDiagnostics(BinaryReader reader)
    {
        var diagnostics = new Diagnostic[Count(reader)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var code = reader.ReadString();
            var severity = reader.ReadInt32() switch
            {
                (int)DiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
                (int)DiagnosticSeverity.Error => DiagnosticSeverity.Error,
                _ => throw new FormatException("a build record diagnostic of no known severity"),
            };
            diagnostics[i] = new Diagnostic(code, severity, reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
        }
        return diagnostics;
    }

    internal static void WriteStrings(BinaryWriter writer, IReadOnlyCollection<string> strings)
    {
        writer.Write(strings.Count);
        foreach (var s in strings) writer.Write(s);
    }

    internal static string[] ReadStrings(BinaryReader reader)
    {
        var strings = new string[Count(reader)];
        for (var i = 0; i < strings.Length; i++) strings[i] = reader.ReadString();
        return strings;
    }

    internal static void WriteNumbers(BinaryWriter writer, IReadOnlyList<int> numbers)
    {
        writer.Write(numbers.Count);
        foreach (var n in numbers) writer.Write(n);
    }

    internal static int[] ReadNumbers(BinaryReader reader)
    {
        var numbers = new int[Count(reader)];
        for (var i = 0; i < numbers.Length; i++) numbers[i] = reader.ReadInt32();
        return numbers;
    }

    internal static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    internal static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteBytes(BinaryWriter writer, byte[] bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static byte[] ReadBytes(BinaryReader reader)
    {
        var length = Count(reader);
        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new EndOfStreamException();
    }

    /// <summary>A count, which a damaged record could give as negative or larger than any record holds.</summary>
    internal static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length ? count : throw new FormatException("a build record count out of range");
    }
}
