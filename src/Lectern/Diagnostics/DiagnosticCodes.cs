namespace Lectern.Diagnostics;

/// <summary>
/// Every diagnostic code Lectern emits, in one place so they stay unique and documented.
/// Ranges: 001-019 loading and build, 020-029 glossary, 030-039 cleanup, 040-049 outline,
/// paragraphs and anchors, 050-059 notes, 060-069 publishing and content values, 070-079 hardening, 080-089
/// what Lectern may read and write (see docs/safety.md).
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "LEC001";
    public const string YamlSchema = "LEC002";
    public const string MissingFile = "LEC003";
    public const string SourceEncoding = "LEC004";
    public const string SourceEmpty = "LEC005";
    public const string NoParagraphs = "LEC006";
    public const string FidelityMismatch = "LEC007";
    public const string ThemeMissing = "LEC010";
    public const string TemplateError = "LEC011";
    public const string DuplicateSlug = "LEC012";
    public const string InvalidSlug = "LEC013";
    public const string AssetError = "LEC014";
    public const string GlossaryDuplicateId = "LEC020";
    public const string GlossaryMissingField = "LEC021";
    public const string GlossarySharedForm = "LEC022";
    public const string GlossaryUnused = "LEC023";
    public const string GlossaryMissingSource = "LEC024";
    public const string GlossaryUnknownRelated = "LEC025";
    public const string GlossaryInvalidId = "LEC026";
    public const string GlossaryInvalidMarking = "LEC027";
    public const string ParagraphEditInvalid = "LEC030";
    public const string ParagraphEditUnused = "LEC031";
    public const string BlockEditInvalid = "LEC032";
    public const string BlockEditConflict = "LEC033";
    public const string BlockEditUnused = "LEC034";
    public const string OutlineStartNotFound = "LEC040";
    public const string OutlineStartAmbiguous = "LEC041";
    public const string OutlineOutOfOrder = "LEC042";
    public const string OutlineBadId = "LEC043";
    public const string OutlineMissingField = "LEC044";
    public const string AnchorMoved = "LEC045";
    public const string AnchorNotLocked = "LEC046";
    public const string AnchorLockMissing = "LEC047";
    public const string AnchorLockSyntax = "LEC048";
    public const string NoteQuoteNotFound = "LEC050";
    public const string NoteQuoteAmbiguous = "LEC051";
    public const string NoteFieldMissing = "LEC052";
    public const string NoteInvalidId = "LEC053";
    public const string NoteDuplicateId = "LEC054";
    public const string NoteQuotesOverlap = "LEC055";
    public const string BaseUrlInvalid = "LEC060";
    /// <summary>basePath or --base-path is not / or /segment/…/ with URL-path-safe segments.</summary>
    public const string BasePathInvalid = "LEC061";
    /// <summary>A content YAML file uses an alias (*name): refused, as each one repeats a whole node.</summary>
    public const string YamlAlias = "LEC062";
    /// <summary>A date (reading.yml date or source.date) is not a real calendar date.</summary>
    public const string DateInvalid = "LEC063";
    /// <summary>site.yml cname is not a host name.</summary>
    public const string CnameInvalid = "LEC064";
    /// <summary>A content id (note, outline section, glossary entry) is an id the theme's pages use.</summary>
    public const string ReservedId = "LEC065";
    /// <summary>A note's or definition's Markdown cannot be rendered (nested too deeply).</summary>
    public const string MarkdownFailed = "LEC066";
    public const string SourceBinary = "LEC070";
    public const string UnsafeUrl = "LEC071";
    public const string UnsafeLinkRemoved = "LEC072";
    public const string StageFailed = "LEC073";
    public const string OutputCollision = "LEC074";
    public const string SourceTooLarge = "LEC075";

    /// <summary>The output folder holds files Lectern did not write (no output marker); Lectern will not replace it.</summary>
    public const string OutputNotLectern = "LEC080";

    /// <summary>The output folder is, contains or lies inside the content, the themes or the working folder.</summary>
    public const string OutputOverlapsSource = "LEC081";

    /// <summary>Another build holds the output folder's lock.</summary>
    public const string OutputLocked = "LEC082";

    /// <summary>A symbolic link leads out of the content or themes folder.</summary>
    public const string PathLeavesRoot = "LEC083";

    /// <summary>site.yml's theme is not the name of a folder in the themes folder.</summary>
    public const string ThemeNameInvalid = "LEC084";

    /// <summary>A folder, pipe or device stands where a content file should be.</summary>
    public const string NotAFile = "LEC085";

    /// <summary>The content folder has no readings folder (it is not a content folder).</summary>
    public const string ReadingsFolderMissing = "LEC086";

    /// <summary>A reading's PDF source is not a PDF (no %PDF- header).</summary>
    public const string PdfNotPdf = "LEC090";

    /// <summary>A PDF cannot be read: its structure is damaged.</summary>
    public const string PdfDamaged = "LEC091";

    /// <summary>A PDF is encrypted (protected by a password).</summary>
    public const string PdfEncrypted = "LEC092";

    /// <summary>A PDF has more pages than a reading takes.</summary>
    public const string PdfTooManyPages = "LEC093";

    /// <summary>A PDF has no text layer (scanned pages or images of text); Lectern does no OCR.</summary>
    public const string PdfNoText = "LEC094";

    /// <summary>A PDF's text layer does not map its glyphs to characters (a font without a ToUnicode map).</summary>
    public const string PdfTextUnreadable = "LEC095";

    /// <summary>lectern add: the file to add is neither a PDF nor a text file.</summary>
    public const string AddSourceUnsupported = "LEC096";

    /// <summary>lectern add: the reading folder to create exists already.</summary>
    public const string AddReadingExists = "LEC097";

    /// <summary>A reading folder has both source.txt and source.pdf.</summary>
    public const string SourceAmbiguous = "LEC098";

    /// <summary>lectern add: no title was found in the source to name the reading after, and no --slug was given.</summary>
    public const string AddNoTitle = "LEC099";
}
