using System.Text.RegularExpressions;
using Lectern.Anchors;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.FileSystem;
using Lectern.Links;
using Lectern.Stages.Clean.Pdf;

namespace Lectern.Stages.Load;

/// <summary>The Load stage: reads site.yml, glossary.yml and every reading folder into documents.</summary>
public static partial class LoadStage
{
    public static Site Execute(string contentDir, DiagnosticBag diagnostics)
    {
        var (site, folders) = Begin(contentDir, diagnostics);
        var readings = folders
            .AsParallel().AsOrdered()
            .Select(folder => Read(folder, diagnostics))
            .OfType<Reading>()
            .ToList();
        return site with { Readings = readings };
    }

    /// <summary>
    /// The site without its readings (settings and glossary, read and checked), and the reading folders in
    /// order, for a build that reads each reading just before it processes it: a reading's source and notes
    /// then live only as long as its own pages take, instead of from the start of the build to its end.
    /// </summary>
    public static (Site Site, IReadOnlyList<ReadingFolder> Readings) Begin(string contentDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDir))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile, ContentPaths.Display(contentDir), 1, 1,
                "the content folder does not exist; pass --content DIR"));
            return (Site.Empty, []);
        }

        var content = ContentRoot(contentDir);
        var readingsDir = Path.Combine(contentDir, ContentPaths.ReadingsFolder);
        if (!Directory.Exists(readingsDir))
        {
            // Without this a mistyped --content (the themes folder, say) would build an empty site over the real one.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ReadingsFolderMissing, ContentPaths.Display(contentDir), 1, 1,
                $"this folder has no {ContentPaths.ReadingsFolder} folder, so it is not a content folder (that holds {ContentPaths.SiteFile}, " +
                $"{ContentPaths.GlossaryFile} and {ContentPaths.ReadingsFolder}/); pass the content folder with --content"));
            return (Site.Empty, []);
        }
        if (!content.Admits(readingsDir, ContentPaths.Display(readingsDir), diagnostics)) return (Site.Empty, []);

        var sitePath = Path.Combine(contentDir, ContentPaths.SiteFile);
        var config = LoadSiteConfig(content, sitePath, diagnostics);
        ContentValueCheck.CheckSite(config, ContentPaths.Display(sitePath), diagnostics);
        GlossaryLoader.CheckMarking(config, ContentPaths.Display(sitePath), diagnostics);
        ThemeName.Check(config, sitePath, ContentPaths.Display(sitePath), diagnostics);
        var glossaryPath = Path.Combine(contentDir, ContentPaths.GlossaryFile);
        var glossary = ContentEntry.Check(content, glossaryPath, ContentPaths.Display(glossaryPath), diagnostics) == EntryKind.NotAFile
            ? new Glossary.GlossaryIndex(ContentPaths.Display(glossaryPath), [])
            : GlossaryLoader.Load(glossaryPath, diagnostics);
        ContentLinkCheck.CheckGlossary(glossary, diagnostics);
        return (new Site(config, glossary, []), ReadingFolders(content, readingsDir));
    }

    /// <summary>Reads one reading folder and checks the links its editor wrote; null when it cannot be read.</summary>
    public static Reading? Read(ReadingFolder folder, DiagnosticBag diagnostics)
    {
        var reading = TryLoadReading(folder, diagnostics);
        if (reading is not null)
        {
            ContentLinkCheck.CheckReading(reading, diagnostics);
            ContentValueCheck.CheckReading(reading, diagnostics);
        }
        return reading;
    }

    /// <summary>
    /// The base path set in site.yml, for commands that need it before a build; / when it is not a base path
    /// (<see cref="BasePathRule"/>), which the build reports.
    /// </summary>
    public static string ReadBasePath(string contentDir)
    {
        var basePath = LoadSiteConfig(ContentRoot(contentDir), Path.Combine(contentDir, ContentPaths.SiteFile), new DiagnosticBag()).BasePath;
        return BasePathRule.Problem(basePath) is null ? basePath : "/";
    }

    private static ContainedFolder ContentRoot(string contentDir) => new(contentDir, "the content folder");

    private static SiteConfig LoadSiteConfig(ContainedFolder content, string path, DiagnosticBag diagnostics)
    {
        var display = ContentPaths.Display(path);
        if (ContentEntry.Check(content, path, display, diagnostics) != EntryKind.File) return new SiteConfig();
        return YamlContentReader.ReadFile<SiteConfig>(path, display, diagnostics) ?? new SiteConfig();
    }

    private static IReadOnlyList<ReadingFolder> ReadingFolders(ContainedFolder content, string readingsDir)
    {
        var displayReadings = ContentPaths.Display(readingsDir);
        return Directory.GetDirectories(readingsDir)
            .Order(StringComparer.Ordinal)
            .Select(dir => new ReadingFolder(dir, ContentPaths.DisplayIn(displayReadings, Path.GetFileName(dir)), content))
            .ToList();
    }

    private static Reading? TryLoadReading(ReadingFolder folder, DiagnosticBag diagnostics)
    {
        var display = folder.Display;
        try
        {
            return folder.Content.Admits(folder.Path, display, diagnostics) ? LoadReading(folder, diagnostics) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // One unreadable folder must not hide the problems of the others.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile, display, 1, 1,
                $"the reading folder cannot be read ({ex.Message}); check its permissions"));
            return null;
        }
    }

    private static Reading? LoadReading(ReadingFolder folder, DiagnosticBag diagnostics)
    {
        var (dir, display, content) = folder;
        var slug = Path.GetFileName(dir);
        var sourcePath = Path.Combine(dir, ContentPaths.SourceFile);
        var sourceDisplay = ContentPaths.DisplayIn(display, ContentPaths.SourceFile);
        var metadataPath = Path.Combine(dir, ContentPaths.MetadataFile);
        var metadataDisplay = ContentPaths.DisplayIn(display, ContentPaths.MetadataFile);
        if (!ValidSlug().IsMatch(slug))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSlug, display, 1, 1,
                $"'{slug}' is not a valid reading folder name; use lower-case letters, digits and hyphens"));
            return null;
        }
        if (ReservedSlugs.Contains(slug))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateSlug, display, 1, 1,
                $"the reading folder '{slug}' would be published at /{slug}/, where the site's own {slug} is; rename the folder"));
            return null;
        }
        var sourceKind = ContentEntry.Check(content, sourcePath, sourceDisplay, diagnostics);
        if (sourceKind == EntryKind.NotAFile) return null;
        var pdfPath = Path.Combine(dir, ContentPaths.PdfSourceFile);
        var pdfDisplay = ContentPaths.DisplayIn(display, ContentPaths.PdfSourceFile);
        var pdfKind = ContentEntry.Check(content, pdfPath, pdfDisplay, diagnostics);
        if (pdfKind == EntryKind.NotAFile) return null;
        if (sourceKind == EntryKind.File && pdfKind == EntryKind.File)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SourceAmbiguous, pdfDisplay, 1, 1,
                $"reading '{slug}' has both {ContentPaths.SourceFile} and {ContentPaths.PdfSourceFile}; keep the one its text is read from"));
            return null;
        }
        if (sourceKind == EntryKind.Missing && pdfKind == EntryKind.Missing)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile, sourceDisplay, 1, 1,
                $"reading '{slug}' has no {ContentPaths.SourceFile} (or {ContentPaths.PdfSourceFile}); add the source there"));
            return null;
        }

        PdfSourceText? pdf = null;
        if (pdfKind == EntryKind.File)
        {
            pdf = PdfSourceFile.Read(pdfPath, pdfDisplay, diagnostics);
            sourceDisplay = pdfDisplay;
        }
        var text = pdfKind == EntryKind.File ? pdf?.Text : SourceFileReader.Read(sourcePath, sourceDisplay, diagnostics);
        var metadata = ContentEntry.Check(content, metadataPath, metadataDisplay, diagnostics) == EntryKind.File
            ? YamlContentReader.ReadFile<ReadingMetadata>(metadataPath, metadataDisplay, diagnostics)
            : null;
        var lockPath = Path.Combine(dir, ContentPaths.AnchorLockFile);
        var lockDisplay = ContentPaths.DisplayIn(display, ContentPaths.AnchorLockFile);
        var anchors = ContentEntry.Check(content, lockPath, lockDisplay, diagnostics) == EntryKind.File
            ? AnchorLock.Parse(File.ReadAllText(lockPath), lockDisplay, diagnostics)
            : AnchorLock.Missing(lockDisplay);
        if (text is null) return null;

        return new Reading
        {
            Slug = slug,
            SourcePath = sourceDisplay,
            SourceText = text,
            SourceLayout = pdf?.Layout,
            MetadataPath = metadataDisplay,
            Metadata = metadata ?? new ReadingMetadata(),
            AnchorLock = anchors,
        };
    }

    /// <summary>Top-level folders of the site that a reading's folder would collide with.</summary>
    private static readonly HashSet<string> ReservedSlugs = new(StringComparer.Ordinal) { "assets", "glossary", "search" };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    public static partial Regex ValidSlug();
}

/// <summary>A reading's folder, the folder as shown in diagnostics (its files are shown below it), and the content folder it must not lead out of.</summary>
public sealed record ReadingFolder(string Path, string Display, ContainedFolder Content);
