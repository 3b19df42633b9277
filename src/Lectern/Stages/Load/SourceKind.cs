namespace Lectern.Stages.Load;

/// <summary>Whether a source is a PDF (read as bytes by the PDF reader) or a text: by its name, as editors name files.</summary>
public static class SourceKind
{
    public static bool IsPdf(string path) => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
}
