using System.Text.RegularExpressions;
using Lectern.Anchors;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;

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
            return (new Site(new SiteConfig(), Glossary.GlossaryIndex.Empty, []), []);
        }

        var sitePath = Path.Combine(contentDir, ContentPaths.SiteFile);
        var config = LoadSiteConfig(sitePath, diagnostics);
        ContentValueCheck.CheckSite(config, ContentPaths.Display(sitePath), diagnostics);
        GlossaryLoader.CheckMarking(config, ContentPaths.Display(Path.Combine(contentDir, ContentPaths.SiteFile)), diagnostics);
        var glossary = GlossaryLoader.Load(Path.Combine(contentDir, ContentPaths.GlossaryFile), diagnostics);
        ContentLinkCheck.CheckGlossary(glossary, diagnostics);
        return (new Site(config, glossary, []), ReadingFolders(Path.Combine(contentDir, ContentPaths.ReadingsFolder)));
    }

    /// <summary>Reads one reading folder and checks the links its editor wrote; null when it cannot be read.</summary>
    public static Reading? Read(ReadingFolder folder, DiagnosticBag diagnostics)
    {
        var reading = TryLoadReading(folder.Path, folder.Display, diagnostics);
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
        var basePath = LoadSiteConfig(Path.Combine(contentDir, ContentPaths.SiteFile), new DiagnosticBag()).BasePath;
        return BasePathRule.Problem(basePath) is null ? basePath : "/";
    }

    private static SiteConfig LoadSiteConfig(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path)) return new SiteConfig();
        return YamlContentReader.ReadFile<SiteConfig>(path, ContentPaths.Display(path), diagnostics) ?? new SiteConfig();
    }

    private static IReadOnlyList<ReadingFolder> ReadingFolders(string readingsDir)
    {
        if (!Directory.Exists(readingsDir)) return [];
        var displayReadings = ContentPaths.Display(readingsDir);
        return Directory.GetDirectories(readingsDir)
            .Order(StringComparer.Ordinal)
            .Select(dir => new ReadingFolder(dir, ContentPaths.DisplayIn(displayReadings, Path.GetFileName(dir))))
            .ToList();
    }

    /// <param name="display">The folder as shown in diagnostics; its files are shown below it.</param>
    private static Reading? TryLoadReading(string dir, string display, DiagnosticBag diagnostics)
    {
        try
        {
            return LoadReading(dir, display, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // One unreadable folder must not hide the problems of the others.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile, display, 1, 1,
                $"the reading folder cannot be read ({ex.Message}); check its permissions"));
            return null;
        }
    }

    private static Reading? LoadReading(string dir, string display, DiagnosticBag diagnostics)
    {
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
        if (!File.Exists(sourcePath))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile, sourceDisplay, 1, 1,
                $"reading '{slug}' has no {ContentPaths.SourceFile}; add the source text there"));
            return null;
        }

        var text = SourceFileReader.Read(sourcePath, sourceDisplay, diagnostics);
        var metadata = File.Exists(metadataPath)
            ? YamlContentReader.ReadFile<ReadingMetadata>(metadataPath, metadataDisplay, diagnostics)
            : null;
        var lockPath = Path.Combine(dir, ContentPaths.AnchorLockFile);
        var lockDisplay = ContentPaths.DisplayIn(display, ContentPaths.AnchorLockFile);
        var anchors = File.Exists(lockPath)
            ? ContentFile.ParseText(lockPath, text => AnchorLock.Parse(text, lockDisplay, diagnostics))
            : AnchorLock.Missing(lockDisplay);
        if (text is null) return null;

        return new Reading
        {
            Slug = slug,
            SourcePath = sourceDisplay,
            SourceText = text,
            MetadataPath = metadataDisplay,
            Metadata = metadata ?? new ReadingMetadata(),
            AnchorLock = anchors,
        };
    }

    /// <summary>Top-level folders of the site that a reading's folder would collide with.</summary>
    private static readonly HashSet<string> ReservedSlugs = new(StringComparer.Ordinal) { "assets", "glossary" };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}

/// <summary>A reading's folder, and the folder as shown in diagnostics (its files are shown below it).</summary>
public sealed record ReadingFolder(string Path, string Display);
