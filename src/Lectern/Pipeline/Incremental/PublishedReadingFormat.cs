using Lectern.Anchors;
using Lectern.Documents;
using static Lectern.Pipeline.Incremental.BuildRecordFormat;

namespace Lectern.Pipeline.Incremental;

/// <summary>
/// A reading as <see cref="Reading.Published"/> leaves it, in a <see cref="BuildRecord"/>: every field that
/// method keeps, so that the reading read back makes the same site-wide pages as the one written.
/// </summary>
internal static class PublishedReadingFormat
{
    public static void Write(BinaryWriter writer, Reading reading)
    {
        writer.Write(reading.Slug);
        writer.Write(reading.SourcePath);
        writer.Write(reading.MetadataPath);
        writer.Write(reading.ParagraphCount);
        var metadata = reading.Metadata;
        WriteOptional(writer, metadata.Title);
        WriteOptional(writer, metadata.Date);
        WriteOptional(writer, metadata.Summary);
        writer.Write(metadata.Source is not null);
        if (metadata.Source is { } source)
        {
            WriteOptional(writer, source.Title);
            WriteOptional(writer, source.Publisher);
            WriteOptional(writer, source.Url);
            WriteOptional(writer, source.Date);
            writer.Write(source.Line);
            writer.Write(source.Column);
        }
        writer.Write(reading.AnchorLock.Path);
        writer.Write(reading.AnchorLock.Exists);
        writer.Write(reading.AnchorLock.Entries.Count);
        foreach (var anchor in reading.AnchorLock.Entries)
        {
            writer.Write(anchor.Number);
            writer.Write(anchor.Opening);
            writer.Write(anchor.Line);
            writer.Write(anchor.Column);
        }
        writer.Write(reading.AnchorLock.Headings.Count);
        foreach (var heading in reading.AnchorLock.Headings)
        {
            writer.Write(heading.Id);
            writer.Write(heading.Opening);
            writer.Write(heading.Line);
            writer.Write(heading.Column);
        }
        writer.Write(reading.Clean is not null);
        if (reading.Clean is { } clean)
        {
            writer.Write(clean.Title);
            WriteOptional(writer, clean.Dateline);
            WriteOptional(writer, clean.EndMark);
        }
        var enrichment = reading.Enrichment;
        writer.Write(enrichment.Sections.Count);
        foreach (var section in enrichment.Sections)
        {
            writer.Write(section.Id);
            writer.Write(section.Title);
            writer.Write(section.FirstParagraph);
        }
        writer.Write(enrichment.Terms.Count);
        foreach (var term in enrichment.Terms)
        {
            writer.Write(term.EntryId);
            writer.Write(term.Paragraph);
        }
        WriteStrings(writer, enrichment.FrameTerms);
    }

    public static Reading Read(BinaryReader reader)
    {
        var slug = reader.ReadString();
        var sourcePath = reader.ReadString();
        var metadataPath = reader.ReadString();
        var paragraphCount = reader.ReadInt32();
        var metadata = new ReadingMetadata { Title = ReadOptional(reader), Date = ReadOptional(reader), Summary = ReadOptional(reader) };
        if (reader.ReadBoolean())
            metadata.Source = new OriginalSource
            {
                Title = ReadOptional(reader), Publisher = ReadOptional(reader), Url = ReadOptional(reader), Date = ReadOptional(reader),
                Line = reader.ReadInt32(), Column = reader.ReadInt32(),
            };
        var lockPath = reader.ReadString();
        var lockExists = reader.ReadBoolean();
        var anchors = new LockedAnchor[Count(reader)];
        for (var i = 0; i < anchors.Length; i++) anchors[i] = new LockedAnchor(reader.ReadInt32(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
        var headings = new LockedHeading[Count(reader)];
        for (var i = 0; i < headings.Length; i++) headings[i] = new LockedHeading(reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
        var clean = reader.ReadBoolean()
            ? new CleanText(reader.ReadString(), ReadOptional(reader), [], ReadOptional(reader), CleanupReport.Empty) { Blocks = [] }
            : null;
        var sections = new SectionInfo[Count(reader)];
        for (var i = 0; i < sections.Length; i++) sections[i] = new SectionInfo(reader.ReadString(), reader.ReadString(), reader.ReadInt32());
        var terms = new TermOccurrence[Count(reader)];
        for (var i = 0; i < terms.Length; i++) terms[i] = new TermOccurrence(reader.ReadString(), reader.ReadInt32());
        return new Reading
        {
            Slug = slug,
            SourcePath = sourcePath,
            SourceText = "",
            MetadataPath = metadataPath,
            Metadata = metadata,
            AnchorLock = new AnchorLock(lockPath, lockExists, anchors, headings),
            Clean = clean,
            Enrichment = new EnrichResult(sections, terms, []) { FrameTerms = ReadStrings(reader) },
            PublishedParagraphCount = paragraphCount,
        };
    }
}
